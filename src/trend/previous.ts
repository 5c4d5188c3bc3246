/**
 * A key result's previous period (SPEC §13): the same plan evaluated for the period of the same length just
 * before this one, from the records already in hand (the plan widened each listing's range back that far), through
 * the very same measure stage, so the previous value is exactly what a run at the end of that period would have
 * reported. Like the series (series.ts), it measures the key result again at another as-of; the coach judges it.
 */
import type { Metric } from '../metric-types/index.js';
import type { Period } from '../model/period.js';
import type { SourceKind, SourceRecords } from '../github/sources.js';
import type { PreviousValue } from '../report/model.js';
import type { Measurement } from '../metrics/measurement.js';
import type { Window } from '../model/window.js';
import { measureKeyResult } from '../metrics/measure.js';
import { previousPeriod } from '../metrics/window.js';
import { isCumulativeCount } from './forecast.js';

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
