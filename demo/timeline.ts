/**
 * When the demo repository's history happens. The history is a snapshot of `acme/payments` as GitHub would
 * show it on the afternoon of 2026-12-15; the demo scores it "as of" 2026-11-28 noon, so the engine must ignore
 * the later data, and Q3 lets rolling windows and the previous quarter be measured.
 */
import { seconds } from './time.js';

export const FIRST_DAY = seconds('2026-07-01T00:00:00Z');
export const LAST_DAY = seconds('2026-12-15T00:00:00Z');
/** Anything that would finish after this is still open, running or pending in the snapshot. */
export const SNAPSHOT = seconds('2026-12-15T16:00:00Z');
export const AS_OF = seconds('2026-11-28T12:00:00Z');
