/** What is shown agrees with the status beside it (issue #21 item 4): a miss never reads as its target. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAgainst,
  formatBaselineTarget,
  formatCurrent,
  formatExact,
  formatValue,
} from '../../src/report/format.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { renderSummary } from '../../src/report/markdown.js';
import { renderDashboard } from '../../src/report/dashboard/render.js';
import { runRollup } from '../../src/rollup/run.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { keyResult, objective, report } from '../support/report.js';
import { COMPANY_YML, NOW, teamReport, THREE_TEAMS } from '../rollup/support.js';

const UNITS = ['value', 'count', 'ratio', 'per-day', 'per-week', 'seconds', 'ms'];

describe('a value beside its target', () => {
  it.each([
    [0.9996, 1, 'value', '0.9996'],
    [0.957, 1, 'per-day', '0.96/day'],
    [0.9996, 1, 'ratio', '99.96%'],
    [0.99949, 0.9995, 'ratio', '99.949%'],
    [3600.4, 3600, 'seconds', '1h 00m 00.4s'],
    [3599, 3600, 'seconds', '59m 59s'],
    [0.1504, 0.15, 'seconds', '150.4ms'],
    [2.004, 2, 'ms', '2.004 ms'],
  ])('%d against %d (%s) shows %s', (value, target, unit, shown) => {
    expect(formatCurrent({ value, target, unit })).toBe(shown);
    expect(formatValue(target, unit)).not.toBe(shown);
  });

  it('keeps the usual digits when they already tell the value from its target', () => {
    expect(formatCurrent({ value: 0.856, target: 0.95, unit: 'ratio' })).toBe('85.6%');
    expect(formatCurrent({ value: 1547, target: 600, unit: 'seconds' })).toBe('25m 47s');
    expect(formatCurrent({ value: 1, target: 1, unit: 'value' })).toBe('1');
  });

  it('targets and baselines show as written', () => {
    expect(formatBaselineTarget({ baseline: 0.991, target: 0.9995, unit: 'ratio', direction: 'increase' })).toBe(
      '99.1% → 99.95%',
    );
    expect(formatExact(5420, 'seconds')).toBe('1h 30m 20s');
    expect(formatExact(5400, 'seconds')).toBe('1h 30m');
    expect(formatExact(0.999, 'ratio')).toBe('99.9%');
  });

  it('property: for any value ≠ target, the value as shown is never the target as shown', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(...UNITS),
        (value, target, unit) => {
          fc.pre(Math.abs(value - target) > Math.max(1e-4, Math.abs(target) * 1e-6));
          const shown = formatAgainst(value, target, unit);
          expect(shown).not.toBe(formatExact(target, unit));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('every renderer shows the same digits', () => {
  const kr = keyResult({
    title: 'Deploys a day',
    metric: { type: 'deployment-frequency', environment: 'production' },
    unit: 'per-day',
    value: 0.957,
    baseline: null,
    target: 1,
    direction: 'increase',
    score: 0,
    status: 'off-track',
    forecast: { value: 0.996, low: 0.9, high: 1.1, score: 0, status: 'off-track', method: 'rate' },
  });
  const scorecard = report({ objectives: [objective({ keyResults: [kr] })] });

  it('terminal and Markdown', () => {
    for (const text of [renderTerminal(scorecard, { color: false }), renderSummary(scorecard)]) {
      expect(text).toContain('0.96/day');
      expect(text).toContain('→ 0.996/day');
    }
  });

  it('the dashboard', async () => {
    const team = teamReport(THREE_TEAMS[0]!) as { objectives: { keyResults: Record<string, unknown>[] }[] };
    Object.assign(team.objectives[0]!.keyResults[0]!, {
      unit: 'per-day',
      value: 0.957,
      baseline: null,
      target: 1,
      forecast: { value: 0.996, low: 0.9, high: 1.1, score: 0, status: 'off-track', method: 'rate' },
    });
    const result = await runRollup({
      companyFile: 'company.yml',
      companyText: COMPANY_YML,
      reportPaths: ['team.json'],
      readReport: async () => JSON.stringify(team),
      asOf: NOW,
      now: NOW,
    });
    if (!result.ok) throw new Error('the company file did not parse');
    const page = renderDashboard(result.view);
    expect(page).toContain('0.96/day');
    expect(page).toContain('→ 0.996/day');
  });
});

describe('durations in, durations out', () => {
  it('a value key result written 6h → 30m is in seconds, and shows durations', () => {
    const parsed = parseOkrFile(
      `version: 1
period: 2026-Q4
objectives:
  - title: Recover fast
    key-results:
      - title: Mean time to recover falls from 6 hours to 30 minutes
        metric: { type: value, name: mttr }
        baseline: 6h
        target: 30m
      - title: Availability rises to 99.95%
        metric: { type: value, name: availability }
        baseline: 99.1%
        target: 99.95%
      - title: Latency falls
        metric: { type: value, name: p99, unit: ms }
        baseline: 1h
        target: 30m
`,
      'okrs.yml',
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const [mttr, availability, latency] = parsed.okrs.objectives[0]!.keyResults;
    expect(mttr!.metric).toMatchObject({ type: 'value', unit: 'seconds' });
    expect(availability!.metric).toMatchObject({ type: 'value', unit: 'ratio' });
    expect(latency!.metric).toMatchObject({ unit: 'ms' }); // a unit the file names is never replaced
    const shown = formatBaselineTarget({ baseline: 21_600, target: 1800, unit: 'seconds', direction: 'decrease' });
    expect(shown).toBe('6h → 30m');
  });
});
