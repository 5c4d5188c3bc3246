/** Time helpers for the demo history: epoch seconds in, GitHub's second-precision ISO strings out. */

export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86_400;

export function seconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

/** `2026-11-28T12:00:00Z`: GitHub's form, without milliseconds. */
export function iso(epochSeconds: number): string {
  return `${new Date(Math.floor(epochSeconds) * 1000).toISOString().slice(0, 19)}Z`;
}

/** The start of every day in [first, last], both UTC midnights. */
export function days(first: number, last: number): number[] {
  const result: number[] = [];
  for (let day = first; day <= last; day += DAY) result.push(day);
  return result;
}

export function isWeekday(dayStart: number): boolean {
  const weekday = new Date(dayStart * 1000).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Linear interpolation of a value that drifts from `from` at `start` to `to` at `end`, flat outside. */
export function drift(at: number, start: number, end: number, from: number, to: number): number {
  const progress = Math.min(1, Math.max(0, (at - start) / (end - start)));
  return from + (to - from) * progress;
}
