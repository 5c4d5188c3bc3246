import { describe, expect, it } from 'vitest';
import { runRollup } from '../../src/rollup/run.js';
import { renderRollupJson } from '../../src/report/rollup-json.js';
import { AS_OF, COMPANY_YML, NOW, teamReport, THREE_TEAMS, type TeamSpec } from './support.js';

async function rollUpFiles(files: Record<string, string>, asOf = AS_OF) {
  const result = await runRollup({
    companyFile: 'okrs/company.yml',
    companyText: COMPANY_YML,
    reportPaths: Object.keys(files),
    readReport: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    },
    asOf: new Date(asOf),
    now: NOW,
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.view;
}

const asFiles = (teams: TeamSpec[]): Record<string, string> =>
  Object.fromEntries(teams.map((t) => [`reports/${t.team}.json`, JSON.stringify(teamReport(t))]));

describe('the company roll-up (SPEC §10)', () => {
  it("gives three teams' company view: scores, statuses, contributions, uncovered, unaligned, stale", async () => {
    const { rollup } = await rollUpFiles(asFiles(THREE_TEAMS));
    expect(rollup.version).toBe(1);
    expect(rollup.kind).toBe('rollup');
    expect(rollup.asOf).toBe(AS_OF);
    expect(rollup.generatedAt).toBe(NOW.toISOString());
    expect(rollup.period).toMatchObject({
      name: '2026-Q4',
      start: '2026-10-01T00:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
    });

    const [reliability, growth, security] = rollup.objectives;
    expect(reliability).toMatchObject({
      id: 'reliability',
      title: 'Customers can always pay',
      score: 0.6,
      status: 'at-risk',
    });
    expect(reliability!.contributions).toEqual([
      {
        repository: 'acme/payments',
        file: '.github/okrs.yml',
        team: 'payments-platform',
        objective: 'reliable-payments',
        title: 'Build the most reliable payment system',
        score: 0.6,
        status: 'at-risk',
      },
      {
        repository: 'acme/platform',
        file: '.github/okrs.yml',
        team: 'platform',
        objective: 'stable-ci',
        title: 'CI people can trust',
        score: null,
        status: 'no-data',
      },
    ]);
    expect(growth!.score).toBeCloseTo(0.6, 10);
    expect(growth!.status).toBe('off-track');
    expect(growth!.contributions.map((c) => c.objective)).toEqual(['fast-checkout', 'relevant-search']);
    expect(security).toMatchObject({ id: 'security', score: null, status: 'no-data', contributions: [] });
    expect(rollup.score).toBeCloseTo(0.6, 10);
    expect(rollup.status).toBe('off-track');

    expect(rollup.unaligned).toEqual([
      {
        repository: 'acme/search',
        file: '.github/okrs.yml',
        team: 'search',
        objective: 'hack-week',
        title: 'A great hack week',
        alignsTo: null,
      },
      {
        repository: 'acme/platform',
        file: '.github/okrs.yml',
        team: 'platform',
        objective: 'typo',
        title: 'Fast builds',
        alignsTo: 'reliabilty',
      },
    ]);
    expect(rollup.reports.map((r) => [r.path, r.stale])).toEqual([
      ['reports/payments-platform.json', false],
      ['reports/search.json', false],
      ['reports/platform.json', true],
    ]);
    expect(rollup.findings.map((f) => f.rule).sort()).toEqual(['stale-report', 'uncovered-objective']);
    const uncovered = rollup.findings.find((f) => f.rule === 'uncovered-objective')!;
    expect(uncovered).toMatchObject({ severity: 'warning', line: 19 });
    expect(uncovered.message).toContain('Keep customer data safe');
    expect(rollup.errors).toEqual([]);
  });

  it("writes the keys in the contract's order", async () => {
    const { rollup } = await rollUpFiles(asFiles(THREE_TEAMS));
    const json = JSON.parse(renderRollupJson(rollup)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'version',
      'kind',
      'asOf',
      'generatedAt',
      'period',
      'score',
      'status',
      'objectives',
      'unaligned',
      'reports',
      'findings',
      'errors',
    ]);
    const objective = (json.objectives as Record<string, unknown>[])[0]!;
    expect(Object.keys(objective)).toEqual(['id', 'title', 'score', 'status', 'contributions']);
    expect(Object.keys((objective.contributions as object[])[0]!)).toEqual([
      'repository',
      'file',
      'team',
      'objective',
      'title',
      'score',
      'status',
    ]);
    expect(Object.keys((json.reports as object[])[0]!)).toEqual([
      'path',
      'repository',
      'file',
      'team',
      'asOf',
      'generatedAt',
      'stale',
    ]);
    expect(Object.keys((json.unaligned as object[])[0]!)).toEqual([
      'repository',
      'file',
      'team',
      'objective',
      'title',
      'alignsTo',
    ]);
  });

  it('leaves out a report of another period, and keeps the later of two reports of one file', async () => {
    const [payments] = THREE_TEAMS;
    const files = {
      'a/new.json': JSON.stringify(teamReport({ ...payments!, generatedAt: '2026-11-28T18:00:00.000Z' })),
      'b/old.json': JSON.stringify(
        teamReport({
          ...payments!,
          generatedAt: '2026-11-27T18:00:00.000Z',
          objectives: [{ ...payments!.objectives[0]!, score: 0.1 }],
        }),
      ),
      'c/q3.json': JSON.stringify(
        teamReport({
          repository: 'acme/ops',
          team: 'ops',
          period: { name: '2026-Q3', start: '2026-07-01T00:00:00.000Z', end: '2026-10-01T00:00:00.000Z', elapsed: 1 },
          objectives: [{ id: 'o', title: 'Old quarter', alignsTo: 'security', score: 1, status: 'achieved' }],
        }),
      ),
    };
    const { rollup } = await rollUpFiles(files);
    expect(rollup.reports.map((r) => r.path)).toEqual(['a/new.json']);
    expect(rollup.objectives[0]!.score).toBe(0.6);
    expect(rollup.objectives[2]!.contributions).toEqual([]);
    const mismatch = rollup.findings.find((f) => f.rule === 'period-mismatch')!;
    expect(mismatch).toMatchObject({ path: 'c/q3.json', severity: 'warning' });
    expect(mismatch.message).toContain('2026-Q3');
    const duplicate = rollup.findings.find((f) => f.rule === 'duplicate-report')!;
    expect(duplicate.path).toBe('b/old.json');
    expect(duplicate.message).toContain('a/new.json');
  });

  it('names an unreadable report and still rolls up the rest', async () => {
    const files = {
      ...asFiles(THREE_TEAMS),
      'broken.json': '{ "version": 1, ghs_notInTheMessage',
      'v2.json': JSON.stringify({ ...teamReport(THREE_TEAMS[0]!), version: 2 }),
      'shape.json': JSON.stringify({ ...teamReport(THREE_TEAMS[0]!), objectives: [{ id: 1 }] }),
    };
    const view = await rollUpFiles({ ...files });
    const missing = await runRollup({
      companyFile: 'okrs/company.yml',
      companyText: COMPANY_YML,
      reportPaths: ['nowhere.json'],
      readReport: async () => {
        throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
      },
      asOf: new Date(AS_OF),
      now: NOW,
    });
    expect(view.rollup.reports).toHaveLength(3);
    expect(view.rollup.errors.map((e) => e.path)).toEqual(['broken.json', 'v2.json', 'shape.json']);
    expect(view.rollup.errors[0]!.message).toMatch(/^not valid JSON at line 1, column 17: /);
    expect(view.rollup.errors[0]!.message).not.toContain('ghs_');
    expect(view.rollup.errors[1]!.message).toContain('not a version 1 JSON report (version 2)');
    expect(view.rollup.errors[2]!.message).toContain('objectives.0.title');
    expect(missing.ok && missing.view.rollup.errors).toEqual([
      { path: 'nowhere.json', message: 'cannot be read: no such file' },
    ]);
  });

  it('reports an invalid company file with its line', async () => {
    const result = await runRollup({
      companyFile: 'okrs/company.yml',
      companyText: 'version: 1\nperiod: 2026-Q4\nobjectivs: []\n',
      reportPaths: [],
      readReport: async () => '',
      asOf: new Date(AS_OF),
      now: NOW,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.find((e) => e.line === 3)).toMatchObject({ file: 'okrs/company.yml' });
  });
});
