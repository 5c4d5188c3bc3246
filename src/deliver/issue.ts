/**
 * The tracking issue (SPEC §5): one open issue per title and OKR file, created by this action (marker and
 * author, not the title alone: anyone can open an issue with that title), its body replaced on every run.
 */
import type { Octokit } from '@octokit/rest';
import { upsertOwn, type DeliverLog, type DeliveryResult, type NextState, type Render } from './upsert.js';

/** Put on the issue when it is created; also how we list candidates without reading every open issue. */
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
}

interface OwnIssue {
  number: number;
  html_url: string;
  body?: string | null | undefined;
}

export async function upsertTrackingIssue(options: UpsertIssueOptions): Promise<DeliveryResult> {
  const { octokit, owner, repo, marker, render, state, identity, log } = options;
  const title = options.title.trim();
  if (title === '') throw new Error('The tracking issue needs a title: set the `issue` input.');

  const findOwn = async (): Promise<OwnIssue | undefined> => {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
      owner,
      repo,
      state: 'open',
      labels: TRACKING_LABEL,
      per_page: 100,
    });
    const ours = issues.filter(
      (i) => !i.pull_request && i.title === title && i.user?.login === identity && (i.body ?? '').includes(marker),
    );
    return ours.sort((a, b) => a.number - b.number)[0];
  };

  return upsertOwn({
    find: findOwn,
    update: async (existing, body) =>
      (await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body })).data,
    create: async (body) => (await octokit.rest.issues.create({ owner, repo, title, body, labels: [TRACKING_LABEL] })).data,
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
