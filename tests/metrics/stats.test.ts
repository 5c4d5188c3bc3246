import { describe, expect, it } from 'vitest';
import { applyCountStat, applyStat, mean, percentile, windowDays } from '../../src/metrics/stats.js';
import { OCTOBER, window } from './builders.js';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('percentile (linear interpolation between closest ranks)', () => {
  it('matches NumPy on 1..10', () => {
    // np.percentile(range(1, 11), [50, 75, 90, 95, 99]) = 5.5, 7.75, 9.1, 9.55, 9.91
    expect(applyStat('p50', oneToTen)).toBeCloseTo(5.5, 12);
    expect(applyStat('p75', oneToTen)).toBeCloseTo(7.75, 12);
    expect(applyStat('p90', oneToTen)).toBeCloseTo(9.1, 12);
    expect(applyStat('p95', oneToTen)).toBeCloseTo(9.55, 12);
    expect(applyStat('p99', oneToTen)).toBeCloseTo(9.91, 12);
  });

  it('sorts unsorted samples, and matches NumPy on durations in seconds', () => {
    const durations = [3601, 45, 900, 1547, 1547, 12, 7200, 300];
    // By hand for p90: sorted [12, 45, 300, 900, 1547, 1547, 3601, 7200], h = 7·0.9 = 6.3 → 3601 + 0.3·3599
    expect(applyStat('p90', durations)).toBeCloseTo(4680.7, 9);
    expect(applyStat('p50', durations)).toBe(1223.5);
    expect(applyStat('p75', durations)).toBeCloseTo(2060.5, 9);
    expect(applyStat('p95', durations)).toBeCloseTo(5940.35, 9);
    expect(applyStat('p99', durations)).toBeCloseTo(6948.07, 9);
    expect(applyStat('mean', durations)).toBe(1894);
    expect(applyStat('min', durations)).toBe(12);
    expect(applyStat('max', durations)).toBe(7200);
    expect(durations).toEqual([3601, 45, 900, 1547, 1547, 12, 7200, 300]); // not sorted in place
  });

  it('lands exactly on a rank when h is whole', () => {
    expect(percentile([15, 20, 35, 40, 50], 0.5)).toBe(35);
    expect(percentile([15, 20, 35, 40, 50], 0.75)).toBe(40);
    expect(percentile([15, 20, 35, 40, 50], 1)).toBe(50);
    expect(percentile([15, 20, 35, 40, 50], 0)).toBe(15);
  });

  it('gives the only sample for one sample, null for none', () => {
    expect(applyStat('p99', [42])).toBe(42);
    expect(applyStat('p50', [])).toBeNull();
    expect(applyStat('mean', [])).toBeNull();
    expect(applyStat('min', [])).toBeNull();
    expect(applyStat('max', [])).toBeNull();
    expect(mean([1, 2])).toBe(1.5);
  });

  it('handles tens of thousands of samples (no spread into Math.min)', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => i);
    expect(applyStat('min', many)).toBe(0);
    expect(applyStat('max', many)).toBe(199_999);
  });
});

describe('count statistics', () => {
  it('divides by the window in days and weeks', () => {
    const twoWeeks = window('2026-10-01T00:00:00Z', '2026-10-15T00:00:00Z');
    expect(windowDays(twoWeeks)).toBe(14);
    expect(applyCountStat('count', 21, twoWeeks)).toBe(21);
    expect(applyCountStat('per-day', 21, twoWeeks)).toBe(1.5);
    expect(applyCountStat('per-week', 21, twoWeeks)).toBe(10.5);
    expect(applyCountStat('per-day', 31, OCTOBER)).toBe(1);
  });

  it('counts partial days by the second', () => {
    const halfDay = window('2026-10-01T00:00:00Z', '2026-10-01T12:00:00Z');
    expect(applyCountStat('per-day', 3, halfDay)).toBe(6);
  });

  it('treats zero as data, but a rate over an empty window as no data', () => {
    expect(applyCountStat('count', 0, OCTOBER)).toBe(0);
    expect(applyCountStat('per-week', 0, OCTOBER)).toBe(0);
    const empty = window('2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z');
    expect(applyCountStat('count', 0, empty)).toBe(0);
    expect(applyCountStat('per-day', 0, empty)).toBeNull();
  });
});
