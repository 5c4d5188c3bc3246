import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOkrFile } from '../../src/okrs/parse.js';
import type { OkrFile } from '../../src/okrs/model.js';

const SPEC_EXAMPLE = 'tests/okrs/fixtures/spec-example.yml';

function parsed(text: string, file = '.github/okrs.yml'): OkrFile {
  const result = parseOkrFile(text, file);
  if (!result.ok) throw new Error(`expected a valid file, got: ${JSON.stringify(result.errors)}`);
  return result.okrs;
}

/** A valid file with one objective whose single key result has the given lines (indented 8). */
function withKeyResult(...lines: string[]): string {
  return [
    'version: 1',
    'period: 2026-Q4',
    'objectives:',
    '  - title: Reliable',
    '    key-results:',
    '      - title: KR',
    ...lines.map((line) => `        ${line}`),
  ].join('\n');
}

describe('parseOkrFile: the SPEC §2 example', () => {
  const okrs = parsed(readFileSync(SPEC_EXAMPLE, 'utf8'), SPEC_EXAMPLE);

  it('normalises the file-level fields', () => {
    expect(okrs.file).toBe(SPEC_EXAMPLE);
    expect(okrs.version).toBe(1);
    expect(okrs.period).toEqual({
      name: '2026-Q4',
      start: new Date('2026-10-01T00:00:00Z'),
      end: new Date('2027-01-01T00:00:00Z'),
    });
    expect(okrs.team).toBe('payments-platform');
    expect(okrs.owner).toBe('@acme/payments');
    expect(okrs.company).toEqual({ repository: 'acme/.github', path: 'okrs/company.yml', ref: 'main' });
    expect(okrs.positions).toEqual({
      period: { line: 2, column: 1 },
      team: { line: 3, column: 1 },
      owner: { line: 4, column: 1 },
      company: { line: 5, column: 1 },
      objectives: { line: 9, column: 1 },
    });
  });

  it('keeps explicit ids and alignment, with positions', () => {
    const [objective] = okrs.objectives;
    expect(okrs.objectives).toHaveLength(1);
    expect(objective).toMatchObject({
      id: 'reliable-payments',
      title: 'Build the most reliable payment processing system in our industry',
      alignsTo: 'reliability',
      position: { line: 10, column: 5 },
      positions: {
        title: { line: 10, column: 5 },
        'aligns-to': { line: 12, column: 5 },
        'key-results': { line: 13, column: 5 },
      },
    });
  });

  it('reads durations as seconds, defaults weight and ids, keeps metrics as given', () => {
    const [deploy, incidents, latency] = okrs.objectives[0]!.keyResults;
    expect(deploy).toEqual({
      id: 'deploy-time',
      title: 'Reduce deployment time from 45 minutes to 10 minutes',
      metric: { type: 'workflow-duration', workflow: 'deploy.yml', branch: 'main' },
      baseline: 2700,
      target: 600,
      weight: 1,
      position: { line: 14, column: 9 },
      positions: {
        title: { line: 14, column: 9 },
        metric: { line: 16, column: 9 },
        baseline: { line: 20, column: 9 },
        target: { line: 21, column: 9 },
        weight: { line: 22, column: 9 },
      },
    });
    expect(incidents).toMatchObject({
      id: 'cut-incident-issues-opened-per-quarter-from-12-to-3',
      metric: { type: 'issue-count', labels: ['incident'] },
      baseline: 12,
      target: 3,
      weight: 1,
      position: { line: 23, column: 9 },
    });
    expect(latency).toMatchObject({
      id: 'keep-p99-latency-under-100-ms',
      metric: { type: 'value', name: 'p99-latency-ms' },
      target: 100,
      direction: 'decrease',
      weight: 1,
    });
    expect(latency).not.toHaveProperty('baseline');
  });
});

describe('parseOkrFile: values and metrics', () => {
  it('reads percentages as exact fractions and negative numbers as they are', () => {
    const kr = parsed(
      withKeyResult('metric: { type: workflow-success-rate, workflow: 1234 }', 'baseline: 85.6%', 'target: 99.9%'),
    ).objectives[0]!.keyResults[0]!;
    expect(kr.baseline).toBe(0.856);
    expect(kr.target).toBe(0.999);
    expect(kr.metric).toEqual({ type: 'workflow-success-rate', workflow: '1234' });
    const negative = parsed(withKeyResult('metric: { type: value, name: margin }', 'baseline: -4', 'target: -1.5'))
      .objectives[0]!.keyResults[0]!;
    expect([negative.baseline, negative.target]).toEqual([-4, -1.5]);
  });

  it('accepts a single label or conclusion where a list is expected, and every filter', () => {
    const okrs = parsed(
      [
        'version: 1',
        'period: {name: Launch, start: 2026-01-15, end: 2026-03-31}',
        'objectives:',
        '  - title: Fast',
        '    owner: "@acme/web"',
        '    key-results:',
        '      - title: Runs',
        '        metric: {type: workflow-runs, workflow: ci.yml, branch: main, event: push, conclusion: failure, ' +
          'stat: per-week, window: 30d, repository: acme/web}',
        '        target: 3',
        '        weight: 2.5',
        '      - title: Incidents',
        '        owner: "@octocat"',
        '        metric: {type: issue-count, labels: incident, state: open}',
        '        target: 0',
        '      - title: Deploys',
        '        metric: {type: deployment-duration, environment: production, stat: p90}',
        '        target: 1h',
        '      - title: Merges',
        '        metric: {type: pr-merge-time, base: main, stat: mean}',
        '        target: 1d',
        '      - title: Supplied',
        '        metric: {type: value, file: metrics/perf.json, path: latency.p99, unit: ms}',
        '        target: 100',
        '        baseline: 180',
      ].join('\n'),
    );
    expect(okrs.period).toEqual({
      name: 'Launch',
      start: new Date('2026-01-15T00:00:00Z'),
      end: new Date('2026-04-01T00:00:00Z'),
    });
    const [runs, incidents, deploys, merges, supplied] = okrs.objectives[0]!.keyResults;
    expect(okrs.objectives[0]!.owner).toBe('@acme/web');
    expect(runs!.metric).toEqual({
      type: 'workflow-runs',
      workflow: 'ci.yml',
      branch: 'main',
      event: 'push',
      conclusion: ['failure'],
      stat: 'per-week',
      window: 2_592_000,
      repository: 'acme/web',
    });
    expect(runs!.weight).toBe(2.5);
    expect(incidents).toMatchObject({
      owner: '@octocat',
      metric: { type: 'issue-count', labels: ['incident'], state: 'open' },
    });
    expect(deploys!.metric).toEqual({ type: 'deployment-duration', environment: 'production', stat: 'p90' });
    expect(merges!.target).toBe(86_400);
    expect(supplied!.metric).toEqual({ type: 'value', file: 'metrics/perf.json', path: 'latency.p99', unit: 'ms' });
  });

  it('defaults ids to slugs of titles, which may repeat across objectives and key results', () => {
    const okrs = parsed(
      [
        'version: 1',
        'period: 2026',
        'objectives:',
        '  - title: Delight customers!',
        '    key-results:',
        '      - title: Delight customers',
        '        metric: {type: issue-count, labels: [complaint]}',
        '        target: 1',
        '  - title: 🚀',
        '    key-results: []',
      ].join('\n'),
    );
    expect(okrs.objectives.map((objective) => objective.id)).toEqual(['delight-customers', 'objective']);
    expect(okrs.objectives[0]!.keyResults[0]!.id).toBe('delight-customers');
    expect(okrs.period.name).toBe('2026');
  });
});
