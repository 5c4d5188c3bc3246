import { describe, expect, it } from 'vitest';
import { measureKeyResult } from '../../src/metrics/measure.js';
import { OCTOBER, pull } from './builders.js';

describe('pr-merge-time', () => {
  const records = [
    pull({ created_at: '2026-10-01T00:00:00Z', merged_at: '2026-10-01T01:00:00Z' }), // 3600
    pull({ created_at: '2026-09-25T00:00:00Z', merged_at: '2026-10-01T00:00:00Z' }), // 6 d, merged at the start: in
    pull({ created_at: '2026-10-05T00:00:00Z', merged_at: '2026-10-05T00:02:00Z', base: 'release' }), // 120
    pull({ created_at: '2026-10-05T00:00:00Z', merged_at: null }), // closed unmerged or open
    pull({ created_at: '2026-10-30T00:00:00Z', merged_at: '2026-11-01T00:00:00Z' }), // merged at the end: out
  ];

  it('is merged_at − created_at over pull requests merged in the window', () => {
    expect(measureKeyResult({ type: 'pr-merge-time' }, { window: OCTOBER, records })).toEqual({
      value: 3600,
      samples: 3,
      unit: 'seconds',
    });
    expect(measureKeyResult({ type: 'pr-merge-time', stat: 'p90' }, { window: OCTOBER, records }).value).toBeCloseTo(
      3600 + 0.8 * (518_400 - 3600),
      9,
    );
  });

  it('filters by base', () => {
    expect(measureKeyResult({ type: 'pr-merge-time', base: 'main' }, { window: OCTOBER, records })).toEqual({
      value: (3600 + 518_400) / 2,
      samples: 2,
      unit: 'seconds',
    });
    expect(measureKeyResult({ type: 'pr-merge-time', base: 'release' }, { window: OCTOBER, records }).value).toBe(120);
    expect(measureKeyResult({ type: 'pr-merge-time', base: 'nope' }, { window: OCTOBER, records }).value).toBeNull();
  });
});
