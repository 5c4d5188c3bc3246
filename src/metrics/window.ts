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
