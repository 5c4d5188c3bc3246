import { describe, expect, it } from 'vitest';
import type { FakeGitHub, FakeGitHubOptions } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { call } from './helpers.js';
import { history } from './fixture.js';

const standIn = useStandIn();
let gh: FakeGitHub | undefined;

async function start(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  gh = await standIn.start({ history: history(30), ...options });
  return gh;
}

interface Connection<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Node[];
}

/** The parts of an answer these tests read; each test asks only for some of them. */
interface GraphqlData {
  viewer: { login: string };
  rateLimit: { cost: number; remaining: number; limit: number; resetAt: string };
  repository: {
    deployments: Connection<{
      databaseId: number;
      environment: string;
      createdAt: string;
      statuses: Connection<{ state: string; createdAt: string }>;
    }>;
    pullRequests: Connection<{ number: number; mergedAt: string; baseRefName: string }>;
  };
}

interface GraphqlAnswer {
  data?: GraphqlData | null;
  errors?: { type?: string; message: string; path?: unknown[] }[];
}

function query(
  server: FakeGitHub,
  text: string,
  variables: Record<string, unknown> = {},
  token: string | null = 'test-token',
) {
  return call<GraphqlAnswer>(server, '/graphql', { method: 'POST', body: { query: text, variables }, token });
}

const DEPLOYMENTS = `query($owner: String!, $name: String!, $env: [String!], $after: String) {
  viewer { login }
  rateLimit { cost remaining limit resetAt }
  repository(owner: $owner, name: $name) {
    deployments(environments: $env, orderBy: {field: CREATED_AT, direction: DESC}, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        databaseId environment createdAt
        statuses(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { state createdAt } }
      }
    }
  }
}`;

describe('the GraphQL endpoint', () => {
  it('answers viewer, rateLimit and deployments with their statuses, newest first', async () => {
    const server = await start();
    const answer = await query(server, DEPLOYMENTS, { owner: 'acme', name: 'payments', env: ['production'] });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const data = answer.body.data!;
    expect(data.viewer).toEqual({ login: 'github-actions[bot]' });
    // 1 request for the deployments + 100 for their statuses = 101, / 100 rounds to 1 point.
    expect(data.rateLimit).toMatchObject({ cost: 1, limit: 1000, remaining: 999 });
    expect(answer.headers.get('x-ratelimit-resource')).toBe('graphql');
    expect(answer.headers.get('x-ratelimit-remaining')).toBe('999');
    const deployments = data.repository.deployments;
    expect(deployments.totalCount).toBe(2);
    expect(deployments.nodes.map((d: { databaseId: number }) => d.databaseId)).toEqual([303, 301]);
    const first = deployments.nodes[1]!.statuses;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.nodes).toEqual([
      { state: 'INACTIVE', createdAt: '2026-10-04T10:12:00Z' },
      { state: 'SUCCESS', createdAt: '2026-10-03T10:12:00Z' },
    ]);
  });

  it('lists deployments oldest first without an orderBy, as GitHub does', async () => {
    const server = await start();
    const answer = await query(
      server,
      '{ repository(owner: "acme", name: "payments") { deployments(first: 10) { nodes { databaseId } } } }',
    );
    expect(answer.body.data!.repository.deployments.nodes).toEqual([
      { databaseId: 301 },
      { databaseId: 302 },
      { databaseId: 303 },
    ]);
  });

  it('pages a connection by cursor', async () => {
    const server = await start();
    const page = (after: string | null) =>
      query(
        server,
        'query($after: String) { repository(owner: "acme", name: "payments") { ' +
          'deployments(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { databaseId } } } }',
        { after },
      );
    const one = (await page(null)).body.data!.repository.deployments;
    const two = (await page(one.pageInfo.endCursor)).body.data!.repository.deployments;
    expect([...one.nodes, ...two.nodes].map((d: { databaseId: number }) => d.databaseId)).toEqual([301, 302, 303]);
    expect(two.pageInfo.hasNextPage).toBe(false);
  });

  it('answers the login of the token that asks', async () => {
    const server = await start({ tokens: { alice: { login: 'alice', permissions: 'read' } } });
    const answer = await query(server, '{ viewer { login } rateLimit { limit } }', {}, 'alice');
    expect(answer.body.data).toEqual({ viewer: { login: 'alice' }, rateLimit: { limit: 5000 } });
  });

  it('filters merged pull requests by base, newest update first', async () => {
    const server = await start();
    const answer = await query(
      server,
      '{ repository(owner: "acme", name: "payments") { pullRequests(states: [MERGED], baseRefName: "main", ' +
        'first: 100, orderBy: {field: UPDATED_AT, direction: DESC}) { nodes { number mergedAt baseRefName } } } }',
    );
    expect(answer.body.data!.repository.pullRequests.nodes).toEqual([
      { number: 5, mergedAt: '2026-10-05T10:00:00Z', baseRefName: 'main' },
    ]);
  });

  it.each([
    ['an unknown field', '{ viewer { nickname } }', /Cannot query field "nickname" on type "User"/],
    [
      'a wrong argument',
      '{ repository(owner: "acme", name: "payments") { deployments(environment: "x", first: 1) { totalCount } } }',
      /Unknown argument "environment"/,
    ],
    [
      'a missing required argument',
      '{ repository(owner: "acme") { name } }',
      /argument "name" of type "String!" is required/,
    ],
    [
      'a connection without first or last',
      '{ repository(owner: "acme", name: "payments") { deployments { totalCount } } }',
      /You must provide a `first` or `last` value/,
    ],
    [
      'a page over 100',
      '{ repository(owner: "acme", name: "payments") { deployments(first: 101) { totalCount } } }',
      /exceeds the `first` limit of 100/,
    ],
    ['a syntax error', '{ viewer { login }', /Syntax Error/],
  ])('refuses %s with GitHub-shaped errors and no data', async (_name, text, pattern) => {
    const server = await start();
    const answer = await query(server, text);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.message).toMatch(pattern);
  });

  it('refuses a query over 500,000 nodes', async () => {
    const server = await start();
    const text =
      '{ repository(owner: "acme", name: "payments") { ' +
      'deployments(first: 100) { nodes { statuses(first: 100) { nodes { creator { login } } } } } ' +
      'pullRequests(first: 100) { nodes { comments(first: 100) { ' +
      'nodes { reactions(first: 100) { totalCount } } } } } } }';
    const answer = await query(server, text);
    expect(answer.body.errors?.[0]).toMatchObject({ type: 'MAX_NODE_LIMIT_EXCEEDED' });
  });

  it('answers an unknown repository NOT_FOUND with a null repository', async () => {
    const server = await start();
    const answer = await query(server, '{ repository(owner: "acme", name: "nope") { name } }');
    expect(answer.body.data).toEqual({ repository: null });
    expect(answer.body.errors?.[0]).toMatchObject({ type: 'NOT_FOUND', path: ['repository'] });
  });

  it('requires a token', async () => {
    const server = await start();
    const answer = await call<{ message: string }>(server, '/graphql', {
      method: 'POST',
      body: { query: '{ viewer { login } }' },
      token: null,
    });
    expect(answer.status).toBe(401);
    expect(answer.body.message).toMatch(/requires you to be authenticated/);
  });

  it('spends points apart from the REST budget, and answers RATE_LIMITED once they are spent', async () => {
    const server = await start({ faults: { graphqlLimit: { remaining: 2, resetInSeconds: 600 } } });
    const rest = await call(server, '/repos/acme/payments');
    expect(rest.headers.get('x-ratelimit-remaining')).toBe('4999');
    const costly =
      '{ repository(owner: "acme", name: "payments") { ' +
      'deployments(first: 100) { nodes { statuses(first: 100) { nodes { state } } } } ' +
      'pullRequests(first: 100) { nodes { number } } } }';
    // 1 + 100 + 1 = 102 requests → 1 point each time.
    expect((await query(server, costly)).headers.get('x-ratelimit-remaining')).toBe('1');
    expect((await query(server, costly)).headers.get('x-ratelimit-remaining')).toBe('0');
    const refused = await query(server, costly);
    expect(refused.status).toBe(200);
    expect(refused.body.errors?.[0]?.type).toBe('RATE_LIMITED');
    expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    expect((await call(server, '/repos/acme/payments')).headers.get('x-ratelimit-remaining')).toBe('4998');
  });

  it.each([404, 403] as const)('can be unavailable: %i', async (status) => {
    const server = await start({ faults: { graphqlOutage: status } });
    expect((await query(server, '{ viewer { login } }')).status).toBe(status);
  });

  it('can answer an errors array', async () => {
    const server = await start({ faults: { graphqlOutage: 'errors' } });
    const answer = await query(server, '{ viewer { login } }');
    expect(answer.body).toMatchObject({ data: null, errors: [{ type: 'FORBIDDEN' }] });
  });

  it('is served at /api/graphql for GitHub Enterprise Server clients', async () => {
    const server = await start();
    const answer = await call<GraphqlAnswer>(server, '/api/graphql', {
      method: 'POST',
      body: { query: '{ viewer { login } }' },
    });
    expect(answer.body.data).toEqual({ viewer: { login: 'github-actions[bot]' } });
  });
});
