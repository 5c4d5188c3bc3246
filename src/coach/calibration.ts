/**
 * Calibration against the previous period (SPEC §13): each key result measured again over the period of the same
 * length just before this one, from the records already in hand (the plan widened each listing's range), through
 * the very same measure stage, so the previous value is exactly what a run at the start of this period would
 * have reported. The rules that read it are easy-target.ts and stale-baseline.ts.
 */
import type { Metric, OkrFile, Period } from '../okrs/model.js';
import type { FileRead } from '../github/contents.js';
import { parseOkrFile } from '../okrs/parse.js';
import { canonical } from './goalposts.js';
import type { SourceKind, SourceRecords } from '../github/sources.js';
import type { PreviousValue } from '../report/model.js';
import type { Measurement, Window } from '../metrics/measurement.js';
import { measureKeyResult } from '../metrics/measure.js';
import { previousPeriod } from '../metrics/window.js';
import { isCumulativeCount } from '../trend/forecast.js';

/** The previous period of a key result read from a GitHub listing: measured from that listing's records. */
export function measurePrevious(
  metric: Metric,
  records: SourceRecords[SourceKind],
  window: Window,
  period: Period,
): PreviousValue | null {
  return previousValue(metric, measureKeyResult(metric, { window, records }), window, period);
}

/**
 * The hook every source goes through: its measurement over the previous window → the report's `previous`. A
 * source that is not a listing (a query at an instant) measures the window its own way and hands the result here.
 *
 * A cumulative count whose previous period was cut short (targets set before this period starts, while the
 * previous one is still under way) is projected to the whole period at its rate so far, as §9 forecasts a
 * cumulative count: its target is a whole period's count.
 */
export function previousValue(
  metric: Metric,
  measured: Measurement,
  window: Window,
  period: Period,
): PreviousValue | null {
  if (measured.error !== undefined) return null;
  const span = { start: window.start.toISOString(), end: window.end.toISOString() };
  const previous = previousPeriod(period);
  const length = previous.end.getTime() - previous.start.getTime();
  const measuredFor = window.end.getTime() - window.start.getTime();
  if (measured.value !== null && isCumulativeCount(metric) && measuredFor > 0 && measuredFor < length) {
    return { value: (measured.value * length) / measuredFor, samples: measured.samples, ...span };
  }
  return { value: measured.value, samples: measured.samples, ...span };
}

/** A previous value the rules may judge by: one with samples (a count of nothing says the data is newer). */
export function judgeable(previous: PreviousValue | undefined): previous is PreviousValue & { value: number } {
  return previous !== undefined && previous.value !== null && previous.samples > 0;
}

/** The `calibrate` input (SPEC §13). */
export const CALIBRATE_MODES = ['auto', 'always', 'never'] as const;
export type CalibrateMode = (typeof CALIBRATE_MODES)[number];

/**
 * Whether this run calibrates. `auto`: on a pull request (it has a base) that adds the OKR file (the base has
 * none) or changes its OKRs, which is when targets are set. A change is in what the file says, not how it is
 * written: reformatting or a comment is no occasion. A base that could not be read cannot tell: no calibration.
 */
export function calibrates(mode: CalibrateMode, okrs: OkrFile, base: { read: FileRead } | undefined): boolean {
  if (mode !== 'auto') return mode === 'always';
  if (base === undefined || !base.read.ok) return false;
  if (base.read.text === null) return true;
  const parsed = parseOkrFile(base.read.text, okrs.file);
  return !parsed.ok || said(parsed.okrs) !== said(okrs);
}

/** An OKR file's content, without where in the file each part is written. */
function said(okrs: OkrFile): string {
  return canonical({ ...okrs, file: undefined }, ['position', 'positions']);
}
