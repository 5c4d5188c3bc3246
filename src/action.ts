/**
 * The action, from the runner's environment and inputs to the delivered scorecard (SPEC §5). main.ts passes
 * the environment, `@actions/core` and the clock in; this returns the failure message (if the step should fail)
 * instead of calling setFailed itself.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type * as Core from '@actions/core';
import type { Report } from './report/model.js';
import type { OkrFile } from './okrs/model.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { parseOkrFile } from './okrs/parse.js';
import { formatOkrError } from './okrs/format.js';
import { createGitHubClient, type GitHubClient } from './github/client.js';
import { scorecard } from './engine.js';
import { coachRun } from './coaching.js';
import { workspaceFileReader } from './io/workspace.js';
import { renderComment, renderSummary } from './report/markdown.js';
import { renderFileErrors } from './report/file-errors.js';
import { writeSummary } from './deliver/summary.js';
import { setOutputs, writeJsonReport } from './deliver/outputs.js';
import { annotateErrors, annotateFindings } from './deliver/annotations.js';
import { decideComment } from './deliver/event.js';
import { markerFor, previousRunFromReport } from './deliver/marker.js';
import { upsertComment, type DeliveryResult, type Render } from './deliver/comment.js';
import { upsertTrackingIssue } from './deliver/issue.js';
import { resolveIdentity } from './deliver/identity.js';
import { failureFor } from './fail-on.js';

export interface ActionContext {
  env: NodeJS.ProcessEnv;
  core: typeof Core;
  now: Date;
}

export async function runAction({ env, core, now }: ActionContext): Promise<{ failure?: string }> {
  const read = readInputs((name) => core.getInput(name), env.GITHUB_REPOSITORY ?? '');
  if (!read.ok) return { failure: read.errors.join('\n') };
  const inputs = read.inputs;

  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const text = await readOkrText(workspace, inputs.okrs);
  if (text === undefined) {
    return {
      failure: `OKR file ${inputs.okrs} not found in the workspace: run actions/checkout before this step, or set the \`okrs\` input to its path.`,
    };
  }
  const parsed = parseOkrFile(text, inputs.okrs);
  if (!parsed.ok) {
    annotateErrors(parsed.errors, core);
    for (const error of parsed.errors) core.info(formatOkrError(error));
    if (inputs.summary) await writeSummary(renderFileErrors(inputs.okrs, parsed.errors), core.summary, core);
    core.setOutput('status', 'error');
    core.setOutput('score', '');
    const failure = `${inputs.okrs} is not a valid OKR file (${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'}, annotated above).`;
    return inputs.failOn === 'never' ? {} : { failure };
  }

  const octokit = createGitHubClient({
    token: inputs.token || undefined,
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    // Octokit logs every failed request as an error; the failures that matter reach the report as key result errors.
    log: { debug: () => {}, info: core.info, warn: core.warning, error: (message) => core.debug(message) },
  });
  const event = await readEvent(env.GITHUB_EVENT_PATH);
  const eventName = env.GITHUB_EVENT_NAME ?? '';

  const report = await scorecard({
    okrs: parsed.okrs,
    repository: inputs.repository,
    asOf: inputs.asOf ?? now,
    now,
    octokit,
    metrics: inputs.metrics,
    readWorkspaceFile: workspaceFileReader(workspace),
  });
  const coaching = await coachRun({
    octokit,
    okrs: parsed.okrs,
    report,
    repository: inputs.repository,
    base: pullRequestBase(event, inputs.okrs),
  });
  report.findings = coaching.findings;
  for (const note of coaching.notes) core.info(`Coaching: ${note}`);
  annotateFindings(report.findings, inputs.okrs, core);

  const reportPath = await writeJsonReport(report, env.RUNNER_TEMP || workspace);
  setOutputs(report, reportPath, (name, value) => core.setOutput(name, value));
  if (inputs.summary) await writeSummary(withChanges(renderSummary(report), coaching.changes), core.summary, core);
  await deliver({ core, env, inputs, octokit, report, okrs: parsed.okrs, event, eventName, changes: coaching.changes });

  logRequests(core, octokit);
  return { failure: failureFor(inputs.failOn, report) };
}

async function readOkrText(workspace: string, path: string): Promise<string | undefined> {
  try {
    return await readFile(resolve(workspace, path), 'utf8');
  } catch {
    return undefined;
  }
}

async function readEvent(path: string | undefined): Promise<unknown> {
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return {};
  }
}

/** On a pull request: the OKR file as it is on the base commit, for the goalpost guard. */
function pullRequestBase(event: unknown, path: string): { repository: string; path: string; ref: string } | undefined {
  const pr = (event as { pull_request?: { base?: { sha?: unknown; repo?: { full_name?: unknown } } } })?.pull_request;
  const sha = pr?.base?.sha;
  const repository = pr?.base?.repo?.full_name;
  if (typeof sha !== 'string' || typeof repository !== 'string') return undefined;
  return { repository, path: path.replace(/^\.\//, ''), ref: sha };
}

function withChanges(markdown: string, changes: string): string {
  return changes ? `${markdown.trimEnd()}\n\n${changes}` : markdown;
}

interface DeliverInput {
  core: typeof Core;
  env: NodeJS.ProcessEnv;
  inputs: ActionInputs;
  octokit: GitHubClient;
  report: Report;
  okrs: OkrFile;
  event: unknown;
  eventName: string;
  changes: string;
}

/** The PR comment and the tracking issue. A channel that fails warns; it never loses the other outputs. */
async function deliver(input: DeliverInput): Promise<void> {
  const { core, env, inputs, octokit, report, event, eventName } = input;
  const decision = decideComment(inputs.comment, eventName, event);
  if (!decision.post && decision.warning) core.warning(decision.warning);
  if (!decision.post && !inputs.issue) return;

  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY || inputs.repository).split('/');
  const marker = markerFor(inputs.okrs);
  const state = previousRunFromReport(report);
  const summaryUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const render: Render = (previous, maxChars) =>
    withChanges(
      renderComment(report, { marker, previous, summaryUrl, maxChars: maxChars - input.changes.length - 2 }),
      input.changes,
    );
  const log = { info: core.info, warning: core.warning };
  const common = { octokit, owner, repo, marker, render, state, log };

  const channel = async (output: string, what: string, send: (identity: string) => Promise<DeliveryResult>) => {
    try {
      const result = await send(await resolveIdentity(octokit));
      if ('url' in result) {
        core.setOutput(output, result.url);
        core.info(`${what}: ${result.url}`);
      }
      // A skipped channel has already warned, with the reason and what to do.
    } catch (error) {
      core.warning(`The ${what} was not updated: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (decision.post) {
    const prNumber = decision.prNumber;
    await channel('comment-url', 'PR comment', (identity) => upsertComment({ ...common, prNumber, identity }));
  }
  if (inputs.issue) {
    const title = inputs.issue;
    await channel('issue-url', 'tracking issue', (identity) => upsertTrackingIssue({ ...common, title, identity }));
  }
}

function logRequests(core: typeof Core, octokit: GitHubClient): void {
  const stats = octokit.stats();
  core.startGroup(`GitHub API: ${stats.requests} requests`);
  core.info(`Requests: ${stats.requests} (of which retries: ${stats.retries})`);
  if (stats.rateLimit) {
    core.info(
      `Rate limit left: ${stats.rateLimit.remaining} of ${stats.rateLimit.limit}, resets ${stats.rateLimit.reset.toISOString()}`,
    );
  }
  core.endGroup();
}
