/**
 * The action, from the runner's context and inputs to the delivered scorecard (SPEC §5). main.ts passes the
 * runner's context, `@actions/core` and the clock in; this returns the failure message (if the step should fail)
 * instead of calling setFailed itself.
 */
import { readInputs, type ActionInputs } from './inputs.js';
import { parseOkrFile } from '../okrs/parse.js';
import { formatOkrError } from '../okrs/error-line.js';
import { resolveWorkspaceFiles } from '../okrs/files.js';
import { actionClient, logRequests } from './client.js';
import { scoreFiles, type SharedClient } from './files.js';
import { openCache } from './cache.js';
import type { ActionContext, FileOutcome } from './context.js';
import { runRollupAction } from './rollup.js';
import { scorecard } from '../engine.js';
import { pullRequestBase } from '../deliver/event.js';
import { readNamedFile, workspaceFileReader } from '../io/workspace.js';
import { renderComment, renderSummary } from '../report/markdown.js';
import { toPlainLine } from '../report/escape.js';
import {
  createRedactor,
  literalRedactor,
  redactingAnnotator,
  redactStrings,
  secretForms,
  type Redact,
} from '../report/redact.js';
import { renderFileErrors } from '../report/file-errors.js';
import { writeSummary } from '../deliver/summary.js';
import { setOutputs, writeJsonReport } from '../deliver/outputs.js';
import { annotateErrors, annotateFindings, limitAnnotations } from '../deliver/annotations.js';
import { markerFor, previousRunFromReport } from '../deliver/marker.js';
import { deliverChannels, openChannels } from '../deliver/channels.js';
import { withValueHistory } from '../trend/value-history.js';
import type { PreviousRun } from '../report/model.js';
import { failureFor } from '../options/fail-on.js';
import { errorMessage } from '../model/error-message.js';
import { plural } from '../model/plural.js';
import { prometheusServer } from '../prometheus/server.js';
import { proxiedFetch } from '../github/proxy.js';

/** The step, its annotations kept within what GitHub shows (10 of each kind, the failure included). */
export async function runAction(context: ActionContext): Promise<{ failure?: string }> {
  // SPEC §7: the runner masks the token in the log; everything we publish is redacted at its sink with `redact`
  // (annotations here, before they are counted; the summary, the JSON report and every API write in runStep).
  const token = context.core.getInput('github-token').trim();
  if (token) for (const form of secretForms(token)) context.core.setSecret(form);
  // The Prometheus credentials are secrets like the token (SPEC §12): masked and redacted everywhere.
  const prometheus = prometheusServer(
    context.core.getInput('prometheus-url'),
    context.core.getInput('prometheus-headers'),
    { url: 'input "prometheus-url"', headers: 'input "prometheus-headers"' },
  );
  const secrets = prometheus.ok ? (prometheus.server?.secrets ?? []) : [];
  for (const secret of secrets) for (const form of secretForms(secret)) context.core.setSecret(form);
  const redact = createRedactor([token, ...secrets]);
  if (!prometheus.ok) return { failure: prometheus.error };
  const annotations = limitAnnotations(redactingAnnotator(context.core, redact));
  const core = { ...context.core, error: annotations.error, warning: annotations.warning, notice: annotations.notice };
  let failing = true;
  try {
    const outcome = await runStep({ ...context, core, prometheus: prometheus.server }, redact);
    failing = outcome.failure !== undefined;
    return outcome.failure === undefined ? outcome : { failure: redact(outcome.failure) };
  } finally {
    annotations.finish({ failing });
  }
}

async function runStep(context: ActionContext, redact: Redact): Promise<{ failure?: string }> {
  const { runner, core } = context;
  const read = readInputs((name) => core.getInput(name), runner.repository);
  if (!read.ok) return { failure: read.errors.join('\n') };
  const inputs = read.inputs;
  if (inputs.rollup) return runRollupAction(context, inputs, redact);
  // `okrs` may name several files (SPEC §5); a single path is scored exactly as it always was.
  const files = await resolveWorkspaceFiles(inputs.okrs, runner.workspace, 'OKR file');
  if (!files.ok) return { failure: files.error };
  const cache = openCache(context, inputs);
  if (!cache.ok) return { failure: cache.error };
  const withCache = { ...context, cache: cache.cache };
  try {
    if (files.files.length > 1) return await scoreFiles(withCache, inputs, files.files, redact, scoreFile);
    return await scoreFile(withCache, { ...inputs, okrs: files.files[0]! }, redact);
  } finally {
    cache.save();
  }
}

/** One OKR file scored and delivered. */
async function scoreFile(
  context: ActionContext,
  inputs: ActionInputs,
  redact: Redact,
  shared?: SharedClient,
): Promise<FileOutcome> {
  const { runner, core, now, prometheus, cache } = context;
  // The OKR file may come from a pull request: it is read like any file it names, never from outside the workspace.
  const readWorkspaceFile = workspaceFileReader(runner.workspace);
  const file = readNamedFile(
    readWorkspaceFile,
    inputs.okrs,
    'OKR file',
    'run actions/checkout before this step, or set the `okrs` input to its path.',
  );
  if ('failure' in file) return file;
  const { text } = file;
  // Measuring has the `deadline` input's time; delivering the comment and the issue then has a minute of its own.
  const client = shared?.client ?? actionClient(context, inputs, redact);
  client.measuring();
  const octokit = client.octokit;
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
    const count = plural(parsed.errors.length, 'error');
    const failure = `${inputs.okrs} is not a valid OKR file (${count}, annotated above).`;
    return inputs.failOn === 'never' ? {} : { failure };
  }

  const { report: measured, notes } = await scorecard({
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
    fetchSources: shared?.fetchSources,
    readFile: shared?.readFile,
    cache,
    base: pullRequestBase(runner.payload, inputs.okrs),
    calibrate: inputs.calibrate,
    prometheus: {
      server: prometheus,
      fetch: prometheus && proxiedFetch(prometheus.url),
      signal: client.deadline(),
      baseQueriesOnly: runner.eventName === 'pull_request_target',
    },
  });
  // Prometheus's credentials are redacted before anything renders the report: a renderer that shortens a title
  // would cut one to a prefix no longer known. (The job's token is GitHub-shaped: its prefix still is one.)
  const scored = redactStrings(measured, literalRedactor(prometheus?.secrets ?? []));
  // A note names files the OKR file points at: one line, never a workflow command of a pull request's making.
  for (const note of notes) core.info(redact(`Coaching: ${toPlainLine(note)}`));
  annotateFindings(scored.findings, inputs.okrs, core);

  // The comment and the issue are looked up once, now: a `value` key result's history lives in the body they
  // carry (SPEC §9), and the summary and the JSON report show that series too.
  client.delivering();
  const channels = await openChannels({ sink: core, runner, inputs, octokit, marker });
  const report = withValueHistory(scored, channels.carried);

  const reportPath = await writeJsonReport(report, runner.runnerTemp, redact).catch((error: unknown) => {
    core.warning(`The JSON report was not written (${errorMessage(error)}).`);
    return '';
  });
  setOutputs(report, reportPath, (name, value) => core.setOutput(name, value));
  if (inputs.summary) await writeSummary(renderSummary(report), core.summary, core, redact);
  const summaryUrl =
    runner.repository && runner.runId
      ? `${runner.serverUrl}/${runner.repository}/actions/runs/${runner.runId}`
      : undefined;
  const renderBody = (previous: PreviousRun | undefined, maxChars: number, charts: boolean): string =>
    renderComment(withValueHistory(scored, previous), { marker, previous, summaryUrl, maxChars, charts });
  await channels.deliver({
    // Each body's own history: the comment's and the issue's may differ (a PR's runs, the scheduled ones).
    state: (previous) => previousRunFromReport(withValueHistory(scored, previous)),
    render: (previous, maxChars) => renderBody(previous, maxChars, false),
    // The tracking issue is read at check-ins: it carries the period's charts too (GitHub renders Mermaid there).
    renderIssue: (previous, maxChars) => renderBody(previous, maxChars, true),
  });

  if (!shared) logRequests(core, octokit, report.requests);
  return { failure: failureFor(inputs.failOn, report), report };
}
