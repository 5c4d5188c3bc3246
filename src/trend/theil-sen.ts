/**
 * The Theil–Sen line (SPEC §9), written plainly: the slope is the median of the slopes between every pair of
 * points, the intercept the median of y − slope·x. The band uses the 10th and 90th percentile of the pairwise
 * slopes, with §3's percentile rule (the same `percentile` the metrics use).
 */
import { percentile } from '../metrics/stats.js';

export interface Point {
  x: number;
  y: number;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}

/**
 * (y_j − y_i) / (x_j − x_i) for every pair i < j. Pairs with the same x (two points on one day) have no slope
 * and are left out, as in Sen's estimator.
 */
export function pairwiseSlopes(points: readonly Point[]): number[] {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const dx = points[j]!.x - points[i]!.x;
      if (dx !== 0) slopes.push((points[j]!.y - points[i]!.y) / dx);
    }
  }
  return slopes;
}

/** The median of y_i − slope·x_i: where the line with that slope crosses x = 0. */
export function interceptFor(points: readonly Point[], slope: number): number | null {
  return median(points.map((p) => p.y - slope * p.x));
}

export interface TheilSenProjection {
  /** The line's value at `atX`. */
  value: number;
  /** The lines through the 10th and 90th percentile slopes at `atX`, lower first. */
  low: number;
  high: number;
  slope: number;
}

/** The Theil–Sen line through the points, evaluated at `atX`; null without two points at different x. */
export function theilSenAt(points: readonly Point[], atX: number): TheilSenProjection | null {
  const slopes = pairwiseSlopes(points);
  const slope = median(slopes);
  if (slope === null) return null;
  const at = (s: number): number => interceptFor(points, s)! + s * atX;
  const a = at(percentile(slopes, 0.1)!);
  const b = at(percentile(slopes, 0.9)!);
  return { value: at(slope), low: Math.min(a, b), high: Math.max(a, b), slope };
}
