import { describe, expect, it } from 'vitest';
import type { MetricOf, WorkflowMetric } from '../../src/metric-types/index.js';
import { measureKeyResult } from '../../src/metrics/measure.js';
import type { Window } from '../../src/model/window.js';
import type { WorkflowRun } from '../../src/github/records.js';
import { RunTable } from '../../src/github/run-table.js';
import { OCTOBER, run, window } from './builders.js';

/** The measure stage as the engine calls it: the fetched runs arrive as a table. */
const measureRuns = (metric: WorkflowMetric, input: { window: Window; records: WorkflowRun[] }) =>
  measureKeyResult(metric, { ...input, records: RunTable.from(input.records) });

const duration = (extra: Partial<WorkflowMetric> = {}): WorkflowMetric => ({
  type: 'workflow-duration',
  workflow: 'ci.yml',
  ...extra,
});
const runs = (extra: Partial<WorkflowMetric> = {}): WorkflowMetric => ({
  type: 'workflow-runs',
  workflow: 'ci.yml',
  ...extra,
});
const successRate = (extra: Partial<MetricOf<'workflow-success-rate'>> = {}): WorkflowMetric => ({
  type: 'workflow-success-rate',
  workflow: 'ci.yml',
  ...extra,
});

describe('workflow-duration', () => {
  it('drops a run whose start is unreadable; created_at stands in only for a missing one (SPEC §3)', () => {
    const garbled = run({
      created_at: '2026-10-02T10:00:00Z',
      run_started_at: 'garbage',
      updated_at: '2026-10-02T10:10:00Z',
    });
    const empty = { ...run(), created_at: garbled.created_at, updated_at: garbled.updated_at, run_started_at: '' };
    const missing = run({ created_at: '2026-10-03T10:00:00Z', updated_at: '2026-10-03T10:10:00Z' });
    delete missing.run_started_at;
    const fine = run({ run_started_at: '2026-10-04T10:09:00Z', updated_at: '2026-10-04T10:10:00Z' });
    const m = measureRuns(duration({ stat: 'max' }), { window: OCTOBER, records: [garbled, empty, missing, fine] });
    expect(m).toEqual({ value: 600, samples: 2, unit: 'seconds' });
  });

  it('is updated_at − run_started_at in seconds, p50 by default', () => {
    const records = [
      run({ run_started_at: '2026-10-02T10:00:00Z', updated_at: '2026-10-02T10:25:47Z' }), // 1547 s
      run({ run_started_at: '2026-10-03T10:00:00Z', updated_at: '2026-10-03T10:10:00Z' }), // 600 s
      run({ run_started_at: '2026-10-04T10:00:00Z', updated_at: '2026-10-04T11:00:00Z' }), // 3600 s
    ];
    expect(measureRuns(duration(), { window: OCTOBER, records })).toEqual({
      value: 1547,
      samples: 3,
      unit: 'seconds',
    });
    expect(measureRuns(duration({ stat: 'max' }), { window: OCTOBER, records }).value).toBe(3600);
    expect(measureRuns(duration({ stat: 'mean' }), { window: OCTOBER, records }).value).toBeCloseTo(1915.666666, 5);
  });

  it('counts a re-run once, with its latest attempt’s start', () => {
    // The queue time before the first attempt and the first attempt itself are not part of the latest attempt.
    const rerun = run({
      id: 500,
      created_at: '2026-10-02T09:00:00Z',
      run_started_at: '2026-10-02T12:00:00Z',
      updated_at: '2026-10-02T12:05:00Z',
      run_attempt: 2,
    });
    const staleCopy = {
      ...rerun,
      run_attempt: 1,
      run_started_at: '2026-10-02T09:00:00Z',
      updated_at: '2026-10-02T09:30:00Z',
    };
    const m = measureRuns(duration(), { window: OCTOBER, records: [staleCopy, rerun] });
    expect(m).toEqual({ value: 300, samples: 1, unit: 'seconds' });
    expect(measureRuns(runs(), { window: OCTOBER, records: [rerun, staleCopy] }).value).toBe(1);
  });

  it('falls back to created_at without run_started_at, and never goes negative', () => {
    const noStart = run({
      created_at: '2026-10-02T10:00:00Z',
      run_started_at: undefined,
      updated_at: '2026-10-02T10:01:30Z',
    });
    const skewed = run({ run_started_at: '2026-10-02T10:00:10Z', updated_at: '2026-10-02T10:00:00Z' });
    const m = measureRuns(duration({ stat: 'min' }), { window: OCTOBER, records: [noStart, skewed] });
    expect(m.value).toBe(0);
    expect(measureRuns(duration({ stat: 'max' }), { window: OCTOBER, records: [noStart, skewed] }).value).toBe(90);
  });

  it('leaves out in-progress runs and unwanted conclusions', () => {
    const records = [
      run({ status: 'in_progress', conclusion: null }),
      run({ status: 'queued', conclusion: null }),
      run({ conclusion: 'failure', updated_at: '2026-10-05T11:00:00Z' }),
      run({ conclusion: 'cancelled' }),
      run(), // 600 s success
    ];
    expect(measureRuns(duration(), { window: OCTOBER, records })).toEqual({
      value: 600,
      samples: 1,
      unit: 'seconds',
    });
    const both = measureRuns(duration({ conclusion: ['success', 'failure'], stat: 'max' }), {
      window: OCTOBER,
      records,
    });
    expect(both).toEqual({ value: 3600, samples: 2, unit: 'seconds' });
  });

  it('filters branch and event again, whatever the fetch returned', () => {
    const records = [
      run(),
      run({ head_branch: 'feature' }),
      run({ event: 'pull_request' }),
      run({ head_branch: null }),
    ];
    expect(measureRuns(runs({ branch: 'main' }), { window: OCTOBER, records }).value).toBe(2);
    expect(measureRuns(runs({ event: 'push' }), { window: OCTOBER, records }).value).toBe(3);
    expect(measureRuns(runs({ branch: 'main', event: 'push' }), { window: OCTOBER, records }).value).toBe(1);
    expect(measureRuns(runs(), { window: OCTOBER, records }).value).toBe(4);
  });

  it('takes runs created in [start, end): the start counts, the end (as-of) does not', () => {
    const records = [
      run({ created_at: '2026-09-30T23:59:59Z' }),
      run({ created_at: '2026-10-01T00:00:00Z' }),
      run({ created_at: '2026-10-31T23:59:59Z' }),
      run({ created_at: '2026-11-01T00:00:00Z' }),
    ];
    expect(measureRuns(runs(), { window: OCTOBER, records })).toEqual({ value: 2, samples: 2, unit: 'count' });
  });

  it('ignores a run that finished after the evaluation time: at as-of it was still running', () => {
    const records = [
      run({
        created_at: '2026-10-31T23:50:00Z',
        run_started_at: '2026-10-31T23:50:00Z',
        updated_at: '2026-10-31T23:59:59Z',
      }),
      run({
        created_at: '2026-10-31T23:55:00Z',
        run_started_at: '2026-10-31T23:55:00Z',
        updated_at: '2026-11-01T00:05:00Z',
      }),
    ];
    expect(measureRuns(duration(), { window: OCTOBER, records })).toEqual({
      value: 599,
      samples: 1,
      unit: 'seconds',
    });
    expect(measureRuns(runs(), { window: OCTOBER, records }).value).toBe(1);
  });

  it('is no-data over an empty window', () => {
    const empty = window('2026-10-01T00:00:00Z', '2026-10-01T00:00:00Z');
    expect(measureRuns(duration(), { window: empty, records: [run()] })).toEqual({
      value: null,
      samples: 0,
      unit: 'seconds',
    });
    expect(measureRuns(duration(), { window: OCTOBER, records: [] }).value).toBeNull();
  });

  it('refuses a count stat on durations', () => {
    const m = measureRuns(duration({ stat: 'per-day' }), { window: OCTOBER, records: [run()] });
    expect(m.value).toBeNull();
    expect(m.error).toMatch(/use one of p50/);
  });
});

describe('workflow-runs', () => {
  it('counts zero as data, and gives rates per day and week', () => {
    expect(measureRuns(runs(), { window: OCTOBER, records: [] })).toEqual({ value: 0, samples: 0, unit: 'count' });
    const records = Array.from({ length: 62 }, () => run());
    expect(measureRuns(runs({ stat: 'per-day' }), { window: OCTOBER, records })).toEqual({
      value: 2,
      samples: 62,
      unit: 'per-day',
    });
    expect(measureRuns(runs({ stat: 'per-week' }), { window: OCTOBER, records }).value).toBe(14);
  });

  it('refuses a sample stat on a count', () => {
    expect(measureRuns(runs({ stat: 'p90' }), { window: OCTOBER, records: [run()] }).error).toMatch(
      /use one of count, per-day, per-week/,
    );
  });
});

describe('workflow-success-rate', () => {
  it('is the share of decided runs that succeeded', () => {
    const records = [
      run(),
      run(),
      run({ conclusion: 'failure' }),
      run({ conclusion: 'timed_out' }),
      run({ conclusion: 'startup_failure' }),
      run({ conclusion: 'cancelled' }),
      run({ conclusion: 'skipped' }),
      run({ status: 'in_progress', conclusion: null }),
      run({ conclusion: 'failure', created_at: '2026-11-01T00:00:00Z' }),
    ];
    expect(measureRuns(successRate(), { window: OCTOBER, records })).toEqual({
      value: 0.4,
      samples: 5,
      unit: 'ratio',
    });
  });

  it('ignores the conclusion filter and is no-data without decided runs', () => {
    // The parser refuses `conclusion` on a success rate (so its metric type has none); measure ignores one anyway.
    const withConclusion = { ...successRate(), conclusion: ['failure'] } as unknown as WorkflowMetric;
    expect(measureRuns(withConclusion, { window: OCTOBER, records: [run()] }).value).toBe(1);
    const m = measureRuns(successRate(), { window: OCTOBER, records: [run({ conclusion: 'cancelled' })] });
    expect(m).toEqual({ value: null, samples: 0, unit: 'ratio' });
  });
});
