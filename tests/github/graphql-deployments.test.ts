/**
 * Deployments with their statuses by GraphQL, against the stand-in's GraphQL endpoint (GitHub's schema), and the
 * REST path that measures the same when GraphQL is refused.
 */
import { describe, expect, it } from 'vitest';
import type { FakeHistory, FaultOptions } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { fetchSources } from '../../src/github/fetch.js';
import { fetchDeploymentsByGraphql } from '../../src/github/deployments-graphql.js';
import { fetchDeployments } from '../../src/github/deployments.js';
import { knownViewer } from '../../src/github/graphql.js';
import type { SourceSpec, SourceSpending } from '../../src/github/sources.js';
import { OWNER, REPO, SINCE, UNTIL, at, deployment, history, testClient } from './support/history.js';

const standIn = useStandIn();

async function serve(h: FakeHistory, faults: FaultOptions = {}) {
  const github = await standIn.start({ history: h, faults });
  const warnings: string[] = [];
  const octokit = testClient(github.url, { log: { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} } });
  return { github, octokit, warnings };
}

const spec = (environment?: string): Extract<SourceSpec, { kind: 'deployments' }> => ({
  owner: OWNER,
  repo: REPO,
  since: SINCE,
  until: UNTIL,
  kind: 'deployments',
  environment,
});

/** 150 production deployments over October (two pages), one before it, one with 130 statuses, one in staging. */
function busyHistory(): FakeHistory {
  const production = Array.from({ length: 150 }, (_, i) =>
    deployment(
      at('2026-10-01T06:00:00Z', i * 4 * 3600),
      i % 9 === 0 ? ['in_progress', 'failure'] : ['queued', 'in_progress', 'success'],
    ),
  );
  const chatty = deployment('2026-10-20T01:00:00Z', [...Array<'in_progress'>(129).fill('in_progress'), 'success']);
  // Two outcome statuses in the same second: the earlier id (the failure) is the outcome.
  const tie = deployment('2026-10-21T01:00:00Z', ['in_progress']);
  tie.statuses.push({ id: tie.statuses[0]!.id + 1, state: 'failure', created_at: at(tie.created_at, 300) });
  tie.statuses.push({ id: tie.statuses[0]!.id + 2, state: 'success', created_at: at(tie.created_at, 300) });
  return history({
    deployments: [
      deployment('2026-09-25T00:00:00Z'),
      ...production,
      chatty,
      tie,
      deployment('2026-10-10T00:00:00Z', ['error'], 'staging'),
    ],
  });
}

describe('deployments by GraphQL', () => {
  it('read the same deployments and statuses as REST, in far fewer requests', async () => {
    const h = busyHistory();
    const byGraphql = await serve(h);
    const graphql = await fetchDeploymentsByGraphql(byGraphql.octokit, spec('production'));
    const byRest = await serve(h);
    const rest = await fetchDeployments(byRest.octokit, spec('production'));

    expect(graphql).toHaveLength(152);
    expect(graphql.find((d) => d.statuses.length === 130)).toBeDefined();
    // GraphQL's ids are node ids (its databaseId is a 32-bit Int): compare what the metrics read, in order.
    const shape = (list: typeof rest) =>
      list.map((d) => ({
        created_at: d.created_at,
        environment: d.environment,
        statuses: d.statuses.map(({ state, created_at }) => ({ state, created_at })),
      }));
    expect(shape(graphql)).toEqual(shape(rest));
    // Ties in the same second keep REST's order (by id), so the same status is the outcome.
    const tieIndex = rest.findIndex((d) => d.created_at === '2026-10-21T01:00:00Z');
    expect(graphql[tieIndex]!.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure', 'success']);
    const graphqlRequests = byGraphql.github.requests.length;
    // Two pages of deployments, one more page of the 130 statuses; REST: 2 listing pages + 152 + 1 status pages.
    expect(graphqlRequests).toBe(3);
    expect(byRest.github.requests.length).toBe(2 + 152 + 1);
  });

  it('map every GraphQL state to REST’s', async () => {
    const h = history({
      deployments: [
        deployment('2026-10-02T00:00:00Z', [
          'queued',
          'pending',
          'in_progress',
          'error',
          'failure',
          'success',
          'inactive',
        ]),
      ],
    });
    const { octokit } = await serve(h);
    const [read] = await fetchDeploymentsByGraphql(octokit, spec());
    expect(read!.statuses.map((s) => s.state)).toEqual([
      'queued',
      'pending',
      'in_progress',
      'error',
      'failure',
      'success',
      'inactive',
    ]);
  });

  it('fold the identity lookup into the first query', async () => {
    const { octokit, github } = await serve(history({ deployments: [deployment('2026-10-02T00:00:00Z')] }));
    await fetchDeploymentsByGraphql(octokit, spec(), { askViewer: true });
    expect(knownViewer(octokit)).toBe('github-actions[bot]');
    expect(github.requests).toHaveLength(1);
  });

  it.each([
    ['a 404 (no GraphQL endpoint)', { graphqlOutage: 404 }],
    ['a 403', { graphqlOutage: 403 }],
    ['an errors array', { graphqlOutage: 'errors' }],
    ['spent points (RATE_LIMITED)', { graphqlLimit: { remaining: 0, resetInSeconds: 3600 } }],
  ] as [string, FaultOptions][])(
    'fall back to REST on %s, with the same records and a warning',
    async (_name, faults) => {
      const h = busyHistory();
      const clean = await serve(h);
      const expected = await fetchSources(clean.octokit, [spec('production')], { graphql: false });
      const refused = await serve(h, faults);
      const spending = new Map<string, SourceSpending>();
      const log = { info() {}, warn: (m: string) => refused.warnings.push(m) };
      const results = await fetchSources(refused.octokit, [spec('production'), spec('staging')], {
        spending,
        log,
        concurrency: 1,
      });

      const [key] = [...expected.keys()];
      expect(results.get(key!)).toEqual(expected.get(key!));
      expect(refused.warnings.filter((w) => /by REST instead/.test(w))).toHaveLength(1);
      // The first refusal sends every later source straight to REST: one GraphQL request in all.
      expect(refused.github.requests.filter((r) => r.path.endsWith('/graphql'))).toHaveLength(1);
      expect([...spending.values()].map((s) => s.api)).toEqual(['rest', 'rest']);
      expect(spending.get(key!)!.cost.restRequests).toBe(clean.github.requests.length);
    },
  );

  it('report per source what they cost', async () => {
    const { octokit } = await serve(busyHistory());
    const spending = new Map<string, SourceSpending>();
    await fetchSources(octokit, [spec('production'), { ...spec(), kind: 'issues', labels: ['incident'] }], {
      spending,
    });
    const [deployments, issues] = [...spending.values()];
    expect(deployments).toEqual({
      api: 'graphql',
      cost: { restRequests: 0, graphqlRequests: 3, graphqlPoints: 3, notModified: 0 },
    });
    expect(issues).toEqual({
      api: 'rest',
      cost: { restRequests: 1, graphqlRequests: 0, graphqlPoints: 0, notModified: 0 },
    });
  });
});
