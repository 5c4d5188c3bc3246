/**
 * The sticky PR comment (SPEC §5): one per pull request per OKR file, found by its hidden marker and by its
 * author being the token's own identity, edited in place on every run, never posted twice. Should two runs have
 * raced and both posted one, the oldest is kept and the others of ours are deleted.
 */
import type { Octokit } from '@octokit/rest';
import { statusOf } from '../github/errors.js';
import { upsertOwn, type DeliverLog, type DeliveryResult, type NextState, type Render } from './upsert.js';
import { carriesMarker } from './marker.js';

export interface UpsertCommentOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  prNumber: number;
  /** From `markerFor(okrsPath)`. */
  marker: string;
  render: Render;
  /** This run's state, hidden in the body for the next run (`previousRunFromReport(report)`); absent: keep the last. */
  state?: NextState;
  /** The login the token acts as (`resolveIdentity`). */
  identity: string;
  log: DeliverLog;
  /** `findOwnComments`' answer, when the caller looked ahead. */
  found?: Promise<OwnComment[]> | undefined;
}

export interface OwnComment {
  id: number;
  html_url: string;
  body?: string | null | undefined;
}

export type FindCommentsOptions = Pick<
  UpsertCommentOptions,
  'octokit' | 'owner' | 'repo' | 'prNumber' | 'marker' | 'identity'
>;

/** Our comments on the pull request (marker and author), oldest first. */
export async function findOwnComments(options: FindCommentsOptions): Promise<OwnComment[]> {
  const { octokit, owner, repo, prNumber, marker, identity } = options;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: prNumber,
    per_page: 100,
  });
  // GitHub lists an issue's comments oldest first (ascending id): the first is the one to keep.
  return comments
    .filter((c) => c.user?.login === identity && carriesMarker(c.body ?? '', marker))
    .sort((a, b) => a.id - b.id);
}

export async function upsertComment(options: UpsertCommentOptions): Promise<DeliveryResult> {
  const { octokit, owner, repo, prNumber, marker, render, state, log } = options;
  return upsertOwn({
    find: () => findOwnComments(options),
    found: options.found,
    update: async (existing, body) =>
      (await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body })).data,
    create: async (body) =>
      (await octokit.rest.issues.createComment({ owner, repo, issue_number: prNumber, body })).data,
    removeExtra: async (extra) => {
      try {
        await octokit.rest.issues.deleteComment({ owner, repo, comment_id: extra.id });
      } catch (error) {
        // Another run cleaning up at the same time got there first.
        if (statusOf(error) !== 404) throw error;
      }
    },
    marker,
    render,
    state,
    log,
    what: 'scorecard comment',
    denied: cannotCommentWarning(prNumber),
  });
}

function cannotCommentWarning(prNumber: number): string {
  return (
    `No scorecard comment on pull request #${prNumber}: the token may not write to it ` +
    '(a pull request from a fork gets a read-only token; otherwise the workflow needs ' +
    '`permissions: pull-requests: write`). The scorecard is in the job summary. To get the comment on pull ' +
    'requests from forks, run the action from a `pull_request_target` or `workflow_run` workflow, as the ' +
    'README shows under "Pull requests from forks".'
  );
}
