/** The weekly checkpoints a key result's series is measured at (SPEC §9). */
import type { Period } from '../model/period.js';

const WEEK_MS = 7 * 86_400_000;

/**
 * t_k = period start + 7·k days for every k ≥ 1 with t_k < as-of, then as-of itself (at most the period's end).
 * Oldest first; the last one is the scorecard's own as-of, so the series ends with the value the report shows.
 */
export function checkpoints(period: Pick<Period, 'start' | 'end'>, asOf: Date): Date[] {
  const last = Math.min(asOf.getTime(), period.end.getTime());
  const points: Date[] = [];
  for (let t = period.start.getTime() + WEEK_MS; t < last; t += WEEK_MS) points.push(new Date(t));
  points.push(new Date(last));
  return points;
}
