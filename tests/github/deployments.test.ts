import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { fetchDeployments } from '../../src/github/deployments.js';
import { OWNER, REPO, SINCE, UNTIL, at, deployment, history, testClient } from './support/history.js';

const standIn = useStandIn();
let github: FakeGitHub | undefined;

const spec = (environment?: string) => ({
  kind: 'deployments' as const,
  owner: OWNER,
  repo: REPO,
  since: SINCE,
  until: UNTIL,
  environment,
});

describe('fetchDeployments', () => {
  it('returns the deployments created in the half-open window, each with all its statuses oldest first', async () => {
    const first = deployment('2026-10-01T00:00:00Z', ['pending', 'failure']);
    const last = deployment('2026-10-31T23:59:59Z', ['success', 'inactive']);
    const before = deployment('2026-09-30T23:59:59Z');
    const after = deployment('2026-11-01T00:00:00Z');
    github = await standIn.start({ history: history({ deployments: [before, first, last, after] }) });

    const fetched = await fetchDeployments(testClient(github.url), spec());

    expect(fetched).toEqual([
      {
        id: first.id,
        created_at: '2026-10-01T00:00:00Z',
        environment: 'production',
        sha: expect.stringMatching(/^[0-9a-f]{40}$/),
        statuses: first.statuses.map(({ id, state, created_at }) => ({ id, state, created_at })),
      },
      {
        id: last.id,
        created_at: '2026-10-31T23:59:59Z',
        environment: 'production',
        sha: expect.stringMatching(/^[0-9a-f]{40}$/),
        statuses: last.statuses.map(({ id, state, created_at }) => ({ id, state, created_at })),
      },
    ]);
  });

  it('filters the environment on the server', async () => {
    const production = deployment('2026-10-02T00:00:00Z', ['success'], 'production');
    const staging = deployment('2026-10-02T00:00:00Z', ['success'], 'staging');
    github = await standIn.start({ history: history({ deployments: [production, staging] }) });

    const fetched = await fetchDeployments(testClient(github.url), spec('staging'));

    expect(fetched.map((d) => d.id)).toEqual([staging.id]);
    expect(github.requests[0]!.path).toContain('environment=staging');
  });

  it('stops listing at the first page older than the window and asks statuses only for deployments in it', async () => {
    // 250 old deployments (3 pages' worth) before the window, 120 inside it: newest first, the listing needs
    // pages 1–2 (page 2 reaches before the window) and never page 3 or 4.
    const old = Array.from({ length: 250 }, (_, i) => deployment(at('2026-06-01T00:00:00Z', i * 3600)));
    const recent = Array.from({ length: 120 }, (_, i) => deployment(at('2026-10-01T00:00:00Z', i * 3600)));
    github = await standIn.start({ history: history({ deployments: [...old, ...recent] }) });

    const fetched = await fetchDeployments(testClient(github.url), spec());

    expect(fetched).toHaveLength(120);
    const listings = github.requests.filter((r) => /\/deployments(\?|$)/.test(r.path));
    expect(listings).toHaveLength(2);
    const statusRequests = github.requests.filter((r) => r.path.includes('/statuses'));
    expect(statusRequests).toHaveLength(120);
  });
});

describe('fetchDeployments while the repository changes between pages', () => {
  it('counts once the deployment that a new one pushed onto the next page', async () => {
    const deployments = Array.from({ length: 150 }, (_, i) => deployment(at('2026-10-02T00:00:00Z', i * 3600)));
    const inWindow = deployments.map((d) => d.id);
    const source = history({ deployments });
    let created = false;
    github = await standIn.start({
      history: source,
      beforeAnswer: (request, world) => {
        if (created || !request.path.includes('/deployments?') || !request.path.includes('page=2')) return;
        created = true;
        // Created after the first page was served (outside the window): newest first, it pushes every one down.
        world.history.repositories[0]!.deployments.push(deployment('2026-11-15T00:00:00Z'));
      },
    });

    const fetched = await fetchDeployments(testClient(github.url), spec());

    expect(created).toBe(true);
    expect(fetched.map((d) => d.id)).toEqual(inWindow);
  });
});
