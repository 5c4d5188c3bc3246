/** GitHub's timestamps are second-precise ISO strings; windows are Dates. These keep the two comparable. */

export function epochMs(iso: string): number {
  return Date.parse(iso);
}

/** `2026-10-01T00:00:00Z`: the form GitHub's date-range filters take (no milliseconds). */
export function isoSeconds(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The half-open [since, until) as the inclusive whole-second range [first, last] GitHub's filters take:
 * records are second-precise, so a record at second t is inside exactly when first ≤ t ≤ last.
 */
export function inclusiveSeconds(since: Date, until: Date): { first: number; last: number } | undefined {
  const first = Math.ceil(since.getTime() / 1000);
  const last = Math.ceil(until.getTime() / 1000) - 1;
  return first <= last ? { first, last } : undefined;
}

/** Oldest first by a timestamp, then by id (GitHub ids may be typed as bigint; GraphQL node ids are text). */
export function byTimeThenId<T extends { id: number | bigint | string }>(
  time: (item: T) => string,
): (a: T, b: T) => number {
  return (a, b) => epochMs(time(a)) - epochMs(time(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
