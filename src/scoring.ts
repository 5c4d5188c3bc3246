/**
 * The score stage (SPEC §4): direction, key result score and status, paced by the period's elapsed time, and
 * the roll-ups to objectives and the whole file. Pure functions of their arguments; the clock comes in as asOf.
 */
import type { KeyResult } from './okrs/model.js';
import type { Period } from './model/period.js';
import type { Direction } from './model/direction.js';
import type { Measurement } from './metrics/measurement.js';
import type { Status } from './model/status.js';
import { naturalDirection } from './metric-types/index.js';

/**
 * Gap thresholds are compared with this tolerance: the gap is a difference of fractions computed in floating
 * point (0.3 − 0.2 = 0.09999999999999998, 0.30000000000000004 − 0.2 = 0.10000000000000003), and a key result
 * exactly on a boundary must land on the side SPEC names (≤ 0.10 is on-track), not on the side rounding picks.
 */
export const GAP_EPSILON = 1e-9;
const ON_TRACK_GAP = 0.1;
const AT_RISK_GAP = 0.25;

type DirectionInputs = Pick<KeyResult, 'baseline' | 'target' | 'direction' | 'metric'>;

/**
 * baseline → target when both are given and differ; else `direction`; else the metric's natural direction
 * (declared in its catalog entry).
 * undefined only for a `value` metric with neither (which `scoreKeyResult` reports as an error on the key result).
 */
function directionOf(kr: DirectionInputs): Direction | undefined {
  if (kr.baseline !== undefined && kr.baseline !== kr.target) return kr.target < kr.baseline ? 'decrease' : 'increase';
  return kr.direction ?? naturalDirection(kr.metric.type);
}

/**
 * As `directionOf`, always a direction for the report: an undecidable `value` key result shows `increase`
 * (it is scored as an error anyway, see `scoreKeyResult`).
 */
export function resolveDirection(kr: DirectionInputs): Direction {
  return directionOf(kr) ?? 'increase';
}

/**
 * A threshold key result ("keep P99 under 100 ms") has no baseline, or one equal to its target (no distance to cover).
 */
export function isThreshold(kr: Pick<KeyResult, 'baseline' | 'target'>): boolean {
  return kr.baseline === undefined || kr.baseline === kr.target;
}

/**
 * With a baseline: clamp((value − baseline) / (target − baseline), 0, 1). Without one (or one equal to the
 * target, which would divide by zero): 1 when the target is met (≤ for decrease, ≥ for increase), else 0.
 * "Met" tolerates a relative 1e-9, so that a target of 99.9% (0.9990000000000001 if parsed as 99.9 / 100) is met
 * by a measured 0.999: the same number written two ways must not score 0.99999… or 0.
 */
export function scoreValue(
  value: number,
  kr: { baseline?: number | undefined; target: number; direction: Direction },
): number {
  const { baseline, target, direction } = kr;
  if (meetsTarget(value, target, direction)) return 1;
  if (baseline === undefined || baseline === target) return 0;
  return clamp((value - baseline) / (target - baseline), 0, 1);
}

/** e = (asOf − period start) / (period length), clamped to [0, 1]. */
export function elapsedFraction(period: Pick<Period, 'start' | 'end'>, asOf: Date): number {
  const length = period.end.getTime() - period.start.getTime();
  if (length <= 0) return 1;
  return clamp((asOf.getTime() - period.start.getTime()) / length, 0, 1);
}

/**
 * A scored key result's status: `achieved` at score 1; a threshold key result not met is `off-track`;
 * otherwise by gap = elapsed − score: `on-track` ≤ 0.10, `at-risk` ≤ 0.25, `off-track` beyond.
 * A null score is `no-data`; `error` when the measurement failed.
 */
export function statusFor(input: {
  score: number | null;
  elapsed: number;
  threshold: boolean;
  error?: boolean;
}): Status {
  if (input.error) return 'error';
  if (input.score === null) return 'no-data';
  if (input.score >= 1) return 'achieved';
  if (input.threshold) return 'off-track';
  const gap = input.elapsed - input.score;
  if (gap <= ON_TRACK_GAP + GAP_EPSILON) return 'on-track';
  if (gap <= AT_RISK_GAP + GAP_EPSILON) return 'at-risk';
  return 'off-track';
}

export interface ScoredKeyResult {
  direction: Direction;
  score: number | null;
  status: Status;
  /** The measurement's error, or why the key result cannot be scored; null otherwise. */
  error: string | null;
}

/** A key result's measurement → direction, score, status (and the error that explains an `error` status). */
export function scoreKeyResult(kr: DirectionInputs, measurement: Measurement, elapsed: number): ScoredKeyResult {
  const known = directionOf(kr);
  const direction = known ?? 'increase';
  if (measurement.error !== undefined) {
    return { direction, score: null, status: 'error', error: measurement.error };
  }
  if (known === undefined) {
    return {
      direction,
      score: null,
      status: 'error',
      error:
        'a `value` key result needs `direction: increase` or `direction: decrease` ' +
        '(or a baseline that differs from the target)',
    };
  }
  if (measurement.value === null) return { direction, score: null, status: 'no-data', error: null };
  const score = scoreValue(measurement.value, { baseline: kr.baseline, target: kr.target, direction });
  return { direction, score, status: statusFor({ score, elapsed, threshold: isThreshold(kr) }), error: null };
}

/**
 * A cumulative count (SPEC §9) is scored by its forecast, not by pacing: early in the period little has
 * happened yet, so "11 incidents at mid-quarter against a target of 6" must not read as on track.
 * - With a baseline: the forecast's score and status; `achieved` once the period has ended with score 1, or,
 *   going up, as soon as the count itself reaches the target (it can only grow from there).
 * - As a threshold: scored on the count so far; going down, a met threshold is `on-track`, not `achieved`,
 *   until the period has ended (one more incident can still break it).
 * Without a forecast (no time has passed yet) it falls back to pacing, which is on-track at elapsed 0.
 */
export function scoreCumulativeCount(
  kr: DirectionInputs,
  measurement: Measurement,
  forecast: { score: number; status: Status } | null,
  timing: { elapsed: number; ended: boolean },
): ScoredKeyResult {
  const plain = scoreKeyResult(kr, measurement, timing.elapsed);
  if (plain.score === null || measurement.value === null) return plain;
  const { direction } = plain;
  if (isThreshold(kr)) {
    if (plain.score >= 1 && direction === 'decrease' && !timing.ended) return { ...plain, status: 'on-track' };
    return plain;
  }
  if (direction === 'increase' && plain.score >= 1) return { ...plain, status: 'achieved' };
  if (forecast === null) return plain;
  const status = timing.ended && forecast.score >= 1 ? 'achieved' : forecast.status;
  return { direction, score: forecast.score, status, error: null };
}

/** From worst to best; `no-data` is not ranked: it only shows when nothing else does. */
const SEVERITY: readonly Status[] = ['error', 'off-track', 'at-risk', 'on-track', 'achieved'];

/**
 * The worst status in the order error, off-track, at-risk, on-track, achieved; no-data ignored unless all are (or none
 * given).
 */
export function worstStatus(statuses: readonly Status[]): Status {
  let worst: Status = 'no-data';
  for (const status of statuses) {
    if (status === 'no-data') continue;
    if (worst === 'no-data' || SEVERITY.indexOf(status) < SEVERITY.indexOf(worst)) worst = status;
  }
  return worst;
}

/**
 * Objective score: the weight-weighted mean of the scores its key results have (null if none has one, or none of
 * those has a positive weight). Status: the worst of the key results' statuses.
 * Weights are divided by the largest one first, so that huge weights (1e308) cannot overflow to Infinity / Infinity;
 * a weight that is not a positive finite number counts for nothing, whatever produced it: the result is never NaN.
 */
export function rollUpObjective(keyResults: readonly { score: number | null; status: Status; weight: number }[]): {
  score: number | null;
  status: Status;
} {
  const scored = keyResults.flatMap((kr) =>
    kr.score !== null && Number.isFinite(kr.score) && Number.isFinite(kr.weight) && kr.weight > 0
      ? [{ score: kr.score, weight: kr.weight }]
      : [],
  );
  const largest = Math.max(0, ...scored.map((kr) => kr.weight));
  let weighted = 0;
  let weights = 0;
  for (const kr of scored) {
    const relative = kr.weight / largest;
    weighted += kr.score * relative;
    weights += relative;
  }
  const status = worstStatus(keyResults.map((kr) => kr.status));
  return { score: weights > 0 ? clamp(weighted / weights, 0, 1) : null, status };
}

/** Overall score: the mean of the objective scores that are not null. Status: the worst over objectives. */
export function rollUpOverall(objectives: readonly { score: number | null; status: Status }[]): {
  score: number | null;
  status: Status;
} {
  const scores = objectives.flatMap((objective) => (objective.score === null ? [] : [objective.score]));
  return {
    score: scores.length > 0 ? scores.reduce((sum, s) => sum + s, 0) / scores.length : null,
    status: worstStatus(objectives.map((objective) => objective.status)),
  };
}

function meetsTarget(value: number, target: number, direction: Direction): boolean {
  const tolerance = 1e-9 * Math.max(1, Math.abs(target));
  return direction === 'decrease' ? value <= target + tolerance : value >= target - tolerance;
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}
