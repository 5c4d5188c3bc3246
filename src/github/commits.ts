/**
 * The commits one deployment delivered: GitHub's compare of two shas (`GET /repos/{o}/{r}/compare/{base}...{head}`,
 * its `commits`: reachable from head, not from base). A comparison of two shas never changes, so this is the one
 * function a cache can keep answers for.
 *
 * Cheapest exact reading, per GitHub's description of the route: without paging parameters it answers the most
 * recent 250 commits (and `total_commits`); with `per_page`/`page` it pages the whole comparison in chronological
 * order. So one request when there are at most 250; beyond, pages of 100 from the oldest until every commit is
 * in hand (commits are kept by sha, so pages that overlap the first answer cost nothing but themselves).
 */
import type { Octokit } from '@octokit/rest';
import type { DeliveredCommit } from './records.js';

/** GitHub's answer without paging parameters holds at most this many commits. */
const UNPAGED_COMMITS = 250;
const PER_PAGE = 100;

export interface CommitRange {
  owner: string;
  repo: string;
  base: string;
  head: string;
}

type Comparison = Awaited<ReturnType<Octokit['rest']['repos']['compareCommitsWithBasehead']>>['data'];

export interface Compared {
  /** Reachable from head and not from base. */
  commits: DeliveredCommit[];
  /** How many commits base has that head has not: the size of the reverse comparison (0: base is in head). */
  behindBy: number;
}

export async function compareCommits(octokit: Octokit, range: CommitRange): Promise<Compared> {
  const basehead = `${range.base}...${range.head}`;
  const request = { owner: range.owner, repo: range.repo, basehead };
  let first: Comparison;
  try {
    first = (await octokit.rest.repos.compareCommitsWithBasehead(request)).data;
  } catch (error) {
    // A sha GitHub no longer has (force-pushed away and collected), or two without common history: nothing
    // can be said of what was delivered.
    const status = (error as { status?: number }).status;
    if (status === 404 || status === 422) return { commits: [], behindBy: Number.NaN };
    throw error;
  }
  const commits = new Map(first.commits.map((commit) => [commit.sha, delivered(commit)]));
  for (let page = 1; commits.size < first.total_commits; page += 1) {
    if ((page - 1) * PER_PAGE >= first.total_commits) break;
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ ...request, per_page: PER_PAGE, page });
    for (const commit of data.commits) commits.set(commit.sha, delivered(commit));
  }
  return { commits: [...commits.values()], behindBy: first.behind_by };
}

/** Requests compareCommits sends for a comparison of `total` commits, when GitHub's pages line up (the floor). */
export function compareRequests(total: number): number {
  return total <= UNPAGED_COMMITS ? 1 : 1 + Math.ceil((total - UNPAGED_COMMITS) / PER_PAGE);
}

function delivered(commit: Comparison['commits'][number]): DeliveredCommit {
  return { sha: commit.sha, parents: commit.parents.length, authoredAt: commit.commit.author?.date ?? null };
}
