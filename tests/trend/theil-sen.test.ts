/** Theil–Sen against cases worked out by hand (the arithmetic is in the comments). */
import { describe, expect, it } from 'vitest';
import { interceptFor, median, pairwiseSlopes, theilSenAt } from '../../src/trend/theil-sen.js';

const pts = (...ys: number[]) => ys.map((y, x) => ({ x, y }));

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('pairwiseSlopes', () => {
  it('takes every pair i < j once, and leaves out pairs on the same x', () => {
    expect(
      pairwiseSlopes([
        { x: 0, y: 0 },
        { x: 1, y: 2 },
        { x: 1, y: 5 },
      ]),
    ).toEqual([2, 5]);
  });
});

describe('theilSenAt', () => {
  it('two points: the line through them, a band of zero width', () => {
    // slope (5 − 1) / 2 = 2; intercepts 1 and 5 − 4 = 1; at x = 10: 1 + 20.
    expect(
      theilSenAt(
        [
          { x: 0, y: 1 },
          { x: 2, y: 5 },
        ],
        10,
      ),
    ).toEqual({ value: 21, low: 21, high: 21, slope: 2 });
  });

  it('a flat series projects itself', () => {
    expect(theilSenAt(pts(3, 3, 3, 3), 90)).toEqual({ value: 3, low: 3, high: 3, slope: 0 });
  });

  it('ties: the median of an even number of slopes interpolates, as does the band', () => {
    // Points 2, 2, 2, 5 at x 0..3. Slopes: 0 0 1 0 1.5 3 → sorted 0 0 0 1 1.5 3; median (h = 2.5) = 0.5.
    // Intercepts y − 0.5x: 2 1.5 1 3.5 → median 1.75; at x = 10: 1.75 + 5 = 6.75.
    // p10 (h = 0.5) = 0: intercept median(2, 2, 2, 5) = 2 → 2. p90 (h = 4.5) = 1.5 + 0.5·1.5 = 2.25:
    // intercepts 2, −0.25, −2.5, −1.75 → median −1 → −1 + 22.5 = 21.5.
    const points = pts(2, 2, 2, 5);
    expect(pairwiseSlopes(points).sort((a, b) => a - b)).toEqual([0, 0, 0, 1, 1.5, 3]);
    expect(interceptFor(points, 0.5)).toBe(1.75);
    const line = theilSenAt(points, 10)!;
    expect(line.slope).toBe(0.5);
    expect(line.value).toBeCloseTo(6.75, 12);
    expect(line.low).toBeCloseTo(2, 12);
    expect(line.high).toBeCloseTo(21.5, 12);
  });

  it('an outlier week moves neither the slope nor the intercept, only widens the band', () => {
    // 10 11 100 13 14: slopes sorted −87 −43 1 1 1 1 1 1 45 89 → median 1; intercepts y − x all 10 but 98 → 10.
    // p10 (h = 0.9) = −87 + 0.9·44 = −47.4 → intercept 155.2 → 155.2 − 474 = −318.8.
    // p90 (h = 8.1) = 45 + 0.1·44 = 49.4 → intercept −38.4 → −38.4 + 494 = 455.6.
    const line = theilSenAt(pts(10, 11, 100, 13, 14), 10)!;
    expect(line.slope).toBe(1);
    expect(line.value).toBe(20);
    expect(line.low).toBeCloseTo(-318.8, 9);
    expect(line.high).toBeCloseTo(455.6, 9);
  });

  it('an outlier on one side only: the median of the slopes, not their mean', () => {
    // 10 11 12 13 100: slopes 1 (six pairs) and 22.5, 29.67, 44, 87 with the last point. Their median is 1; their
    // mean would be 18.9 (a symmetric outlier cannot tell the two apart). Intercepts y − x: 10 ×4, 96 → median 10.
    const line = theilSenAt(pts(10, 11, 12, 13, 100), 10)!;
    expect(line.slope).toBe(1);
    expect(line.value).toBe(20);
  });

  it('a single point, or points all on one x, draw no line', () => {
    expect(theilSenAt([{ x: 1, y: 1 }], 5)).toBeNull();
    expect(
      theilSenAt(
        [
          { x: 1, y: 1 },
          { x: 1, y: 2 },
        ],
        5,
      ),
    ).toBeNull();
  });
});
