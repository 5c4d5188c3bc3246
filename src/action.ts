/**
 * The action, from the runner's context and inputs to the delivered scorecard (SPEC §5). main.ts passes the
 * runner's context, `@actions/core` and the clock in; this returns the failure message (if the step should fail)
 * instead of calling setFailed itself.
 */
import type * as Core from '@actions/core';
import type { RequestsReport } from './report/model.js';
import { readInputs } from './inputs.js';

import { parseOkrFile } from './okrs/parse.js';
import { formatOkrError } from './okrs/error-line.js';
import { createGitHubClient, type GitHubClient } from './github/client.js';
import { deadlineSignal, measuringDeadlineMessage } from './github/deadline.js';
import { formatDuration } from './report/format.js';
import { completeScorecard } from './coach/coach-run.js';
import { workspaceFileReader, WorkspacePathError } from './io/workspace.js';
import { renderComment, renderSummary } from './report/markdown.js';
import { createRedactor, redactingAnnotator, redactWrites, secretForms, type Redact } from './report/redact.js';
import { renderFileErrors } from './report/file-errors.js';
import { writeSummary } from './deliver/summary.js';
import { setOutputs, writeJsonReport } from './deliver/outputs.js';
import { annotateErrors, annotateFindings, limitAnnotations } from './deliver/annotations.js';
import { markerFor, previousRunFromReport } from './deliver/marker.js';
import { deliverChannels, openChannels } from './deliver/channels.js';
import { withValueHistory } from './trend/value-history.js';
import type { PreviousRun } from './report/model.js';
import { failureFor } from './fail-on.js';

/** What the runner tells the step (GitHub sets these; see main.ts). */
export interface RunnerContext {
  /** GITHUB_REPOSITORY: `owner/name` the workflow runs in. */
  repository: string;
  eventName: string;
  /** The event payload (GITHUB_EVENT_PATH's JSON); untrusted, validated where read. */
  payload: unknown;
  apiUrl: string;
  serverUrl: string;
  runId: number;
  workspace: string;
  runnerTemp: string;
}

export interface ActionContext {
  runner: RunnerContext;
  core: typeof Core;
  now: Date;
}

/** The step, its annotations kept within what GitHub shows (10 of each kind, the failure included). */
export async function runAction(context: ActionContext): Promise<{ failure?: string }> {
  // SPEC §7: the runner masks the token in the log; everything we publish is redacted at its sink with `redact`
  // (annotations here, before they are counted; the summary, the JSON report and every API write in runStep).
  const token = context.core.getInput('github-token').trim();
  if (token) for (const form of secretForms(token)) context.core.setSecret(form);
  const redact = createRedactor([token]);
  const annotations = limitAnnotations(redactingAnnotator(context.core, redact));
  const core = { ...context.core, error: annotations.error, warning: annotations.warning, notice: annotations.notice };
  let failing = true;
  try {
    const outcome = await runStep({ ...context, core }, redact);
    failing = outcome.failure !== undefined;
    return outcome.failure === undefined ? outcome : { failure: redact(outcome.failure) };
  } finally {
    annotations.finish({ failing });
  }
}

async function runStep({ runner, core, now }: ActionContext, redact: Redact): Promise<{ failure?: string }> {
  const read = readInputs((name) => core.getInput(name), runner.repository);
  if (!read.ok) return { failure: read.errors.join('\n') };
  const inputs = read.inputs;

  // The OKR file may come from a pull request: it is read like any file it names, never from outside the workspace.
  const readWorkspaceFile = workspaceFileReader(runner.workspace);
  let text: string;
  try {
    text = readWorkspaceFile(inputs.okrs);
  } catch (error) {
    if (error instanceof WorkspacePathError && error.reason !== 'missing') {
      return { failure: `OKR file: ${error.message}` };
    }
    return {
      failure: `OKR file ${inputs.okrs} not found in the workspace: run actions/checkout before this step, or set the \`okrs\` input to its path.`,
    };
  }
  // Measuring has the `deadline` input's time; delivering the comment and the issue then has a minute of its own.
  const measuring = measuringDeadlineMessage(formatDuration(inputs.deadline), 'the `deadline` input');
  let deadline = deadlineSignal(inputs.deadline, measuring);
  const octokit = createGitHubClient({
    token: inputs.token || undefined,
    baseUrl: runner.apiUrl,
    deadline: () => deadline,
    // Octokit logs every request (info) and every failed one (error): debug detail. The failures that matter reach
    // the report as key result errors, and the totals the collapsed group at the end.
    // Its warnings (rate limits, retries) are the log's: they would crowd the findings out of the annotations.
    log: {
      debug: () => {},
      info: (message) => core.debug(message),
      warn: (message) => core.info(message),
      error: (message) => core.debug(message),
    },
  });
  redactWrites(octokit, redact);
  const marker = markerFor(inputs.okrs);

  const parsed = parseOkrFile(text, inputs.okrs);
  if (!parsed.ok) {
    annotateErrors(parsed.errors, core);
    for (const error of parsed.errors) core.info(redact(formatOkrError(error)));
    const errors = renderFileErrors(inputs.okrs, parsed.errors);
    if (inputs.summary) await writeSummary(errors, core.summary, core, redact);
    core.setOutput('status', 'error');
    core.setOutput('score', '');
    // The pull request that broke the file is where to say so; the last scorecard's figures are kept for later.
    await deliverChannels({ sink: core, runner, inputs, octokit, marker, render: () => `${marker}\n${errors}` });
    const failure = `${inputs.okrs} is not a valid OKR file (${parsed.errors.length} error${parsed.errors.length === 1 ? '' : 's'}, annotated above).`;
    return inputs.failOn === 'never' ? {} : { failure };
  }

  const { report: scored, notes } = await completeScorecard({
    okrs: parsed.okrs,
    repository: inputs.repository,
    asOf: inputs.asOf ?? now,
    now,
    octokit,
    metrics: inputs.metrics,
    readWorkspaceFile,
    rateLimitReserve: inputs.rateLimitReserve,
    // The identity the delivery needs comes with the first GraphQL query (`knownViewer`), not a request of its own.
    askViewer: true,
    log: { info: (message) => core.info(message), warn: (message) => core.warning(message) },
    base: pullRequestBase(runner.payload, inputs.okrs),
  });
  for (const note of notes) core.info(redact(`Coaching: ${note}`));
  annotateFindings(scored.findings, inputs.okrs, core);

  // The comment and the issue are looked up once, now: a `value` key result's history lives in the body they
  // carry (SPEC §9), and the summary and the JSON report show that series too.
  deadline = deadlineSignal(DELIVERY_SECONDS, `GitHub did not answer within the ${DELIVERY_SECONDS} s for delivery`);
  const channels = await openChannels({ sink: core, runner, inputs, octokit, marker });
  const report = withValueHistory(scored, channels.carried);

  const reportPath = await writeJsonReport(report, runner.runnerTemp, redact).catch((error: unknown) => {
    core.warning(`The JSON report was not written (${error instanceof Error ? error.message : String(error)}).`);
    return '';
  });
  setOutputs(report, reportPath, (name, value) => core.setOutput(name, value));
  if (inputs.summary) await writeSummary(renderSummary(report), core.summary, core, redact);
  const summaryUrl =
    runner.repository && runner.runId ? `${runner.serverUrl}/${runner.repository}/actions/runs/${runner.runId}` : undefined;
  const renderBody = (previous: PreviousRun | undefined, maxChars: number, charts: boolean): string =>
    renderComment(withValueHistory(scored, previous), { marker, previous, summaryUrl, maxChars, charts });
  await channels.deliver({
    // Each body's own history: the comment's and the issue's may differ (a PR's runs, the scheduled ones).
    state: (previous) => previousRunFromReport(withValueHistory(scored, previous)),
    render: (previous, maxChars) => renderBody(previous, maxChars, false),
    // The tracking issue is read at check-ins: it carries the period's charts too (GitHub renders Mermaid there).
    renderIssue: (previous, maxChars) => renderBody(previous, maxChars, true),
  });

  logRequests(core, octokit, report.requests);
  return { failure: failureFor(inputs.failOn, report) };
}

/** After measuring (whose time the `deadline` input sets), the comment and the tracking issue get this long. */
const DELIVERY_SECONDS = 60;

/** On a pull request: the OKR file as it is on the base commit, for the goalpost guard. */
function pullRequestBase(event: unknown, path: string): { repository: string; path: string; ref: string } | undefined {
  const pr = (event as { pull_request?: { base?: { sha?: unknown; repo?: { full_name?: unknown } } } })?.pull_request;
  const sha = pr?.base?.sha;
  const repository = pr?.base?.repo?.full_name;
  if (typeof sha !== 'string' || typeof repository !== 'string') return undefined;
  return { repository, path: path.replace(/^\.\//, ''), ref: sha };
}

function logRequests(core: typeof Core, octokit: GitHubClient, costs: RequestsReport | undefined): void {
  const stats = octokit.stats();
  const rest = stats.requests - stats.graphqlRequests;
  core.startGroup(`GitHub API: ${stats.requests} requests (${rest} REST, ${stats.graphqlRequests} GraphQL)`);
  core.info(`Requests: ${stats.requests} (of which retries: ${stats.retries}; GraphQL: ${stats.graphqlRequests})`);
  for (const source of costs?.sources ?? []) {
    const filters = Object.entries(source.filters).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0));
    const what = `${source.kind} ${source.repository}${filters.length ? ` ${filters.map(([k, v]) => `${k}=${String(v)}`).join(' ')}` : ''}`;
    const graphql = source.graphqlRequests ? `, ${source.graphqlRequests} GraphQL (${source.graphqlPoints} points)` : '';
    core.info(`  ${what}: ${source.restRequests} REST${graphql}, by ${source.api}`);
  }
  if (stats.rateLimit) {
    core.info(
      `Rate limit left: ${stats.rateLimit.remaining} of ${stats.rateLimit.limit}, resets ${stats.rateLimit.reset.toISOString()}`,
    );
  }
  if (stats.graphqlRateLimit) {
    const graphql = stats.graphqlRateLimit;
    core.info(`GraphQL points left: ${graphql.remaining} of ${graphql.limit}, resets ${graphql.reset.toISOString()}`);
  }
  core.endGroup();
}
