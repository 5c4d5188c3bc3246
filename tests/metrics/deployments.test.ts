import { describe, expect, it } from 'vitest';
import type { DeploymentMetric } from '../../src/metric-types/index.js';
import { measureKeyResult } from '../../src/metrics/measure.js';
import { outcomeOf } from '../../src/metrics/deployments.js';
import { OCTOBER, deployment, status, window } from './builders.js';

const metric = (type: DeploymentMetric['type'], extra: Partial<DeploymentMetric> = {}): DeploymentMetric => ({
  type,
  ...extra,
});
const measure = (m: DeploymentMetric, records: ReturnType<typeof deployment>[], w = OCTOBER) =>
  measureKeyResult(m, { window: w, records });

describe('deployment outcome', () => {
  it('skips inactive, queued, pending and in_progress', () => {
    const d = deployment('2026-10-02T10:00:00Z', [
      status('queued', '2026-10-02T10:00:01Z'),
      status('in_progress', '2026-10-02T10:00:02Z'),
      status('inactive', '2026-10-02T10:00:03Z'),
      status('pending', '2026-10-02T10:00:04Z'),
      status('success', '2026-10-02T10:12:00Z'),
    ]);
    expect(outcomeOf(d, OCTOBER.end)?.state).toBe('success');
    expect(measure(metric('deployment-duration'), [d])).toEqual({ value: 720, samples: 1, unit: 'seconds' });
  });

  it('is the earliest outcome: a failure after a success leaves it a success', () => {
    const d = deployment('2026-10-02T10:00:00Z', [
      status('failure', '2026-10-02T11:00:00Z'),
      status('success', '2026-10-02T10:05:00Z'), // listed out of order: time decides
    ]);
    expect(outcomeOf(d, OCTOBER.end)?.state).toBe('success');
    expect(measure(metric('change-failure-rate'), [d]).value).toBe(0);
  });

  it('breaks a tie on created_at by status id', () => {
    const d = deployment('2026-10-02T10:00:00Z', [
      status('error', '2026-10-02T10:05:00Z', 9),
      status('success', '2026-10-02T10:05:00Z', 8),
    ]);
    expect(outcomeOf(d, OCTOBER.end)?.state).toBe('success');
  });

  it('ignores statuses at or after as-of', () => {
    const asOf = window('2026-10-01T00:00:00Z', '2026-10-02T10:05:00Z');
    const d = deployment('2026-10-02T10:00:00Z', [
      status('success', '2026-10-02T10:05:00Z'),
      status('failure', '2026-10-02T10:06:00Z'),
    ]);
    expect(outcomeOf(d, asOf.end)).toBeUndefined();
    expect(measure(metric('deployment-frequency'), [d], asOf).value).toBe(0);
    expect(measure(metric('change-failure-rate'), [d], asOf).value).toBeNull();
  });
});

describe('deployment metrics', () => {
  const records = [
    deployment('2026-10-02T10:00:00Z', [status('success', '2026-10-02T10:10:00Z')]), // 600 s
    deployment('2026-10-03T10:00:00Z', [
      status('pending', '2026-10-03T10:00:01Z'),
      status('success', '2026-10-03T10:30:00Z'),
    ]), // 1800 s
    deployment('2026-10-04T10:00:00Z', [status('failure', '2026-10-04T10:03:00Z')]),
    deployment('2026-10-05T10:00:00Z', [
      status('error', '2026-10-05T10:03:00Z'),
      status('success', '2026-10-05T10:04:00Z'),
    ]),
    deployment('2026-10-06T10:00:00Z', [status('in_progress', '2026-10-06T10:03:00Z')]), // no outcome yet
    deployment('2026-10-07T10:00:00Z', [status('success', '2026-10-07T10:01:00Z')], 'staging'), // 60 s
    deployment('2026-11-01T00:00:00Z', [status('success', '2026-11-01T00:01:00Z')]), // at the window end: out
    deployment('2026-09-30T23:59:59Z', [status('success', '2026-10-01T00:01:00Z')]), // before the start: out
  ];

  it('deployment-duration: outcome time − creation, over successes', () => {
    expect(measure(metric('deployment-duration'), records)).toEqual({ value: 600, samples: 3, unit: 'seconds' });
    expect(measure(metric('deployment-duration', { environment: 'production', stat: 'mean' }), records)).toEqual({
      value: 1200,
      samples: 2,
      unit: 'seconds',
    });
  });

  it('deployment-frequency: count of successes, per week', () => {
    // DORA's level reads successes per day over the window: 3 in October's 31 days.
    expect(measure(metric('deployment-frequency'), records)).toEqual({
      value: 3,
      samples: 3,
      unit: 'count',
      dora: { level: 'medium', value: 3 / 31 },
    });
    expect(
      measure(metric('deployment-frequency', { environment: 'production', stat: 'per-week' }), records).value,
    ).toBeCloseTo(2 / (31 / 7), 12);
  });

  it('change-failure-rate: failure or error over those with an outcome', () => {
    expect(measure(metric('change-failure-rate', { environment: 'production' }), records)).toEqual({
      value: 0.5,
      samples: 4,
      unit: 'ratio',
      dora: { level: 'low', value: 0.5 },
    });
    expect(measure(metric('change-failure-rate'), [])).toEqual({ value: null, samples: 0, unit: 'ratio', dora: null });
  });

  it('counts zero deployments as data, and never counts one twice', () => {
    // No deployment: a count of zero is data, but DORA has no samples to place.
    expect(measure(metric('deployment-frequency'), [])).toEqual({ value: 0, samples: 0, unit: 'count', dora: null });
    const once = records[0]!;
    expect(measure(metric('deployment-frequency'), [once, once]).value).toBe(1);
  });
});
