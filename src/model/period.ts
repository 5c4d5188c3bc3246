import type { Status } from './status.js';

/** An OKR period (SPEC §2), in UTC: what `period:` in the OKR file becomes. */
export interface Period {
  /** `2026-Q4`, `2026-H1`, `2026`, or the custom name (default `START..END`). */
  name: string;
  /** Inclusive start, UTC midnight. */
  start: Date;
  /** Exclusive end, UTC midnight after the last day. */
  end: Date;
}

/** Whether `asOf` comes before the period: nothing in it has happened yet. */
const periodNotStarted = (period: Period, asOf: Date): boolean => asOf.getTime() < period.start.getTime();

/** What the evaluation time makes untrue unless the user is told: a period not started, a time still to come. */
export function asOfWarnings(period: Period, asOf: Date, now: Date): string[] {
  const warnings: string[] = [];
  const when = asOf.toISOString();
  if (periodNotStarted(period, asOf)) {
    warnings.push(
      `as-of ${when} is before the period ${period.name} starts (${period.start.toISOString()}): ` +
        'nothing is scored yet, so every key result is no-data (values so far are shown; the coach still checks the ' +
        'file, and calibration still measures the previous period). If you meant to score, give an as-of within it.',
    );
  }
  if (asOf.getTime() > now.getTime()) {
    warnings.push(
      `as-of ${when} is in the future (it is now ${now.toISOString()}): what has not happened yet counts as ` +
        'nothing, so counts and rates read low. Leave as-of out to score as of now.',
    );
  }
  return warnings;
}

/** Before the period starts nothing is measured yet: a falling count at 0 is not `achieved`, it is no data. */
export function unscoredBeforeStart<T extends { score: number | null; status: Status }>(
  scored: T,
  period: Period,
  asOf: Date,
): T {
  return periodNotStarted(period, asOf) && scored.status !== 'error'
    ? { ...scored, score: null, status: 'no-data' }
    : scored;
}
