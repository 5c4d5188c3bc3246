/**
 * The window a metric is measured over (SPEC §3): half-open [start, end) in UTC.
 */
import type { Metric } from '../metric-types/index.js';
import type { Period } from '../model/period.js';
import type { Window } from '../model/window.js';

/**
 * end = min(asOf, period end); start = the period's start, or end − `window` seconds for a rolling window
 * (which may reach back before the period's start: "the rolling 30 days up to that time").
 * If asOf is before the period's start there is nothing to measure yet: the window is empty
 * ([asOf, asOf)), so counts are 0 and sample metrics are `no-data`; data after as-of is never read (the window's
 * end is also the instant "open at the evaluation time" is judged at).
 */
export function metricWindow(metric: Pick<Metric, 'window'>, period: Period, asOf: Date): Window {
  if (asOf.getTime() < period.start.getTime()) {
    return { start: new Date(asOf), end: new Date(asOf) };
  }
  const end = new Date(Math.min(asOf.getTime(), period.end.getTime()));
  const start = metric.window === undefined ? new Date(period.start) : new Date(end.getTime() - metric.window * 1000);
  return { start, end };
}

/**
 * Seconds from one ISO instant to another, never negative (clock skew or odd data must not yield negative time).
 * null when either is unparseable, so that one malformed record drops out instead of poisoning a statistic.
 */
export function secondsBetween(fromIso: string, toIso: string): number | null {
  const seconds = (Date.parse(toIso) - Date.parse(fromIso)) / 1000;
  return Number.isNaN(seconds) ? null : Math.max(0, seconds);
}

/**
 * The period just before this one (SPEC §13): the same length, ending where this one starts. The same length, not
 * the calendar's previous quarter: a 90-day Q1 is compared with the 90 days before it.
 */
export function previousPeriod(period: Period): Period {
  const length = period.end.getTime() - period.start.getTime();
  return { name: 'previous', start: new Date(period.start.getTime() - length), end: new Date(period.start) };
}

/**
 * What the scorecard measures over the previous period with `as-of` at its end (a rolling window ends there).
 * Targets are often set before the period starts: then the previous period is still under way, and its window
 * ends at the evaluation time (data after it is never read).
 */
export function previousWindow(metric: Pick<Metric, 'window'>, period: Period, asOf: Date): Window {
  const previous = previousPeriod(period);
  return metricWindow(metric, previous, asOf < previous.end ? asOf : previous.end);
}
