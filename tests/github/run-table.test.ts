import { describe, expect, it } from 'vitest';
import { RunTable, RunTableBuilder } from '../../src/github/run-table.js';
import { run } from '../metrics/builders.js';

const ms = (iso: string): number => Date.parse(iso);

describe('RunTable', () => {
  it('holds every field the metrics read, as GitHub gave it', () => {
    const given = run({
      id: 9_007_199_254_740,
      created_at: '2026-10-05T10:00:00Z',
      run_started_at: '2026-10-05T10:01:00Z',
      updated_at: '2026-10-05T10:11:00Z',
      conclusion: 'failure',
      run_attempt: 3,
      head_branch: null,
      event: 'schedule',
    });
    const table = RunTable.from([given]);
    expect(table.length).toBe(1);
    expect(table.run(0)).toEqual(given);
    expect(table.startedMs(0)).toBe(ms('2026-10-05T10:01:00Z'));
    expect(table.branch(0)).toBeNull();
  });

  it('orders runs by creation, then id, and keeps a run listed twice once, with its latest attempt', () => {
    const late = run({ id: 3, created_at: '2026-10-09T00:00:00Z' });
    const first = run({ id: 2, created_at: '2026-10-01T00:00:00Z', run_attempt: 1 });
    const rerun = { ...first, run_attempt: 2, updated_at: '2026-10-02T00:00:00Z' };
    const sameSecond = run({ id: 1, created_at: '2026-10-01T00:00:00Z' });
    const table = RunTable.from([late, rerun, first, sameSecond]);
    expect(table.runs()).toEqual([sameSecond, rerun, late]);
    // Equal attempts: the later update wins, whichever page it came from.
    const newer = { ...late, updated_at: '2026-10-09T01:00:00Z' };
    expect(RunTable.from([newer, late]).runs()).toEqual([newer]);
    expect(RunTable.from([late, newer]).runs()).toEqual([newer]);
  });

  it('gives the runs created in a window as a view, a run with an unreadable time in none', () => {
    const runs = ['2026-10-01T00:00:00Z', '2026-10-02T00:00:00Z', '2026-10-03T00:00:00Z'].map((created_at) =>
      run({ created_at }),
    );
    const table = RunTable.from([...runs, run({ created_at: 'not a time' })]);
    const view = table.createdBetween(ms('2026-10-02T00:00:00Z'), ms('2026-10-03T00:00:00Z'));
    expect(view.runs()).toEqual([runs[1]]);
    expect(table.createdBetween(ms('2026-10-05T00:00:00Z'), ms('2026-10-04T00:00:00Z')).length).toBe(0);
    expect(table.createdBetween(-Infinity, Infinity).length).toBe(3);
  });

  it('grows past what was reserved and past its first allocation', () => {
    const builder = new RunTableBuilder();
    builder.reserve(10);
    const many = Array.from({ length: 5000 }, (_, i) => run({ id: 5000 - i }));
    for (const r of many) builder.add(r);
    const table = builder.build();
    expect(table.length).toBe(5000);
    expect(table.id(0)).toBe(1);
    expect(table.id(4999)).toBe(5000);
  });

  it('is built once: a spent builder refuses more runs rather than lose them', () => {
    const builder = new RunTableBuilder();
    builder.add(run());
    builder.build();
    expect(() => builder.add(run())).toThrow(/spent/);
  });

  it('shows an unreadable time as empty, never throws reading it back', () => {
    const table = RunTable.from([run({ created_at: 'garbage', updated_at: 'also garbage' })]);
    expect(table.run(0)).toMatchObject({ created_at: '', updated_at: '' });
  });
});
