/**
 * The channels that post to GitHub, in order: the PR comment, then the tracking issue (SPEC §5). Each one that
 * fails warns; none loses the other, nor the outputs, summary and report written before.
 */
import type { Octokit } from '@octokit/rest';
import type { ActionInputs } from '../inputs.js';
import { upsertComment } from './comment.js';
import { decideComment } from './event.js';
import { resolveIdentity } from './identity.js';
import { upsertTrackingIssue } from './issue.js';
import type { DeliveryResult, NextState, Render } from './upsert.js';

/** The part of `@actions/core` the channels use. */
export interface ChannelSink {
  info(message: string): void;
  warning(message: string): void;
  setOutput(name: string, value: string): void;
}

export interface DeliverChannelsInput {
  sink: ChannelSink;
  /** Where the workflow runs (GITHUB_REPOSITORY) and what triggered it. */
  runner: { repository: string; eventName: string; payload: unknown };
  inputs: Pick<ActionInputs, 'comment' | 'issue' | 'repository'>;
  octokit: Octokit;
  marker: string;
  /** The comment or issue body, given what the last one carried and the room there is. */
  render: Render;
  /** The tracking issue's body, when it differs from the comment's. */
  renderIssue?: Render;
  /** What the next run compares with (or how to make it from the last); absent: keep what the last body carried. */
  state?: NextState;
}

export async function deliverChannels(input: DeliverChannelsInput): Promise<void> {
  const { sink, runner, inputs, octokit, marker, render, state } = input;
  const decision = decideComment(inputs.comment, runner.eventName, runner.payload);
  if (!decision.post && decision.warning) sink.warning(decision.warning);
  if (!decision.post && !inputs.issue) return;

  // The comment and the issue go where the workflow runs, even when another repository is measured.
  const [owner = '', repo = ''] = (runner.repository || inputs.repository).split('/');
  let identity: string;
  try {
    identity = await resolveIdentity(octokit);
  } catch (error) {
    sink.warning(`No PR comment or tracking issue: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  const log = { info: (message: string) => sink.info(message), warning: (message: string) => sink.warning(message) };
  const common = { octokit, owner, repo, marker, render, state, log, identity };

  // Each channel logs its own URL or, when skipped, its warning with what to do; a failure never loses the rest.
  const channel = async (output: string, what: string, send: () => Promise<DeliveryResult>) => {
    try {
      const result = await send();
      if ('url' in result) sink.setOutput(output, result.url);
    } catch (error) {
      sink.warning(`The ${what} was not updated: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (decision.post) {
    const prNumber = decision.prNumber;
    await channel('comment-url', 'PR comment', () => upsertComment({ ...common, prNumber }));
  }
  if (inputs.issue) {
    const title = inputs.issue;
    const render = input.renderIssue ?? common.render;
    await channel('issue-url', 'tracking issue', () => upsertTrackingIssue({ ...common, render, title }));
  }
}
