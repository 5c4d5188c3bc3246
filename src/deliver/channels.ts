/**
 * The channels that post to GitHub, in order: the PR comment, then the tracking issue (SPEC §5). Each one that
 * fails warns; none loses the other, nor the outputs, summary and report written before.
 */
import type { Octokit } from '@octokit/rest';
import { findOwnComments, upsertComment } from './comment.js';
import { decideComment, type CommentMode } from './event.js';
import { resolveIdentity } from './identity.js';
import { findOwnIssues, upsertTrackingIssue } from './issue.js';
import type { PreviousRun } from '../report/model.js';
import { extractPreviousRun } from './marker.js';
import type { DeliveryResult, NextState, OwnItem, Render } from './upsert.js';
import { errorMessage } from '../model/error-message.js';

/** The part of `@actions/core` the channels use. */
interface ChannelSink {
  info(message: string): void;
  warning(message: string): void;
  setOutput(name: string, value: string): void;
}

export interface OpenChannelsInput {
  sink: ChannelSink;
  /** Where the workflow runs (GITHUB_REPOSITORY) and what triggered it. */
  runner: { repository: string; eventName: string; payload: unknown };
  /** The action's `comment`, `issue` and `repository` inputs. */
  inputs: { comment: CommentMode; issue: string; repository: string };
  octokit: Octokit;
  marker: string;
}

interface Renderers {
  /** The comment or issue body, given what the last one carried and the room there is. */
  render: Render;
  /** The tracking issue's body, when it differs from the comment's. */
  renderIssue?: Render;
  /** What the next run compares with (or how to make it from the last); absent: keep what the last body carried. */
  state?: NextState;
}

export type DeliverChannelsInput = OpenChannelsInput & Renderers;

/** The channels of a run, looked up once: what their last bodies carried, and how to post the new ones. */
export interface OpenChannels {
  /**
   * The state the last body carried (the tracking issue's, which scheduled runs keep, else the PR comment's):
   * a `value` key result's history comes from it (SPEC §9), for the summary and the JSON report too.
   */
  carried: PreviousRun | undefined;
  deliver(renderers: Renderers): Promise<void>;
}

export async function deliverChannels(input: DeliverChannelsInput): Promise<void> {
  await (await openChannels(input)).deliver(input);
}

/**
 * Decides the channels, learns whose token this is and looks for our comment and issue, once: the answers serve
 * both the state read before scoring and the update after it. A look that fails is reported by its channel.
 */
export async function openChannels(input: OpenChannelsInput): Promise<OpenChannels> {
  const { sink, runner, inputs, octokit, marker } = input;
  const none: OpenChannels = { carried: undefined, deliver: async () => {} };
  const decision = decideComment(inputs.comment, runner.eventName, runner.payload);
  if (!decision.post && decision.warning) sink.warning(decision.warning);
  if (!decision.post && !inputs.issue) return none;

  // The comment and the issue go where the workflow runs, even when another repository is measured.
  const [owner = '', repo = ''] = (runner.repository || inputs.repository).split('/');
  let identity: string;
  try {
    identity = await resolveIdentity(octokit);
  } catch (error) {
    sink.warning(`No PR comment or tracking issue: ${errorMessage(error)}`);
    return none;
  }
  const where = { octokit, owner, repo, marker, identity };
  const prNumber = decision.post ? decision.prNumber : undefined;
  const title = inputs.issue.trim();
  const comments = prNumber === undefined ? undefined : findOwnComments({ ...where, prNumber });
  const issues = title ? findOwnIssues({ ...where, title }) : undefined;
  // Both looks run while the summary and the report are written; a failed one is its channel's to report (when it
  // awaits it), so mark them handled now: an unhandled rejection would end the step with a stack trace.
  for (const look of [comments, issues]) look?.catch(() => {});
  const carriedBy = async (found: Promise<OwnItem[]> | undefined) =>
    found?.then((items) => extractPreviousRun(items[0]?.body)).catch(() => undefined);
  const carried = (await carriedBy(issues)) ?? (await carriedBy(comments));

  const log = { info: (message: string) => sink.info(message), warning: (message: string) => sink.warning(message) };
  // Each channel logs its own URL or, when skipped, its warning with what to do; a failure never loses the rest.
  const channel = async (output: string, what: string, send: () => Promise<DeliveryResult>) => {
    try {
      const result = await send();
      if ('url' in result) sink.setOutput(output, result.url);
    } catch (error) {
      sink.warning(`The ${what} was not updated: ${errorMessage(error)}`);
    }
  };
  const deliver = async ({ render, renderIssue, state }: Renderers) => {
    const common = { ...where, render, state, log };
    if (prNumber !== undefined) {
      await channel('comment-url', 'PR comment', () => upsertComment({ ...common, prNumber, found: comments }));
    }
    if (inputs.issue) {
      const issueRender = renderIssue ?? render;
      await channel('issue-url', 'tracking issue', () =>
        upsertTrackingIssue({ ...common, render: issueRender, title: inputs.issue, found: issues }),
      );
    }
  };
  return { carried, deliver };
}
