import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { fetchIssues } from '../../src/github/issues.js';
import { OWNER, REPO, SINCE, UNTIL, at, history, issue, testClient } from './support/history.js';

const standIn = useStandIn();
let github: FakeGitHub | undefined;

const spec = (fields: { labels?: string[]; openAt?: Date } = {}) => ({
  kind: 'issues' as const,
  owner: OWNER,
  repo: REPO,
  since: SINCE,
  until: UNTIL,
  labels: ['incident'],
  ...fields,
});

describe('fetchIssues', () => {
  it('returns the issues created or closed in the window, never pull requests', async () => {
    const createdAtStart = issue('2026-10-01T00:00:00Z');
    const closedAtEnd = issue('2026-09-01T00:00:00Z', { closed_at: '2026-10-31T23:59:59Z' });
    const outside = [
      issue('2026-09-30T23:59:59Z'),
      issue('2026-11-01T00:00:00Z'),
      issue('2026-09-01T00:00:00Z', { closed_at: '2026-11-01T00:00:00Z' }),
      issue('2026-10-05T00:00:00Z', { is_pull_request: true }),
      issue('2026-10-05T00:00:00Z', { labels: ['bug'] }),
    ];
    github = await standIn.start({ history: history({ issues: [createdAtStart, closedAtEnd, ...outside] }) });

    const fetched = await fetchIssues(testClient(github.url), spec());

    expect(fetched).toEqual([
      {
        number: closedAtEnd.number,
        created_at: '2026-09-01T00:00:00Z',
        closed_at: '2026-10-31T23:59:59Z',
        state: 'closed',
        labels: ['incident'],
      },
      {
        number: createdAtStart.number,
        created_at: '2026-10-01T00:00:00Z',
        closed_at: null,
        state: 'open',
        labels: ['incident'],
      },
    ]);
    expect(github.requests).toHaveLength(1);
    const query = new URL(github.requests[0]!.path, github.url).searchParams;
    // One second early: GitHub keeps what was updated strictly after `since`, and createdAtStart was at 00:00:00.
    expect(Object.fromEntries(query)).toMatchObject({
      state: 'all',
      labels: 'incident',
      since: '2026-09-30T23:59:59Z',
      per_page: '100',
    });
  });

  it('needs every label', async () => {
    const both = issue('2026-10-02T00:00:00Z', { labels: ['incident', 'sev1'] });
    github = await standIn.start({ history: history({ issues: [both, issue('2026-10-02T00:00:00Z')] }) });

    const fetched = await fetchIssues(testClient(github.url), spec({ labels: ['incident', 'SEV1'] }));

    expect(fetched.map((i) => i.number)).toEqual([both.number]);
  });

  it('adds the issues open at openAt, however old and untouched', async () => {
    const ancient = issue('2025-01-01T00:00:00Z'); // open, not updated for almost two years
    const closedLater = issue('2026-03-01T00:00:00Z', { closed_at: '2026-11-15T00:00:00Z' });
    const closedBefore = issue('2026-03-01T00:00:00Z', { closed_at: '2026-09-15T00:00:00Z' });
    github = await standIn.start({ history: history({ issues: [ancient, closedLater, closedBefore] }) });

    const fetched = await fetchIssues(testClient(github.url), spec({ openAt: UNTIL }));

    expect(fetched.map((i) => i.number)).toEqual([ancient.number, closedLater.number]);
    expect(github.requests.map((r) => new URL(r.path, github!.url).searchParams.get('state'))).toEqual(['all', 'open']);
  });
});

describe('fetchIssues while the repository changes between pages', () => {
  it('lists an issue opened while it reads, and no other twice', async () => {
    const issues = Array.from({ length: 150 }, (_, i) => issue(at('2026-10-02T00:00:00Z', i * 3600)));
    github = await standIn.start({
      history: history({ issues }),
      beforeAnswer: (request, world) => {
        if (!request.path.includes('page=2')) return;
        const stored = world.state.repositories.get('acme/payments')!.issues;
        if (stored.some((i) => i.number === 99_999)) return;
        // Opened after the first page was served: newest first, it would push every issue one place down.
        const at = '2026-10-30T00:00:00Z';
        stored.push({ ...stored[0]!, number: 99_999, created_at: at, updated_at: at, closed_at: null, state: 'open' });
      },
    });

    const fetched = await fetchIssues(testClient(github.url), spec());

    expect(fetched.map((i) => i.number)).toEqual([...issues.map((i) => i.number), 99_999]);
  });
});
