/** The client under GitHub's limits and faults, through the stand-in: the records must come out the same. */
import { describe, expect, it } from 'vitest';
import type { FaultOptions } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { fetchSources } from '../../src/github/fetch.js';
import type { SourceSpec } from '../../src/github/sources.js';
import type { GitHubClientOptions } from '../../src/github/client.js';
import {
  OWNER,
  REPO,
  SINCE,
  UNTIL,
  deployment,
  history,
  issue,
  pull,
  runsBetween,
  testClient,
} from './support/history.js';

const standIn = useStandIn();

const HISTORY = history({
  runs: runsBetween(SINCE, UNTIL, 250),
  deployments: Array.from({ length: 12 }, (_, i) =>
    deployment(`2026-10-${String(i + 2).padStart(2, '0')}T09:00:00Z`, ['in_progress', 'success']),
  ),
  issues: [issue('2026-10-03T00:00:00Z'), issue('2026-10-04T00:00:00Z', { closed_at: '2026-10-06T00:00:00Z' })],
  pulls: [pull('2026-10-03T00:00:00Z', '2026-10-04T00:00:00Z'), pull('2026-10-05T00:00:00Z', '2026-10-07T00:00:00Z')],
});

const scope = { owner: OWNER, repo: REPO, since: SINCE, until: UNTIL };
const SPECS: SourceSpec[] = [
  { ...scope, kind: 'workflow-runs', workflow: 'deploy.yml', branch: 'main' },
  { ...scope, kind: 'deployments', environment: 'production' },
  { ...scope, kind: 'issues', labels: ['incident'] },
  { ...scope, kind: 'pull-requests' },
];

async function fetchAll(faults: FaultOptions = {}, client: Partial<GitHubClientOptions> = {}) {
  const github = await standIn.start({ history: HISTORY, faults });
  const warnings: string[] = [];
  const octokit = testClient(github.url, {
    log: { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} },
    ...client,
  });
  // The REST client under faults; GraphQL's own faults are in graphql-deployments.test.ts.
  const results = await fetchSources(octokit, SPECS, { graphql: false });
  return { github, results, stats: octokit.stats(), warnings };
}

describe('the client under faults', () => {
  it('gives the same records with 15% of requests failing 502/503 and periodic secondary limits', async () => {
    const clean = await fetchAll();
    expect([...clean.results.values()].every((r) => r.ok)).toBe(true);

    const faulty = await fetchAll({ failureRate: 0.15, secondaryLimitEvery: 9 });

    expect(faulty.results).toEqual(clean.results);
    expect(faulty.github.requests.some((r) => r.status === 502 || r.status === 503)).toBe(true);
    expect(faulty.github.requests.some((r) => r.status === 403)).toBe(true);
    expect(faulty.stats.retries).toBe(faulty.github.requests.length - clean.github.requests.length);
    expect(faulty.warnings.some((w) => w.includes('secondary rate limit'))).toBe(true);
  });

  it('waits out secondary rate limits (retry-after) to the same records', async () => {
    const clean = await fetchAll();

    const limited = await fetchAll({ secondaryLimitEvery: 4 });

    expect(limited.results).toEqual(clean.results);
    const secondary = limited.github.requests.filter((r) => r.status === 403);
    expect(secondary.length).toBeGreaterThan(3);
    expect(limited.stats.retries).toBe(secondary.length);
  });

  it('counts requests and remembers the rate limit left', async () => {
    const { github, stats } = await fetchAll();

    expect(stats).toEqual({
      requests: github.requests.length,
      graphqlRequests: 0,
      retries: 0,
      rateLimit: { limit: 5000, remaining: 5000 - github.requests.length, reset: expect.any(Date) },
    });
  });

  it('retries a request that hangs, after the per-request timeout', async () => {
    const clean = await fetchAll();

    const hung = await fetchAll({ hangPaths: /\/deployments\/\d+\/statuses/ }, { requestTimeoutMs: 300 });

    expect(hung.results).toEqual(clean.results);
    expect(hung.github.requests.filter((r) => r.status === 0)).toHaveLength(1);
    expect(hung.stats.retries).toBe(1);
  });

  it('waits for an exhausted rate limit that resets soon', async () => {
    const clean = await fetchAll();

    // The two seconds to the reset are waited for for real: the stand-in's clock is the real one.
    const limited = await fetchAll({ primaryLimit: { remaining: 1, resetInSeconds: 2 } }, { delayUnitMs: 1000 });

    expect(limited.results).toEqual(clean.results);
    expect(
      limited.warnings.some((w) => /rate limit is exhausted.*waiting/.test(w)),
      limited.warnings.join('\n'),
    ).toBe(true);
  });

  it('fails every source clearly when the rate limit resets too far ahead, without hammering GitHub', async () => {
    const before = Date.now();
    const { github, results } = await fetchAll({ primaryLimit: { remaining: 0, resetInSeconds: 3600 } });

    expect(github.requests).toHaveLength(SPECS.length);
    for (const result of results.values()) {
      expect(result.ok).toBe(false);
      const error = result.ok ? '' : result.error;
      const reset = /exhausted until (\S+): re-run after that time/.exec(error)?.[1];
      expect(reset, error).toBeDefined();
      expect(Date.parse(reset!) - before).toBeGreaterThan(3500_000);
    }
  });

  it('says GitHub is unavailable when 5xx outlast the retries', async () => {
    const { github, results } = await fetchAll({ failureRate: 1 }, { retries: 2 });

    for (const result of results.values()) {
      expect(result).toEqual({
        ok: false,
        error: expect.stringMatching(/^GitHub is unavailable \(50[23] .*\): re-run later\.$/),
      });
    }
    expect(github.requests).toHaveLength(SPECS.length * 3);
  });
});

describe('writes', () => {
  it('never re-sends a POST, but retries a PATCH', async () => {
    const github = await standIn.start({
      history: history({ issues: [issue('2026-10-03T00:00:00Z')] }),
      faults: { applyThenFail: /^(POST|PATCH) / },
    });
    const octokit = testClient(github.url, { retries: 2 });
    const number = github.state.repositories.get('acme/payments')!.issues[0]!.number;

    await expect(
      octokit.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: number, body: 'hi' }),
    ).rejects.toMatchObject({ status: 502 });
    await expect(
      octokit.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: number, body: 'new' }),
    ).rejects.toMatchObject({ status: 502 });

    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(3);
    expect(github.state.repositories.get('acme/payments')!.comments).toHaveLength(1);
  });
});
