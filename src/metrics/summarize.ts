/**
 * Turning a family's samples or count into a Measurement, applying the metric's `stat` (SPEC §3): sample
 * metrics default to p50 in seconds, countable metrics to `count`, and a stat of the wrong kind is an error on
 * that key result rather than a silent default.
 */
import { COUNT_STATS, SAMPLE_STATS, type CountStat, type SampleStat, type Stat } from '../model/stats.js';
import type { Measurement } from './measurement.js';
import type { Window } from '../model/window.js';
import { applyCountStat, applyStat } from './stats.js';

/** What summarizing reads of a metric, of any type in the catalog (or one being added to it). */
type Summarized = { type: string; stat?: Stat };

const isSampleStat = (stat: string): stat is SampleStat => (SAMPLE_STATS as readonly string[]).includes(stat);
const isCountStat = (stat: string): stat is CountStat => (COUNT_STATS as readonly string[]).includes(stat);

/** A duration metric (seconds samples) → its statistic. */
export function summarizeSamples(metric: Summarized, samples: readonly number[]): Measurement {
  const stat = metric.stat ?? 'p50';
  if (!isSampleStat(stat)) {
    return {
      value: null,
      samples: samples.length,
      unit: 'seconds',
      error: `stat "${stat}" counts, but ${metric.type} measures durations: use one of ${SAMPLE_STATS.join(', ')}`,
    };
  }
  return { value: applyStat(stat, samples), samples: samples.length, unit: 'seconds' };
}

/** A countable metric → count, per-day or per-week (the unit names which). A count of zero is data. */
export function summarizeCount(metric: Summarized, count: number, window: Window): Measurement {
  const stat = metric.stat ?? 'count';
  if (!isCountStat(stat)) {
    return {
      value: null,
      samples: count,
      unit: 'count',
      error: `stat "${stat}" needs durations, but ${metric.type} counts: use one of ${COUNT_STATS.join(', ')}`,
    };
  }
  return { value: applyCountStat(stat, count, window), samples: count, unit: stat };
}

/** A share (success rate, change failure rate): null when nothing was in the denominator. */
export function summarizeRatio(numerator: number, denominator: number): Measurement {
  return { value: denominator === 0 ? null : numerator / denominator, samples: denominator, unit: 'ratio' };
}
