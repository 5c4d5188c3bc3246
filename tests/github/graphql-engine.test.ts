/**
 * The whole pipeline by GraphQL and by REST: the same scorecard, on the demo history and on a generated one;
 * and a run whose listing would take the rate limit below the reserve stops short of it and says why.
 */
import { describe, expect, it } from 'vitest';
import { scorecard } from '../../src/engine.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import type { FakeDeployment, FakeHistory, FaultOptions } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, DEMO_REPOSITORY, demoMetrics, demoGitHubOkrsText } from '../../demo/scenario.js';
import type { Reserve } from '../../src/github/budget.js';
import { at, testClient } from './support/history.js';

const standIn = useStandIn();

const parsed = parseOkrFile(demoGitHubOkrsText, '.github/okrs.yml');
if (!parsed.ok) throw new Error('demo OKR file does not parse');
const okrs = parsed.okrs;

interface Run {
  graphql?: boolean;
  faults?: FaultOptions;
  reserve?: Reserve;
}

async function score(history: FakeHistory, run: Run = {}) {
  const github = await standIn.start({ history, faults: run.faults, seed: 3 });
  const warnings: string[] = [];
  const { report } = await scorecard({
    okrs,
    repository: DEMO_REPOSITORY,
    asOf: new Date(DEMO_AS_OF),
    now: new Date('2026-11-28T12:00:00Z'),
    octokit: testClient(github.url),
    metrics: demoMetrics(),
    graphql: run.graphql,
    rateLimitReserve: run.reserve,
    log: { info() {}, warn: (m) => warnings.push(m) },
  });
  return { report, requests: github.requests, warnings };
}

const withoutCost = (report: Awaited<ReturnType<typeof score>>['report']) => ({ ...report, requests: undefined });

/** A seeded generator (mulberry32), so the generated history is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 420 deployments over the quarter in two environments, with outcomes, retries, ties and one of 140 statuses. */
function generatedDeployments(): FakeDeployment[] {
  const next = random(42);
  let id = 3_000_000_000;
  const states = ['success', 'failure', 'error', 'inactive', 'in_progress', 'queued', 'pending'] as const;
  return Array.from({ length: 420 }, (_, i) => {
    const created = at('2026-09-20T00:00:00Z', Math.floor(i * 5.5 * 3600 + next() * 3600));
    const count = i === 77 ? 140 : 1 + Math.floor(next() * 5);
    const statuses = Array.from({ length: count }, (_, k) => ({
      id: id + 1 + k,
      state: states[Math.floor(next() * states.length)]!,
      // Every fifth deployment has two statuses in one second.
      created_at: at(created, 60 * (k + 1) - (i % 5 === 0 && k === 1 ? 60 : 0)),
    }));
    id += count + 1;
    return { id, environment: next() < 0.8 ? 'production' : 'staging', ref: 'main', created_at: created, statuses };
  });
}

function generatedHistory(): FakeHistory {
  const demo = demoHistory();
  return { repositories: demo.repositories.map((repo) => ({ ...repo, deployments: generatedDeployments() })) };
}

describe('GraphQL and REST measure the same', () => {
  it.each([
    ['the demo history', demoHistory],
    ['a generated history', generatedHistory],
  ])('on %s', async (_name, history) => {
    const h = history();
    const byGraphql = await score(h);
    const byRest = await score(h, { graphql: false });
    const fallback = await score(h, { faults: { graphqlOutage: 'errors' } });

    expect(withoutCost(byGraphql.report)).toEqual(withoutCost(byRest.report));
    expect(withoutCost(fallback.report)).toEqual(withoutCost(byRest.report));
    const deployments = (report: typeof byRest.report) =>
      report.requests!.sources.find((s) => s.kind === 'deployments')!;
    // By GraphQL, the only REST requests of the deployments are lead time's comparisons of commits.
    const compares = byGraphql.requests.filter((r) => r.path.includes('/compare/')).length;
    expect(deployments(byGraphql.report)).toMatchObject({ api: 'graphql', restRequests: compares });
    expect(deployments(fallback.report)).toMatchObject({ api: 'rest', graphqlRequests: 1 });
    expect(fallback.warnings.some((w) => /by REST instead/.test(w))).toBe(true);
    expect(byGraphql.requests.length).toBeLessThan(byRest.requests.length / 2);
    const krs = byGraphql.report.objectives.flatMap((o) => o.keyResults);
    expect(
      krs
        .filter((kr) => kr.metric.type.startsWith('deployment') || kr.metric.type === 'change-failure-rate')
        .every((kr) => kr.samples > 0),
    ).toBe(true);
  });
});

describe('the rate-limit reserve', () => {
  it('stops a listing short of the reserve and says how many requests it needs and what to do', async () => {
    // 700 requests left of 5,000; the 10% reserve keeps 500: the CI listing (about 25 requests) fits, until
    // the reserve is raised to 690.
    const faults = { primaryLimit: { remaining: 700, resetInSeconds: 3000 } };
    const fits = await score(demoHistory(), { faults });
    const ci = (report: typeof fits.report) =>
      report.objectives.flatMap((o) => o.keyResults).filter((kr) => kr.metric.workflow === 'ci.yml');
    expect(ci(fits.report).every((kr) => kr.status !== 'error')).toBe(true);

    const stopped = await score(demoHistory(), { faults, reserve: { absolute: 690 } });
    for (const kr of ci(stopped.report)) {
      expect(kr.status).toBe('error');
      expect(kr.error).toMatch(
        /needs about \d+ more REST requests, but only \d+ of 5,000 are left until \S+ and 690 are kept in reserve/,
      );
      expect(kr.error).toMatch(/GitHub App token.*narrower filter.*rolling window/);
    }
    // Only the probe page of the CI listing was read.
    const ciPages = stopped.requests.filter((r) => r.path.includes('/workflows/ci.yml/runs'));
    expect(ciPages).toHaveLength(1);
    // What fits in the budget is still measured: deployments by GraphQL spend points, not requests; only lead
    // time, whose comparisons of commits are REST requests, says what it needs.
    const krs = stopped.report.objectives.flatMap((o) => o.keyResults);
    const deploymentKrs = krs.filter((kr) => kr.metric.type === 'deployment-frequency');
    expect(deploymentKrs.every((kr) => kr.status !== 'error')).toBe(true);
    const lead = krs.find((kr) => kr.metric.type === 'lead-time-for-changes')!;
    expect(lead.error).toMatch(/comparisons of commits \(lead time\).*690 are kept in reserve/);
  });

  it('keeps GraphQL points in reserve too', async () => {
    const faults = { graphqlLimit: { remaining: 101, resetInSeconds: 3000 } };
    const { report } = await score(generatedHistory(), { faults });
    const deployment = report.objectives
      .flatMap((o) => o.keyResults)
      .find((kr) => kr.metric.type === 'deployment-frequency')!;
    expect(deployment.error).toMatch(/needs about \d+ more GraphQL points, but only 100 of 1,000/);
  });
});
