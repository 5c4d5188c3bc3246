import { describe, expect, it } from 'vitest';
import { measureKeyResult } from '../../src/metrics/measure.js';
import { metricUnit } from '../../src/metric-types/index.js';
import { OCTOBER } from './builders.js';

describe('measureKeyResult', () => {
  it('errors, rather than guessing, when a GitHub metric has no records', () => {
    const m = measureKeyResult({ type: 'workflow-duration', workflow: 'ci.yml' }, { window: OCTOBER });
    expect(m).toMatchObject({ value: null, samples: 0, unit: 'seconds' });
    expect(m.error).toBeTruthy();
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
