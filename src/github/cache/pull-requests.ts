/**
 * Pull requests through the cache (SPEC §14): a merge updates a pull request, and a merged one stays merged, so
 * the next run reads the closed pull requests updated since the last read (less a minute) and adds those merged.
 * The first page (the most recently updated, a query that repeats) is asked with its ETag.
 */
import type { Octokit } from '@octokit/rest';
import type { PullRequest } from '../records.js';
import { closedPullsQuery, fetchPullRequests, type PullRequestsSpec } from '../pull-requests.js';
import { epochMs } from '../time.js';
import { inWindow } from '../../model/window.js';
import type { PullsEntry } from './format.js';
import { getPage, PER_PAGE } from './conditional.js';
import { OVERLAP_MS } from './timing.js';

interface ListedPull {
  number: number;
  created_at: string;
  updated_at: string;
  merged_at: string | null;
  base: { ref: string };
}

export function coldPullsEntry(
  records: PullRequest[],
  spec: PullRequestsSpec,
  readAt: number,
): Omit<PullsEntry, 'fullRead'> {
  return { kind: 'pull-requests', readAt, since: spec.since.getTime(), etag: null, pulls: records.map(narrow) };
}

export async function readPullsWarm(
  octokit: Octokit,
  spec: PullRequestsSpec,
  entry: PullsEntry,
  readAt: number,
): Promise<{ records: PullRequest[]; entry: PullsEntry }> {
  const window = { start: spec.since, end: spec.until };
  const byNumber = new Map<number, PullRequest>();
  for (const pull of entry.pulls) if (inWindow(pull.merged_at, window)) byNumber.set(pull.number, pull);
  const after = entry.readAt - OVERLAP_MS;
  const params = { ...closedPullsQuery(spec), page: 1 };
  const first = await getPage<ListedPull[]>(octokit, 'GET /repos/{owner}/{repo}/pulls', params, entry.etag);
  if (first.data !== null) {
    const oldest = first.data.at(-1);
    if (first.data.length < PER_PAGE || (oldest && epochMs(oldest.updated_at) < after)) {
      for (const pull of first.data) {
        if (!inWindow(pull.merged_at, window)) continue;
        byNumber.set(pull.number, narrow({ ...pull, base: pull.base.ref }));
      }
    } else {
      // More changed than a page holds: the listing's own read, which re-reads the front as it shifts.
      const since = new Date(Math.max(after, spec.since.getTime()));
      for (const pull of await fetchPullRequests(octokit, { ...spec, since })) byNumber.set(pull.number, pull);
    }
  }
  const pulls = [...byNumber.values()].sort(
    (a, b) => epochMs(a.merged_at ?? '') - epochMs(b.merged_at ?? '') || a.number - b.number,
  );
  return { records: pulls, entry: { ...entry, readAt, since: spec.since.getTime(), etag: first.etag, pulls } };
}

function narrow(pull: PullRequest): PullRequest {
  const { number, created_at, merged_at, base } = pull;
  return { number, created_at, merged_at, base };
}
