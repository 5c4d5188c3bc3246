import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { fetchPullRequests } from '../../src/github/pull-requests.js';
import { OWNER, REPO, SINCE, UNTIL, at, history, pull, testClient } from './support/history.js';

const standIn = useStandIn();
let github: FakeGitHub | undefined;

const spec = (base?: string) => ({
  kind: 'pull-requests' as const,
  owner: OWNER,
  repo: REPO,
  since: SINCE,
  until: UNTIL,
  base,
});

describe('fetchPullRequests', () => {
  it('returns the pull requests merged in the half-open window', async () => {
    const first = pull('2026-09-20T00:00:00Z', '2026-10-01T00:00:00Z');
    const last = pull('2026-10-30T00:00:00Z', '2026-10-31T23:59:59Z');
    const outside = [
      pull('2026-09-20T00:00:00Z', '2026-09-30T23:59:59Z'),
      pull('2026-10-20T00:00:00Z', '2026-11-01T00:00:00Z'),
      // Closed unmerged, and merged before the window but edited inside it.
      pull('2026-10-05T00:00:00Z', null),
      pull('2026-09-01T00:00:00Z', '2026-09-02T00:00:00Z', { updated_at: '2026-10-10T00:00:00Z' }),
    ];
    github = await standIn.start({ history: history({ pulls: [first, last, ...outside] }) });

    const fetched = await fetchPullRequests(testClient(github.url), spec());

    expect(fetched).toEqual([
      { number: first.number, created_at: first.created_at, merged_at: '2026-10-01T00:00:00Z', base: 'main' },
      { number: last.number, created_at: last.created_at, merged_at: '2026-10-31T23:59:59Z', base: 'main' },
    ]);
  });

  it('filters the base branch on the server', async () => {
    const release = pull('2026-10-02T00:00:00Z', '2026-10-03T00:00:00Z', { base: 'release' });
    github = await standIn.start({
      history: history({ pulls: [release, pull('2026-10-02T00:00:00Z', '2026-10-03T00:00:00Z')] }),
    });

    const fetched = await fetchPullRequests(testClient(github.url), spec('release'));

    expect(fetched.map((p) => p.number)).toEqual([release.number]);
    expect(github.requests[0]!.path).toContain('base=release');
  });

  it('stops at the first page last updated before the window', async () => {
    const old = Array.from({ length: 300 }, (_, i) =>
      pull(at('2026-05-01T00:00:00Z', i * 3600), at('2026-05-01T01:00:00Z', i * 3600)),
    );
    const recent = Array.from({ length: 150 }, (_, i) =>
      pull(at('2026-10-01T00:00:00Z', i * 3600), at('2026-10-01T01:00:00Z', i * 3600)),
    );
    github = await standIn.start({ history: history({ pulls: [...old, ...recent] }) });

    const fetched = await fetchPullRequests(testClient(github.url), spec());

    expect(fetched).toHaveLength(150);
    // Two pages, then the front once more for pull requests updated while they were read.
    expect(github.requests.filter((r) => r.path.includes('/pulls'))).toHaveLength(3);
    expect(github.requests[0]!.path).toMatch(/state=closed.*sort=updated.*direction=desc/);
  });
});

describe('fetchPullRequests while the repository changes between pages', () => {
  /** `count` pull requests merged an hour after they were opened, one an hour from Oct 2. */
  const hourly = (count: number) =>
    Array.from({ length: count }, (_, i) =>
      pull(at('2026-10-02T00:00:00Z', i * 3600), at('2026-10-02T01:00:00Z', i * 3600)),
    );
  const listings = (gh: FakeGitHub) => gh.requests.filter((r) => r.path.includes('/pulls?'));

  it('keeps a pull request that an update moved to the front, past the pages already read', async () => {
    // 250 merged pull requests, one an hour; the listing is sorted by last update, newest first.
    const pulls = hourly(250);
    const moved = pulls[20]!; // on the third page (250 − 20 = 230th newest)
    github = await standIn.start({
      history: history({ pulls }),
      beforeAnswer: (request) => {
        // After the first page was served, someone comments on an old pull request: it jumps to the front.
        if (request.path.includes('/pulls?') && request.path.includes('page=2')) {
          moved.updated_at = '2026-10-31T12:00:00Z';
        }
      },
    });

    const fetched = await fetchPullRequests(testClient(github.url), spec());

    expect(fetched.map((p) => p.number)).toEqual(pulls.map((p) => p.number));
    // Three pages, then the front once again, which found the moved one, then once more to be sure.
    expect(listings(github).length).toBe(5);
  });

  it('keeps a pull request merged while the listing was read, and counts the one the shift repeats once', async () => {
    const pulls = hourly(150);
    const open = pull('2026-10-20T00:00:00Z', null, { closed_at: null, updated_at: '2026-10-20T00:00:00Z' });
    github = await standIn.start({
      history: history({ pulls: [...pulls, open] }),
      beforeAnswer: (request) => {
        if (!request.path.includes('/pulls?') || !request.path.includes('page=2') || open.merged_at) return;
        const now = '2026-10-30T00:00:00Z';
        Object.assign(open, { merged_at: now, closed_at: now, updated_at: now });
      },
    });

    const fetched = await fetchPullRequests(testClient(github.url), spec());

    expect(fetched.map((p) => p.number)).toEqual([...pulls, open].map((p) => p.number));
  });

  it('costs one more request when nothing changed', async () => {
    const pulls = hourly(150);
    github = await standIn.start({ history: history({ pulls }) });

    expect(await fetchPullRequests(testClient(github.url), spec())).toHaveLength(150);
    const pages = listings(github).map((r) => new URL(r.path, 'http://x').searchParams.get('page'));
    expect(pages).toEqual([null, '2', null]);
  });
});
