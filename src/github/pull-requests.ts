/**
 * Pull requests merged in [since, until) (into `base`, if given). The pulls listing has no date filter, but
 * sorted by `updated` newest first it can stop early: a merge updates the pull request, so once a page reaches
 * pull requests last updated before `since`, none after it was merged in the window.
 *
 * The same order makes the listing move under us: a pull request updated (or merged) while we read jumps to the
 * front, past the pages already read, and every later one shifts one place down. So after the first pass the
 * front is read again, down to the newest update the first pass started from, until a pass finds nothing new;
 * pull requests are kept by number, so the shift's repeats count once.
 */
import type { Octokit } from '@octokit/rest';
import type { SourceSpec } from './sources.js';
import type { PullRequest } from './records.js';
import { epochMs } from './time.js';
import { inWindow } from '../model/window.js';

export type PullRequestsSpec = Extract<SourceSpec, { kind: 'pull-requests' }>;

/** Passes over the front after the first one; a repository that busy is read as of the last of them. */
const MAX_REREADS = 3;

type ListedPull = Awaited<ReturnType<Octokit['rest']['pulls']['list']>>['data'][number];

interface Seen {
  merged: Map<number, PullRequest>;
  /** Each listed pull request's `updated_at`, to tell a pass that found something new. */
  updated: Map<number, string>;
}

export async function fetchPullRequests(octokit: Octokit, spec: PullRequestsSpec): Promise<PullRequest[]> {
  const seen: Seen = { merged: new Map(), updated: new Map() };
  let pass = await readPass(octokit, spec, spec.since.getTime(), seen);
  for (let reread = 0; reread < MAX_REREADS; reread += 1) {
    // Anything updated after the pass began is at least as new as the newest it saw first.
    pass = await readPass(octokit, spec, pass.newest, seen);
    if (!pass.changed) break;
  }
  return [...seen.merged.values()].sort(
    (a, b) => epochMs(a.merged_at ?? '') - epochMs(b.merged_at ?? '') || a.number - b.number,
  );
}

/**
 * Pages newest first until one reaches pull requests last updated before `stopBefore` (ms). Returns the newest
 * update it saw (where the next pass must reach down to) and whether any pull request was new or had changed.
 */
async function readPass(
  octokit: Octokit,
  spec: PullRequestsSpec,
  stopBefore: number,
  seen: Seen,
): Promise<{ newest: number; changed: boolean }> {
  let newest = stopBefore;
  let changed = false;
  const pages = octokit.paginate.iterator(octokit.rest.pulls.list, { ...closedPullsQuery(spec), per_page: 100 });
  for await (const { data } of pages) {
    for (const pull of data) {
      newest = Math.max(newest, epochMs(pull.updated_at));
      if (seen.updated.get(pull.number) !== pull.updated_at) changed = true;
      seen.updated.set(pull.number, pull.updated_at);
      keepIfMerged(pull, spec, seen.merged);
    }
    const oldest = data.at(-1);
    if (!oldest || epochMs(oldest.updated_at) < stopBefore) break;
  }
  return { newest, changed };
}

/** The closed pull requests into `base`, most recently updated first (the cache asks its first page again). */
export function closedPullsQuery(spec: PullRequestsSpec) {
  return {
    owner: spec.owner,
    repo: spec.repo,
    state: 'closed' as const,
    base: spec.base,
    sort: 'updated' as const,
    direction: 'desc' as const,
  };
}

function keepIfMerged(pull: ListedPull, spec: PullRequestsSpec, merged: Map<number, PullRequest>): void {
  if (!inWindow(pull.merged_at, { start: spec.since, end: spec.until })) return;
  const { number, created_at, merged_at } = pull;
  merged.set(number, { number, created_at, merged_at, base: pull.base.ref });
}
