/** The cache's clock arithmetic (SPEC §14). */
export const DAY_MS = 86_400_000;
/** Read again from a minute before the last read: clocks differ, and a second is GitHub's precision. */
export const OVERLAP_MS = 60_000;
/** A cache older than this is read afresh. */
export const MAX_AGE_MS = 7 * DAY_MS;
