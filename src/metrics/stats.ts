/**
 * The statistics SPEC §3 names, as plain math over numbers. No I/O, no dates beyond a window's length.
 */
import type { CountStat, SampleStat } from '../model/stats.js';
import type { Window } from '../model/window.js';

const SECONDS_PER_DAY = 86_400;

/**
 * Percentile with linear interpolation between closest ranks (NumPy's default, Excel's PERCENTILE.INC):
 * h = (n-1)·p, value = x[⌊h⌋] + (h-⌊h⌋)·(x[⌊h⌋+1]-x[⌊h⌋]). `p` is a fraction (0.9 for p90).
 * Returns null for no samples.
 */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const fraction = h - lower;
  const low = sorted[lower]!;
  // At the top rank (h = n-1) there is no next sample and the fraction is 0.
  if (fraction === 0 || lower + 1 >= sorted.length) return low;
  return low + fraction * (sorted[lower + 1]! - low);
}

export function mean(samples: readonly number[]): number | null {
  if (samples.length === 0) return null;
  return samples.reduce((sum, x) => sum + x, 0) / samples.length;
}

function min(samples: readonly number[]): number | null {
  // A loop rather than Math.min(...samples): tens of thousands of samples would overflow the call stack.
  if (samples.length === 0) return null;
  let result = samples[0]!;
  for (const x of samples) if (x < result) result = x;
  return result;
}

function max(samples: readonly number[]): number | null {
  if (samples.length === 0) return null;
  let result = samples[0]!;
  for (const x of samples) if (x > result) result = x;
  return result;
}

const PERCENTILES: Record<'p50' | 'p75' | 'p90' | 'p95' | 'p99', number> = {
  p50: 0.5,
  p75: 0.75,
  p90: 0.9,
  p95: 0.95,
  p99: 0.99,
};

/** A sample statistic over samples; null when there are none (`no-data`). */
export function applyStat(stat: SampleStat, samples: readonly number[]): number | null {
  switch (stat) {
    case 'mean':
      return mean(samples);
    case 'min':
      return min(samples);
    case 'max':
      return max(samples);
    default:
      return percentile(samples, PERCENTILES[stat]);
  }
}

/** The window's length in days (seconds / 86,400); 0 for an empty window. */
export function windowDays(window: Window): number {
  return Math.max(0, window.end.getTime() - window.start.getTime()) / 1000 / SECONDS_PER_DAY;
}

/**
 * A count as `count`, `per-day` or `per-week`. A count of zero is data (0), but a rate over an empty window
 * (as-of before the period starts) has no meaning, so it is null (`no-data`) rather than a division by zero.
 */
export function applyCountStat(stat: CountStat, count: number, window: Window): number | null {
  if (stat === 'count') return count;
  const days = windowDays(window);
  if (days === 0) return null;
  return stat === 'per-day' ? count / days : count / (days / 7);
}
