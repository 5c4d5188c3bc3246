/**
 * The forecast (SPEC §9): a key result's value projected to the period's end, with a band, a score and the
 * status the period's end would get at that score. Pure: the series and the period come in as arguments.
 */
import type { Metric } from '../metric-types/index.js';
import type { Period } from '../model/period.js';
import type { Direction } from '../model/direction.js';
import type { Forecast, SeriesPoint } from '../report/model.js';
import type { Status } from '../model/status.js';
import { GAP_EPSILON, isThreshold, scoreValue } from '../scoring.js';
import { METRIC_CATALOG } from '../metric-types/index.js';
import { theilSenAt, type Point } from './theil-sen.js';

const DAY_MS = 86_400_000;
/** Sample statistics need this many samples behind a point before the point is trusted for a trend. */
const MIN_SAMPLES_PER_POINT = 5;
/** Fewer points than this draw no line worth projecting. */
const MIN_POINTS = 3;

/** A duration or a ratio: a statistic over samples, which needs enough of them to be a trend's point (SPEC §9). */
const isSampleStatistic = (type: Metric['type']): boolean => {
  const kind = METRIC_CATALOG[type].kind;
  return kind === 'duration' || kind === 'ratio';
};

/**
 * A count that only grows through the period: `workflow-runs`, `deployment-frequency`, `issue-count` (not
 * `state: open`, which rises and falls), with stat `count` and no rolling `window`.
 */
export function isCumulativeCount(metric: Metric): boolean {
  if (METRIC_CATALOG[metric.type].kind !== 'count') return false;
  if (metric.window !== undefined || (metric.stat ?? 'count') !== 'count') return false;
  return metric.type !== 'issue-count' || metric.state !== 'open';
}

export interface ForecastInput {
  metric: Metric;
  unit: string;
  baseline?: number | undefined;
  target: number;
  direction: Direction;
  /** The value the scorecard reports at `asOf` (a cumulative count's count so far). */
  value: number | null;
  series: readonly SeriesPoint[];
  period: Pick<Period, 'start' | 'end'>;
  asOf: Date;
}

export function forecastFor(input: ForecastInput): Forecast | null {
  const projected = isCumulativeCount(input.metric) ? rateProjection(input) : theilSenProjection(input);
  if (projected === null) return null;
  const bound = (v: number): number => (input.unit === 'ratio' ? Math.min(1, Math.max(0, v)) : Math.max(0, v));
  const value = bound(projected.value);
  const score = scoreValue(value, input);
  return {
    value,
    low: bound(projected.low),
    high: bound(projected.high),
    score,
    status: forecastStatus(score, isThreshold(input)),
    method: projected.method,
  };
}

type Projection = { value: number; low: number; high: number; method: Forecast['method'] };

/** value × (period length) / (as-of − period start); nothing to project before any time has passed. */
function rateProjection(input: ForecastInput): Projection | null {
  const so = input.asOf.getTime() - input.period.start.getTime();
  if (input.value === null || so <= 0) return null;
  const value = (input.value * (input.period.end.getTime() - input.period.start.getTime())) / so;
  return { value, low: value, high: value, method: 'rate' };
}

function theilSenProjection(input: ForecastInput): Projection | null {
  const start = input.period.start.getTime();
  const minimum = isSampleStatistic(input.metric.type) ? MIN_SAMPLES_PER_POINT : 0;
  const points: Point[] = input.series.flatMap((p) =>
    p.value !== null && (p.samples ?? 0) >= minimum ? [{ x: (Date.parse(p.at) - start) / DAY_MS, y: p.value }] : [],
  );
  if (points.length < MIN_POINTS) return null;
  const line = theilSenAt(points, (input.period.end.getTime() - start) / DAY_MS);
  return line === null ? null : { value: line.value, low: line.low, high: line.high, method: 'theil-sen' };
}

/**
 * The status the period's end would get at this score: on-track within 0.10 of a full score, at-risk within
 * 0.25, else off-track; a threshold is on-track when met, else off-track.
 */
export function forecastStatus(score: number, threshold: boolean): Status {
  if (threshold) return score >= 1 ? 'on-track' : 'off-track';
  const gap = 1 - score;
  if (gap <= 0.1 + GAP_EPSILON) return 'on-track';
  if (gap <= 0.25 + GAP_EPSILON) return 'at-risk';
  return 'off-track';
}
