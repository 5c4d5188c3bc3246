/**
 * The stand-in's git: compare answers what GitHub's description says (commits reachable from head and not from
 * base, oldest first; without paging parameters the most recent 250; with them, pages of the whole comparison and
 * `Link` headers), the commit listing is git log, and GraphQL serves a deployment's commit and its history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../src/fake-github/index.js';
import { compareCommits, compareRequests } from '../../src/github/commits.js';
import { testClient } from '../github/support/history.js';
import { call, links } from './helpers.js';
import { gitHistory, history } from './fixture.js';

let gh: FakeGitHub;
const { shas, commits } = gitHistory();
beforeAll(async () => {
  gh = await startFakeGitHub({ history: history(1) });
});
afterAll(async () => {
  await gh.close();
});

interface Comparison {
  status: string;
  ahead_by: number;
  behind_by: number;
  total_commits: number;
  commits: { sha: string; parents: { sha: string }[]; commit: { author: { date: string } } }[];
  files: unknown[];
  merge_base_commit: { sha: string };
}

const compare = (basehead: string, query = '') =>
  call<Comparison>(gh, `/repos/acme/payments/compare/${basehead}${query}`);

describe('compare', () => {
  it('lists what head reaches and base does not, oldest first, with the merge commit and its parents', async () => {
    const { status, body } = await compare(`${shas.root}...${shas.merge}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ahead', ahead_by: 3, behind_by: 0, total_commits: 3, files: [] });
    expect(body.commits.map((c) => c.parents.length)).toEqual([1, 1, 2]);
    expect(body.commits.map((c) => c.commit.author.date)).toEqual([
      '2026-09-02T00:00:00Z',
      '2026-09-03T00:00:00Z',
      '2026-09-04T00:00:00Z',
    ]);
    expect(body.merge_base_commit.sha).toBe(shas.root);
  });

  it('the other way round is behind, with no commits', async () => {
    const { body } = await compare(`${shas.merge}...${shas.root}`);
    expect(body).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 3, total_commits: 0, commits: [] });
  });

  it('without paging parameters answers the most recent 250 commits, the last the newest of all', async () => {
    const { headers, body } = await compare(`${shas.root}...${shas.tip}`);
    expect(body.total_commits).toBe(303);
    expect(body.commits).toHaveLength(250);
    expect(body.commits.at(-1)!.sha).toBe(shas.tip);
    expect(body.commits[0]!.sha).toBe(commits[54]!.sha);
    expect(headers.get('link')).toBeNull();
  });

  it('with per_page and page, pages the whole comparison oldest first, with Link headers', async () => {
    const first = await compare(`${shas.root}...${shas.tip}`, '?per_page=100');
    expect(first.body.commits.map((c) => c.sha)).toEqual(commits.slice(1, 101).map((c) => c.sha));
    expect(links(first.headers).next).toContain('page=2');
    expect(links(first.headers).last).toContain('page=4');
    const last = await compare(`${shas.root}...${shas.tip}`, '?per_page=100&page=4');
    expect(last.body.commits.map((c) => c.sha)).toEqual(commits.slice(301).map((c) => c.sha));
  });

  it('answers 404 for a sha it does not have', async () => {
    expect((await compare(`${'0'.repeat(40)}...${shas.tip}`)).status).toBe(404);
  });
});

describe('compareCommits', () => {
  it('reads a comparison of more than 250 commits in full, in the fewest requests GitHub allows', async () => {
    const before = gh.requests.length;
    const read = await compareCommits(testClient(gh.url), {
      owner: 'acme',
      repo: 'payments',
      base: shas.root,
      head: shas.tip,
    });
    expect(new Set(read.commits.map((c) => c.sha))).toEqual(new Set(commits.slice(1).map((c) => c.sha)));
    expect(read.behindBy).toBe(0);
    // The most recent 250, then the 53 oldest: page 1 of 100.
    expect(gh.requests.length - before).toBe(compareRequests(303));
    expect(compareRequests(303)).toBe(2);
  });

  it('a vanished sha delivered nothing measurable', async () => {
    const read = await compareCommits(testClient(gh.url), {
      owner: 'acme',
      repo: 'payments',
      base: 'f'.repeat(40),
      head: shas.tip,
    });
    expect(read.commits).toEqual([]);
  });
});

describe('commit listing', () => {
  it('is git log from the default branch, newest first, paged', async () => {
    const { body, headers } = await call<{ sha: string }[]>(gh, '/repos/acme/payments/commits?per_page=5');
    expect(body.map((c) => c.sha)).toEqual(
      commits
        .slice(-5)
        .reverse()
        .map((c) => c.sha),
    );
    expect(links(headers).next).toContain('page=2');
  });

  it('one commit by sha', async () => {
    const { body } = await call<{ sha: string; parents: unknown[] }>(gh, `/repos/acme/payments/commits/${shas.merge}`);
    expect(body.sha).toBe(shas.merge);
    expect(body.parents).toHaveLength(2);
  });
});

describe('GraphQL', () => {
  it("serves a deployment's commit, its parents and its history", async () => {
    const query = `query {
      repository(owner: "acme", name: "payments") {
        deployments(first: 10) { nodes { databaseId commitOid commit { oid authoredDate committedDate
          parents(first: 2) { totalCount } history(first: 2) { totalCount nodes { oid } } } } }
      }
    }`;
    const { body } = await call<{
      data: {
        repository: {
          deployments: {
            nodes: {
              databaseId: number;
              commitOid: string;
              commit: {
                oid: string;
                parents: { totalCount: number };
                history: { totalCount: number; nodes: { oid: string }[] };
              } | null;
            }[];
          };
        };
      };
    }>(gh, '/graphql', { method: 'POST', body: { query } });
    const byId = new Map(body.data.repository.deployments.nodes.map((d) => [d.databaseId, d]));
    expect(byId.get(301)!.commit).toMatchObject({ oid: shas.merge, parents: { totalCount: 2 } });
    expect(byId.get(301)!.commit!.history.totalCount).toBe(4);
    expect(byId.get(303)!.commit!.history.nodes[0]!.oid).toBe(shas.tip);
    // A deployment of a sha the history has no commit for: commitOid, but no commit.
    expect(byId.get(302)!.commit).toBeNull();
    expect(byId.get(302)!.commitOid).toMatch(/^[0-9a-f]{40}$/);
  });
});
