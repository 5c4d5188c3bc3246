/**
 * The whole pipeline through the real client and the loopback stand-in: faults and rate limits change how many
 * requests it takes, never the scorecard; and one pass gives the complete report, its coaching context included.
 */
import { describe, expect, it } from 'vitest';
import { scorecard } from '../src/engine.js';
import { planScorecard } from '../src/plan.js';
import { sharedFetcher, sharedFileReader } from '../src/github/shared-fetch.js';
import { parseOkrFile } from '../src/okrs/parse.js';
import type { FaultOptions } from '../src/fake-github/index.js';
import { useStandIn } from './support/stand-in.js';
import { demoHistory } from '../demo/history.js';
import { DEMO_AS_OF, DEMO_REPOSITORY, demoMetrics, demoGitHubOkrsText } from '../demo/scenario.js';
import { testClient } from './github/support/history.js';

const standIn = useStandIn();

const history = demoHistory();
const parsed = parseOkrFile(demoGitHubOkrsText, '.github/okrs.yml');
if (!parsed.ok) throw new Error('demo OKR file does not parse');
const okrs = parsed.okrs;

async function scoreWith(faults?: FaultOptions) {
  const github = await standIn.start({ history, faults, seed: 7 });
  const octokit = testClient(github.url, { retries: 6 });
  const { report } = await scorecard({
    okrs,
    repository: DEMO_REPOSITORY,
    asOf: new Date(DEMO_AS_OF),
    now: new Date('2026-11-28T12:00:00Z'),
    octokit,
    metrics: demoMetrics(),
  });
  return { report, requests: github.requests, stats: octokit.stats() };
}

describe('the scorecard under GitHub faults', () => {
  it('15% of requests failing 502/503 and periodic secondary limits give exactly the clean report', async () => {
    const clean = await scoreWith();
    const faulty = await scoreWith({ failureRate: 0.15, secondaryLimitEvery: 25 });

    // Only what the run cost differs: retries are requests too.
    expect({ ...faulty.report, requests: undefined }).toEqual({ ...clean.report, requests: undefined });
    expect(faulty.report.requests!.restRequests).toBeGreaterThan(clean.report.requests!.restRequests);
    expect(clean.report.objectives.flatMap((o) => o.keyResults).every((kr) => kr.status !== 'error')).toBe(true);
    const failed = faulty.requests.filter((r) => r.status >= 500).length;
    const limited = faulty.requests.filter((r) => r.status === 403).length;
    expect(failed).toBeGreaterThan(clean.requests.length * 0.08);
    expect(limited).toBeGreaterThan(0);
    expect(faulty.stats.retries).toBe(failed + limited);
  });

  it('a source that keeps failing errors only its own key results, with what to do', async () => {
    const { report } = await scoreWith({ failureRate: 1 });
    const krs = report.objectives.flatMap((o) => o.keyResults);
    const supplied = krs.find((kr) => kr.metric.type === 'value')!;
    expect(supplied.status).toBe('achieved');
    for (const kr of krs.filter((k) => k.metric.type !== 'value')) {
      expect(kr.status).toBe('error');
      expect(kr.error).toMatch(/re-run/i);
    }
    expect(report.status).toBe('error');
  });
});

describe('one pass to the complete report', () => {
  const asOf = new Date(DEMO_AS_OF);
  const base = { owner: 'acme', repo: 'payments', path: '.github/okrs.yml', ref: 'base-sha' };
  const baseText = demoGitHubOkrsText.replace('target: 4%', 'target: 2%');
  const historyWithBase = () => {
    const { repositories } = demoHistory();
    return {
      repositories: repositories.map((r) =>
        r.fullName === DEMO_REPOSITORY ? { ...r, files: { ...r.files, '.github/okrs.yml@base-sha': baseText } } : r,
      ),
    };
  };

  it('plans the context files next to the listings: the company file, and the base version on a pull request', () => {
    const plan = planScorecard(okrs, { repository: DEMO_REPOSITORY, asOf, base });
    expect(plan.files).toEqual({
      company: { owner: 'acme', repo: '.github', path: 'okrs/company.yml', ref: 'main' },
      base,
    });
    expect(planScorecard(okrs, { repository: DEMO_REPOSITORY, asOf }).files.base).toBeUndefined();
  });

  it('reads them with the listings, and the report carries findings, changes and company titles', async () => {
    const github = await standIn.start({ history: historyWithBase() });
    const octokit = testClient(github.url);
    const { report, notes } = await scorecard({ okrs, repository: DEMO_REPOSITORY, asOf, now: asOf, octokit, base });
    expect(notes).toEqual([]);
    const contents = github.requests.filter((r) => r.path.includes('/contents/')).map((r) => r.path);
    expect(contents).toEqual([
      '/repos/acme/.github/contents/okrs%2Fcompany.yml?ref=main',
      '/repos/acme/payments/contents/.github%2Fokrs.yml?ref=base-sha',
    ]);
    expect(report.objectives.every((objective) => objective.alignsToTitle !== null)).toBe(true);
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]).toMatchObject({
      keyResultId: 'change-failure-rate',
      kind: 'changed',
      fields: ['target'],
    });
    expect(report.findings.map((finding) => finding.rule)).toContain('moved-goalposts');
  });

  it("a context file reader that throws at once is a note, never the run's failure", async () => {
    const github = await standIn.start({ history });
    const readFile = () => {
      throw new Error('sync boom');
    };
    const input = { okrs, repository: DEMO_REPOSITORY, asOf, now: asOf, octokit: testClient(github.url), readFile };
    const { report, notes } = await scorecard({ ...input, metrics: demoMetrics() });
    expect(report.objectives.length).toBeGreaterThan(0);
    expect(notes).toEqual([expect.stringMatching(/^company OKR file .* could not be read \(sync boom\)\.$/)]);
  });

  it('the shared file reader keys files by location, not by label: `a.yml@v2` and `a.yml` at v2 are two', async () => {
    const github = await standIn.start({ history });
    const read = sharedFileReader(testClient(github.url));
    const where = { owner: 'acme', repo: '.github', path: 'okrs/company.yml' };
    await read({ ...where, path: `${where.path}@v2` });
    await read({ ...where, ref: 'v2' });
    await read({ ...where, ref: 'v2' });
    expect(github.requests.filter((r) => r.path.includes('/contents/'))).toHaveLength(2);
  });

  it('several OKR files sharing a run read the listings and a company file they name once', async () => {
    const github = await standIn.start({ history });
    const octokit = testClient(github.url);
    const specs = [...planScorecard(okrs, { repository: DEMO_REPOSITORY, asOf }).sources.values()];
    const shared = { fetchSources: sharedFetcher(octokit, specs), readFile: sharedFileReader(octokit) };
    const input = { okrs, repository: DEMO_REPOSITORY, asOf, now: asOf, octokit, metrics: demoMetrics(), ...shared };
    const first = await scorecard(input);
    const afterFirst = github.requests.length;
    const second = await scorecard(input);
    expect(github.requests.length).toBe(afterFirst);
    expect(second.report.objectives.map((o) => o.alignsToTitle)).toEqual(
      first.report.objectives.map((o) => o.alignsToTitle),
    );
    expect(github.requests.filter((r) => r.path.includes('/contents/'))).toHaveLength(1);
  });
});
