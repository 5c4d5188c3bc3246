/**
 * The tracking issue (SPEC §5): one open issue per title and OKR file, created by this action (marker and
 * author, not the title alone: anyone can open an issue with that title), its body replaced on every run.
 */
import type { Octokit } from '@octokit/rest';
import type { PreviousRun } from '../report/model.js';
import type { DeliverLog, DeliveryResult, Render } from './comment.js';
import { composeBody, extractPreviousRun, renderBudget } from './marker.js';
import { createOnce, isPermissionDenied } from './upsert.js';

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
  state?: PreviousRun;
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

  try {
    const existing = await findOwn();
    const previous = extractPreviousRun(existing?.body);
    // A run with nothing to remember (an invalid OKR file) carries the last scorecard's figures forward.
    const kept = state ?? previous;
    const body = composeBody(render(previous, renderBudget(kept)), marker, kept);
    if (existing) {
      const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, body });
      log.info(`Updated the tracking issue: ${data.html_url}`);
      return { url: data.html_url };
    }
    const created = await createOnce<OwnIssue>({
      create: async () =>
        (await octokit.rest.issues.create({ owner, repo, title, body, labels: [TRACKING_LABEL] })).data,
      find: findOwn,
    });
    log.info(`Opened the tracking issue: ${created.html_url}`);
    return { url: created.html_url };
  } catch (error) {
    if (!isPermissionDenied(error)) throw error;
    const skipped =
      'No tracking issue: the token may not write issues. Give the workflow `permissions: issues: write` ' +
      '(a pull request from a fork always gets a read-only token: keep the issue to scheduled runs).';
    log.warning(skipped);
    return { skipped };
  }
}
