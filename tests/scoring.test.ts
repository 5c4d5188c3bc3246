import { describe, expect, it } from 'vitest';
import type { KeyResult } from '../src/okrs/model.js';
import type { Measurement } from '../src/metrics/measurement.js';
import type { Status } from '../src/model/status.js';
import {
  elapsedFraction,
  resolveDirection,
  rollUpObjective,
  rollUpOverall,
  scoreKeyResult,
  scoreValue,
  statusFor,
  worstStatus,
} from '../src/scoring.js';

type Kr = Pick<KeyResult, 'baseline' | 'target' | 'direction' | 'metric'>;
const deployTime: Kr = { metric: { type: 'workflow-duration', workflow: 'deploy.yml' }, baseline: 2700, target: 600 };
const latency: Kr = { metric: { type: 'value', name: 'p99' }, target: 100, direction: 'decrease' };
const measured = (value: number | null, extra: Partial<Measurement> = {}): Measurement => ({
  value,
  samples: 1,
  unit: 'seconds',
  ...extra,
});

/** A ten-day period, so that elapsed fractions come from real dates: day d → d/10. */
const period = { start: new Date('2026-10-01T00:00:00Z'), end: new Date('2026-10-11T00:00:00Z') };
const day = (d: number) => new Date(period.start.getTime() + d * 86_400_000);

describe('resolveDirection', () => {
  it('follows baseline → target when both differ, over an explicit direction', () => {
    expect(resolveDirection(deployTime)).toBe('decrease');
    expect(resolveDirection({ ...deployTime, baseline: 600, target: 2700 })).toBe('increase');
    expect(resolveDirection({ ...deployTime, direction: 'increase' })).toBe('decrease'); // coach flags no-stretch
  });

  it('else the stated direction, else the natural one', () => {
    expect(
      resolveDirection({ metric: { type: 'workflow-duration', workflow: 'x' }, target: 600, direction: 'increase' }),
    ).toBe('increase');
    expect(resolveDirection({ metric: { type: 'workflow-duration', workflow: 'x' }, target: 600 })).toBe('decrease');
    expect(resolveDirection({ metric: { type: 'deployment-frequency' }, target: 5 })).toBe('increase');
    expect(resolveDirection({ metric: { type: 'change-failure-rate' }, target: 0.1, baseline: 0.1 })).toBe('decrease');
    expect(resolveDirection({ metric: { type: 'workflow-success-rate', workflow: 'x' }, target: 0.99 })).toBe(
      'increase',
    );
    expect(resolveDirection({ metric: { type: 'issue-count' }, target: 3 })).toBe('decrease');
  });
});

describe('scoreValue', () => {
  it('is the clamped share of the way from baseline to target', () => {
    expect(scoreValue(2700, { baseline: 2700, target: 600, direction: 'decrease' })).toBe(0);
    expect(scoreValue(1650, { baseline: 2700, target: 600, direction: 'decrease' })).toBe(0.5);
    expect(scoreValue(600, { baseline: 2700, target: 600, direction: 'decrease' })).toBe(1);
    expect(scoreValue(300, { baseline: 2700, target: 600, direction: 'decrease' })).toBe(1);
    expect(scoreValue(3000, { baseline: 2700, target: 600, direction: 'decrease' })).toBe(0);
    expect(scoreValue(0.95, { baseline: 0.9, target: 1, direction: 'increase' })).toBeCloseTo(0.5, 12);
  });

  it('is 1 or 0 for a threshold, met inclusively in either direction', () => {
    expect(scoreValue(100, { target: 100, direction: 'decrease' })).toBe(1);
    expect(scoreValue(99, { target: 100, direction: 'decrease' })).toBe(1);
    expect(scoreValue(101, { target: 100, direction: 'decrease' })).toBe(0);
    expect(scoreValue(0.999, { target: 0.999, direction: 'increase' })).toBe(1);
    expect(scoreValue(0.998, { target: 0.999, direction: 'increase' })).toBe(0);
    // Baseline equal to the target: a threshold, no 0/0.
    expect(scoreValue(5, { baseline: 5, target: 5, direction: 'increase' })).toBe(1);
  });

  it('meets a target written another way in floating point (99.9 / 100 vs 0.999)', () => {
    const target = 99.9 / 100; // 0.9990000000000001
    expect(scoreValue(0.999, { target, direction: 'increase' })).toBe(1);
    expect(scoreValue(0.999, { baseline: 0.99, target, direction: 'increase' })).toBe(1);
    expect(scoreValue(0.9989, { target, direction: 'increase' })).toBe(0);
    expect(scoreValue(600.001, { target: 600, direction: 'decrease' })).toBe(0);
  });
});

describe('elapsedFraction', () => {
  it('is the share of the period gone, clamped', () => {
    expect(elapsedFraction(period, day(0))).toBe(0);
    expect(elapsedFraction(period, day(2.5))).toBe(0.25);
    expect(elapsedFraction(period, day(-3))).toBe(0);
    expect(elapsedFraction(period, day(12))).toBe(1);
  });
});

describe('statusFor: every boundary', () => {
  const status = (score: number | null, elapsed: number, threshold = false) => statusFor({ score, elapsed, threshold });

  it('achieved at score 1, whatever the time', () => {
    expect(status(1, 0)).toBe('achieved');
    expect(status(1, 1)).toBe('achieved');
    expect(status(1, 1, true)).toBe('achieved');
  });

  it('on-track up to a gap of 0.10 inclusive, even where floating point lands just above', () => {
    expect(status(0.5, 0.3)).toBe('on-track'); // ahead of pace
    expect(status(0.2, 0.3)).toBe('on-track'); // 0.3 − 0.2 = 0.09999999999999998
    expect(status(0.2, 0.1 + 0.2)).toBe('on-track'); // 0.30000000000000004 − 0.2 = 0.10000000000000003
    expect(status(0, elapsedFraction(period, day(1)))).toBe('on-track');
    expect(status(0.2, 0.3001)).toBe('at-risk');
  });

  it('at-risk up to 0.25 inclusive, off-track beyond', () => {
    expect(status(0.25, 0.5)).toBe('at-risk');
    expect(status(0.7, 0.95)).toBe('at-risk'); // 0.95 − 0.7 = 0.25
    expect(status(0.05, 0.1 + 0.2)).toBe('at-risk'); // 0.30000000000000004 − 0.05 = 0.25000000000000006
    expect(status(0, elapsedFraction(period, day(2.5)))).toBe('at-risk');
    expect(status(0.25, 0.5001)).toBe('off-track');
    expect(status(0, 1)).toBe('off-track');
  });

  it('a threshold key result not met is off-track from day one', () => {
    expect(status(0, 0, true)).toBe('off-track');
  });

  it('no-data without a score, error over everything', () => {
    expect(status(null, 0.5)).toBe('no-data');
    expect(statusFor({ score: 1, elapsed: 0.5, threshold: false, error: true })).toBe('error');
  });
});

describe('scoreKeyResult', () => {
  it('scores with pacing', () => {
    // 2700 → 600, at 1650 = half way; at day 6 of 10 the gap is 0.1: on-track.
    expect(scoreKeyResult(deployTime, measured(1650), elapsedFraction(period, day(6)))).toEqual({
      direction: 'decrease',
      score: 0.5,
      status: 'on-track',
      error: null,
    });
    expect(scoreKeyResult(deployTime, measured(1650), elapsedFraction(period, day(7))).status).toBe('at-risk');
    expect(scoreKeyResult(deployTime, measured(1650), elapsedFraction(period, day(8))).status).toBe('off-track');
  });

  it('threshold key results in both directions', () => {
    expect(scoreKeyResult(latency, measured(87), 0.5)).toMatchObject({ score: 1, status: 'achieved' });
    expect(scoreKeyResult(latency, measured(130), 0.05)).toMatchObject({ score: 0, status: 'off-track' });
    const uptime: Kr = { metric: { type: 'workflow-success-rate', workflow: 'ci.yml' }, target: 0.95 };
    expect(scoreKeyResult(uptime, measured(0.95), 0.5)).toMatchObject({
      direction: 'increase',
      score: 1,
      status: 'achieved',
    });
    expect(scoreKeyResult(uptime, measured(0.94), 0.5)).toMatchObject({ score: 0, status: 'off-track' });
  });

  it('no-data and error carry no score', () => {
    expect(scoreKeyResult(deployTime, measured(null), 0.5)).toEqual({
      direction: 'decrease',
      score: null,
      status: 'no-data',
      error: null,
    });
    expect(scoreKeyResult(deployTime, measured(null, { error: 'workflow "deploy.yml" not found' }), 0.5)).toEqual({
      direction: 'decrease',
      score: null,
      status: 'error',
      error: 'workflow "deploy.yml" not found',
    });
  });

  it('a value key result with no direction to go by is an error that says what to add', () => {
    const undirected: Kr = { metric: { type: 'value', name: 'p99' }, target: 100 };
    const scored = scoreKeyResult(undirected, measured(80), 0.5);
    expect(scored).toMatchObject({ score: null, status: 'error' });
    expect(scored.error).toMatch(/needs `direction: increase` or `direction: decrease`/);
    expect(scoreKeyResult({ ...undirected, baseline: 150 }, measured(125), 0.5)).toMatchObject({
      direction: 'decrease',
      score: 0.5,
    });
  });
});

describe('roll-ups', () => {
  const kr = (score: number | null, status: Status, weight = 1) => ({ score, status, weight });

  it('worstStatus orders error > off-track > at-risk > on-track > achieved, no-data only when alone', () => {
    expect(worstStatus(['achieved', 'on-track'])).toBe('on-track');
    expect(worstStatus(['on-track', 'at-risk', 'achieved'])).toBe('at-risk');
    expect(worstStatus(['at-risk', 'off-track'])).toBe('off-track');
    expect(worstStatus(['off-track', 'error', 'achieved'])).toBe('error');
    expect(worstStatus(['no-data', 'achieved'])).toBe('achieved');
    expect(worstStatus(['no-data', 'no-data'])).toBe('no-data');
    expect(worstStatus([])).toBe('no-data');
  });

  it('objective: weighted mean of the scored key results', () => {
    expect(rollUpObjective([kr(1, 'achieved', 3), kr(0.2, 'off-track', 1), kr(null, 'no-data', 5)])).toEqual({
      score: 0.8,
      status: 'off-track',
    });
    expect(rollUpObjective([kr(0.5, 'on-track'), kr(null, 'error', 2)])).toEqual({ score: 0.5, status: 'error' });
    expect(rollUpObjective([kr(null, 'no-data'), kr(null, 'no-data')])).toEqual({ score: null, status: 'no-data' });
    expect(rollUpObjective([kr(0.5, 'on-track', 0)])).toEqual({ score: null, status: 'on-track' });
    expect(rollUpObjective([])).toEqual({ score: null, status: 'no-data' });
  });

  it('objective: weights never produce NaN, however large, small or odd', () => {
    expect(rollUpObjective([kr(1, 'achieved', 1e308), kr(0, 'off-track', 1e308)]).score).toBe(0.5);
    expect(rollUpObjective([kr(1, 'achieved', Number.MAX_VALUE), kr(0, 'off-track', 1)]).score).toBeCloseTo(1, 12);
    expect(rollUpObjective([kr(1, 'achieved', 5e-324), kr(0, 'off-track', 5e-324)]).score).toBe(0.5);
    expect(rollUpObjective([kr(1, 'achieved', 0), kr(0.4, 'at-risk', 0)])).toEqual({ score: null, status: 'at-risk' });
    expect(rollUpObjective([kr(1, 'achieved', Number.NaN), kr(0.4, 'at-risk', -2), kr(0.5, 'on-track', 1)]).score).toBe(
      0.5,
    );
    expect(rollUpObjective([kr(1, 'achieved', Infinity), kr(0.4, 'at-risk', Infinity)]).score).toBeNull();
  });

  it('overall: plain mean of the objective scores that are not null, worst status', () => {
    expect(
      rollUpOverall([
        { score: 0.8, status: 'on-track' },
        { score: 0.4, status: 'at-risk' },
        { score: null, status: 'no-data' },
      ]),
    ).toMatchObject({ status: 'at-risk' });
    expect(
      rollUpOverall([
        { score: 0.8, status: 'on-track' },
        { score: 0.4, status: 'at-risk' },
      ]).score,
    ).toBeCloseTo(0.6, 12);
    expect(rollUpOverall([{ score: null, status: 'no-data' }])).toEqual({ score: null, status: 'no-data' });
    expect(
      rollUpOverall([
        { score: null, status: 'error' },
        { score: 1, status: 'achieved' },
      ]),
    ).toEqual({ score: 1, status: 'error' });
  });
});
