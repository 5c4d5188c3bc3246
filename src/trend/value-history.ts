/**
 * A `value` key result's series (SPEC §9): GitHub holds no history of a number an earlier step supplies, so
 * each run leaves its value in the hidden state of the PR comment or tracking issue, and the next run's series
 * is those points (each at its run's as-of; at most one a UTC day, the latest 100), then today's.
 */
import { keyResultKey } from '../okrs/model.js';
import type { HistoryPoint, KeyResultReport, PreviousRun, Report, SeriesPoint } from '../report/model.js';
import { forecastFor } from './forecast.js';

/** How many points a `value` key result keeps, today's included. */
export const MAX_HISTORY_POINTS = 100;

const dayOf = (ms: number): number => Math.floor(ms / 86_400_000);

/**
 * Earlier points inside the period and before today's UTC day (today's run replaces one made earlier the same
 * day), oldest first, then today's value: at most MAX_HISTORY_POINTS in all.
 */
export function valueSeries(
  history: readonly HistoryPoint[],
  today: { value: number | null; samples: number },
  asOf: Date,
  periodStart: Date,
): SeriesPoint[] {
  const todayDay = dayOf(asOf.getTime());
  const byDay = new Map<number, HistoryPoint>();
  for (const point of history) {
    const ms = point[0] * 1000;
    if (ms < periodStart.getTime() || dayOf(ms) >= todayDay) continue;
    const known = byDay.get(dayOf(ms));
    if (!known || known[0] < point[0]) byDay.set(dayOf(ms), point);
  }
  const earlier = [...byDay.values()].sort((a, b) => a[0] - b[0]).slice(-(MAX_HISTORY_POINTS - 1));
  return [
    ...earlier.map(([at, value]) => ({ at: new Date(at * 1000).toISOString(), value, samples: 1 })),
    { at: asOf.toISOString(), value: today.value, samples: today.value === null ? 0 : today.samples },
  ];
}

/** The points a state carries for the next run: the series' values, latest MAX_HISTORY_POINTS. */
export function historyOf(series: readonly SeriesPoint[]): HistoryPoint[] {
  return series
    .flatMap((p): HistoryPoint[] => (p.value === null ? [] : [[Math.floor(Date.parse(p.at) / 1000), p.value]]))
    .slice(-MAX_HISTORY_POINTS);
}

/**
 * The report with each `value` key result's series and forecast drawn from what the last comment or issue
 * carried. Scores do not change: a supplied value is scored on itself, only its trend needs the history.
 */
export function withValueHistory(report: Report, previous: PreviousRun | undefined): Report {
  if (previous === undefined) return report;
  const asOf = new Date(report.asOf);
  const period = { start: new Date(report.period.start), end: new Date(report.period.end) };
  const objectives = report.objectives.map((objective) => ({
    ...objective,
    keyResults: objective.keyResults.map((kr): KeyResultReport => {
      if (kr.metric.type !== 'value' || kr.status === 'error') return kr;
      const carried = previous.keyResults[keyResultKey(objective.id, kr.id)]?.history ?? [];
      const series = valueSeries(carried, kr, asOf, period.start);
      const forecast = forecastFor({
        metric: { type: 'value' },
        unit: kr.unit,
        baseline: kr.baseline ?? undefined,
        target: kr.target,
        direction: kr.direction,
        value: kr.value,
        series,
        period,
        asOf,
      });
      return { ...kr, series, forecast };
    }),
  }));
  return { ...report, objectives };
}
