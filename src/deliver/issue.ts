/**
 * The tracking issue (SPEC §5): one open issue per title and OKR file, created by this action (marker and
 * author, not the title alone: anyone can open an issue with that title), its body replaced on every run.
 *
 * Found among all open issues, never by its label: GitHub silently drops the labels of an issue created by a
 * token without push access, and a person may take the label off. Extra ones of ours (runs that raced) are
 * closed as duplicates, with a comment that links the one kept.
 */
import type { Octokit } from '@octokit/rest';
import { statusOf } from '../github/errors.js';
import { upsertOwn, type DeliverLog, type DeliveryResult, type NextState, type Render } from './upsert.js';
import { carriesMarker } from './marker.js';

/** Put on the issue when it is created, for people to filter on; never what the action finds it by. */
export const TRACKING_LABEL = 'okr-scorecard';

export interface UpsertIssueOptions {
  octokit: Octokit;
  owner: string;
  repo: string;
  /** The `issue` input. */
  title: string;
  marker: string;
  render: Render;
  /** As for the comment: absent keeps the last run's state. */
  state?: NextState;
  identity: string;
  log: DeliverLog;
  /** `findOwnIssues`' answer, when the caller looked ahead. */
  found?: Promise<OwnIssue[]> | undefined;
}

export interface OwnIssue {
  id: number;
  number: number;
  html_url: string;
  body?: string | null | undefined;
  labels?: ReadonlyArray<string | { name?: string | undefined }>;
}

export type FindIssuesOptions = Pick<
  UpsertIssueOptions,
  'octokit' | 'owner' | 'repo' | 'title' | 'marker' | 'identity'
>;

/** Our open tracking issues of that title (marker and author), oldest first. */
export async function findOwnIssues(options: FindIssuesOptions): Promise<OwnIssue[]> {
  const { octokit, owner, repo, marker, identity } = options;
  const title = options.title.trim();
  // One request per 100 open issues (pull requests included): the price of not trusting the label.
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  const ours = issues.filter(
    (i) => !i.pull_request && i.title === title && i.user?.login === identity && carriesMarker(i.body ?? '', marker),
  );
  return ours.sort((a, b) => a.number - b.number);
}

export async function upsertTrackingIssue(options: UpsertIssueOptions): Promise<DeliveryResult> {
  const { octokit, owner, repo, marker, render, state, log } = options;
  const title = options.title.trim();
  if (title === '') throw new Error('The tracking issue needs a title: set the `issue` input.');

  return upsertOwn({
    find: () => findOwnIssues({ ...options, title }),
    found: options.found,
    update: async (existing, body) =>
      (await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body })).data,
    create: async (body) =>
      (await octokit.rest.issues.create({ owner, repo, title, body, labels: [TRACKING_LABEL] })).data,
    removeExtra: (extra, kept) => closeAsDuplicate(octokit, { owner, repo, extra, kept }),
    checkCreated: (created) => (hasLabel(created, TRACKING_LABEL) ? undefined : droppedLabelWarning(created.html_url)),
    marker,
    render,
    state,
    log,
    what: 'tracking issue',
    denied:
      'No tracking issue: the token may not write issues. Give the workflow `permissions: issues: write` ' +
      '(a pull request from a fork always gets a read-only token: keep the issue to scheduled runs).',
  });
}

interface CloseDuplicate {
  owner: string;
  repo: string;
  extra: OwnIssue;
  kept: OwnIssue;
}

/** Says where the scorecard went, then closes it as a duplicate of the one kept. */
async function closeAsDuplicate(octokit: Octokit, { owner, repo, extra, kept }: CloseDuplicate): Promise<void> {
  await octokit.rest.issues.createComment({
    owner,
    repo,
    issue_number: extra.number,
    body:
      `This scorecard continues in #${kept.number} (${kept.html_url}). Two runs of the OKR Scorecard action ` +
      'raced and both opened a tracking issue; the older one is kept and updated, so this one is closed.',
  });
  const close = { owner, repo, issue_number: extra.number, state: 'closed' as const };
  try {
    await octokit.rest.issues.update({ ...close, state_reason: 'duplicate', duplicate_issue_id: kept.id });
  } catch (error) {
    // A GitHub Enterprise Server that predates the `duplicate` reason refuses it: close it all the same.
    if (statusOf(error) !== 422) throw error;
    await octokit.rest.issues.update({ ...close, state_reason: 'not_planned' });
  }
}

function hasLabel(issue: OwnIssue, name: string): boolean {
  return (issue.labels ?? []).some((label) => (typeof label === 'string' ? label : label.name) === name);
}

function droppedLabelWarning(url: string): string {
  return (
    `GitHub dropped the \`${TRACKING_LABEL}\` label from the new tracking issue ${url}: only a token with push ` +
    'access to the repository may set labels (for the GITHUB_TOKEN, `permissions: contents: write`; for a ' +
    "GitHub App, the installation's Contents write permission). The issue is found by its hidden marker, so " +
    'it is still updated on every run; add the label by hand if you filter on it.'
  );
}
