import { describe, expect, it } from 'vitest';
import { measureKeyResult } from '../../src/metrics/measure.js';
import { metricUnit } from '../../src/metric-types/index.js';
import { OCTOBER } from './builders.js';

describe('measureKeyResult', () => {
  it('errors, rather than guessing, when a GitHub metric has no records', () => {
    const m = measureKeyResult({ type: 'workflow-duration', workflow: 'ci.yml' }, { window: OCTOBER });
    expect(m).toEqual({
      value: null,
      samples: 0,
      unit: 'seconds',
      error: 'no workflow-duration data was fetched for this key result',
    });
  });

  it('measures a supplied value without records, and says which input is missing', () => {
    const metric = { type: 'value', name: 'latency', unit: 'ms' } as const;
    expect(measureKeyResult(metric, { window: OCTOBER, metrics: { latency: '120' } })).toEqual({
      value: 120,
      samples: 1,
      unit: 'ms',
    });
    expect(measureKeyResult(metric, { window: OCTOBER }).error).toBe(
      'no `metrics` input was given: pass `metrics: \'{"latency": <number>}\'` to the action',
    );
  });
});

describe('metricUnit', () => {
  it('names the unit each type reports', () => {
    expect(metricUnit({ type: 'pr-merge-time' })).toBe('seconds');
    expect(metricUnit({ type: 'change-failure-rate' })).toBe('ratio');
    expect(metricUnit({ type: 'workflow-success-rate', workflow: 'ci.yml' })).toBe('ratio');
    expect(metricUnit({ type: 'issue-count' })).toBe('count');
    expect(metricUnit({ type: 'deployment-frequency', stat: 'per-week' })).toBe('per-week');
    expect(metricUnit({ type: 'value', name: 'x', unit: 'ms' })).toBe('ms');
    expect(metricUnit({ type: 'value', name: 'x' })).toBe('value');
  });
});
