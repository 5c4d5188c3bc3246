/**
 * Pull requests merged in [since, until) (into `base`, if given). The pulls listing has no date filter, but
 * sorted by `updated` newest first it can stop early: a merge updates the pull request, so once a page reaches
 * pull requests last updated before `since`, none after it was merged in the window.
 */
import type { Octokit } from '@octokit/rest';
import type { SourceSpec } from './sources.js';
import type { PullRequest } from './records.js';
import { epochMs } from './time.js';
import { inWindow } from '../metrics/window.js';

export type PullRequestsSpec = Extract<SourceSpec, { kind: 'pull-requests' }>;

export async function fetchPullRequests(octokit: Octokit, spec: PullRequestsSpec): Promise<PullRequest[]> {
  const merged = new Map<number, PullRequest>();
  const pages = octokit.paginate.iterator(octokit.rest.pulls.list, {
    owner: spec.owner,
    repo: spec.repo,
    state: 'closed',
    base: spec.base,
    sort: 'updated',
    direction: 'desc',
    per_page: 100,
  });
  for await (const { data } of pages) {
    for (const pull of data) {
      if (inWindow(pull.merged_at, { start: spec.since, end: spec.until })) {
        merged.set(pull.number, {
          number: pull.number,
          created_at: pull.created_at,
          merged_at: pull.merged_at,
          base: pull.base.ref,
        });
      }
    }
    const oldest = data.at(-1);
    if (!oldest || epochMs(oldest.updated_at) < spec.since.getTime()) break;
  }
  return [...merged.values()].sort((a, b) => epochMs(a.merged_at ?? '') - epochMs(b.merged_at ?? '') || a.number - b.number);
}
