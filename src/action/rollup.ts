/**
 * The action with the `rollup` input (SPEC §10): `okrs` names the company file, `rollup` the teams' JSON reports
 * (paths or globs inside the workspace, where actions/download-artifact puts them). Job summary, outputs `score`,
 * `status`, `report` (the roll-up JSON) and `dashboard` (the HTML file), and the tracking issue when `issue` is set.
 * Offline but for the tracking issue: nothing is measured.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ActionContext } from './context.js';
import { actionClient } from './client.js';
import type { ActionInputs } from './inputs.js';
import { readNamedFile, workspaceFileReader } from '../io/workspace.js';
import { resolveWorkspaceFiles } from '../okrs/files.js';
import { runRollup } from '../rollup/run.js';
import { nothingRolledUp, type RollupReport, type RollupView } from '../rollup/model.js';
import { annotateErrors } from '../deliver/annotations.js';
import { writeSummary } from '../deliver/summary.js';
import { formatScoreOutput } from '../deliver/outputs.js';
import { markerFor } from '../deliver/marker.js';
import { resolveIdentity } from '../deliver/identity.js';
import { upsertTrackingIssue } from '../deliver/issue.js';
import { renderRollupJson } from '../report/rollup-json.js';
import { renderRollupMarkdown } from '../report/rollup-markdown.js';
import { renderDashboard } from '../report/dashboard/render.js';
import type { Redact } from '../report/redact.js';
import { errorMessage } from '../model/error-message.js';

export async function runRollupAction(
  context: ActionContext,
  inputs: ActionInputs,
  redact: Redact,
): Promise<{ failure?: string }> {
  const { runner, core, now } = context;
  const read = workspaceFileReader(runner.workspace);
  const company = readNamedFile(
    read,
    inputs.okrs,
    'Company file',
    "with `rollup`, `okrs` names the company's OKR file.",
  );
  if ('failure' in company) return company;
  const companyText = company.text;
  const files = await resolveWorkspaceFiles(inputs.rollup, runner.workspace, 'Report');
  if (!files.ok) return { failure: `${files.error} (the \`rollup\` input names the teams' JSON reports)` };

  const result = await runRollup({
    companyFile: inputs.okrs,
    companyText,
    reportPaths: files.files,
    readReport: async (path) => read(path),
    asOf: inputs.asOf ?? now,
    now,
  });
  if (!result.ok) {
    annotateErrors(result.errors, core);
    core.setOutput('status', 'error');
    core.setOutput('score', '');
    return { failure: `${inputs.okrs} is not a valid OKR file (${result.errors.length} errors, annotated above).` };
  }
  const { view } = result;
  const { rollup } = view;
  for (const error of rollup.errors) core.error(`${error.path}: ${error.message}`, { title: 'Unreadable report' });
  for (const finding of rollup.findings) {
    const where = finding.line === null ? {} : { file: inputs.okrs, startLine: finding.line };
    const annotate = finding.severity === 'warning' ? core.warning : core.notice;
    annotate(finding.message, { ...where, title: finding.rule });
  }

  const written = await writeRollupFiles(view, runner.runnerTemp, redact).catch((error: unknown) => {
    core.warning(`The roll-up files were not written (${errorMessage(error)}).`);
    return { report: '', dashboard: '' };
  });
  core.setOutput('score', formatScoreOutput(rollup.score));
  core.setOutput('status', rollup.status);
  core.setOutput('report', written.report);
  core.setOutput('dashboard', written.dashboard);
  if (inputs.summary) await writeSummary(renderRollupMarkdown(view), core.summary, core, redact);
  if (inputs.issue) await deliverIssue(context, inputs, view, redact);
  return { failure: failureFor(inputs, rollup, files.files.length) };
}

/** The roll-up JSON and the dashboard, redacted like the scorecard's report (SPEC §7). */
async function writeRollupFiles(
  view: RollupView,
  runnerTemp: string,
  redact: Redact,
): Promise<{ report: string; dashboard: string }> {
  const folder = resolve(runnerTemp, 'okr-scorecard');
  await mkdir(folder, { recursive: true });
  const report = join(folder, 'rollup.json');
  const dashboard = join(folder, 'dashboard.html');
  await writeFile(report, redact(renderRollupJson(view.rollup)), 'utf8');
  await writeFile(dashboard, redact(renderDashboard(view)), 'utf8');
  return { report, dashboard };
}

/** The company tracking issue, in the repository the workflow runs in; a failure warns and loses nothing else. */
async function deliverIssue(
  context: ActionContext,
  inputs: ActionInputs,
  view: RollupView,
  redact: Redact,
): Promise<void> {
  const { runner, core } = context;
  const client = actionClient(context, inputs, redact);
  client.delivering();
  const octokit = client.octokit;
  const [owner = '', repo = ''] = (runner.repository || inputs.repository).split('/');
  try {
    const identity = await resolveIdentity(octokit);
    const result = await upsertTrackingIssue({
      octokit,
      owner,
      repo,
      title: inputs.issue,
      // Not the company file's own scorecard marker: the same repository may score that file too.
      marker: markerFor(`rollup:${inputs.okrs}`),
      render: (_previous, maxChars) => renderRollupMarkdown(view, { maxChars }),
      identity,
      log: { info: core.info, warning: core.warning },
    });
    if ('url' in result) core.setOutput('issue-url', result.url);
  } catch (error) {
    core.warning(`The tracking issue was not updated: ${errorMessage(error)}`);
  }
}

/** `fail-on` for a roll-up: an unreadable report is an error; off-track and finding as for a scorecard. */
function failureFor(inputs: ActionInputs, rollup: RollupReport, given: number): string | undefined {
  if (inputs.failOn === 'never') return undefined;
  const reasons: string[] = [];
  if (rollup.errors.length > 0) {
    reasons.push(`${rollup.errors.length} report(s) could not be read: ${rollup.errors.map((e) => e.path).join(', ')}`);
  }
  const nothing = nothingRolledUp(rollup, given);
  if (nothing !== undefined) reasons.push(nothing);
  const offTrack = rollup.objectives.filter((o) => o.status === 'off-track');
  if (inputs.failOn !== 'error' && offTrack.length > 0) {
    reasons.push(
      `${offTrack.length} company objective(s) off track (fail-on: ${inputs.failOn}): ` +
        offTrack.map((o) => o.id).join(', '),
    );
  }
  if (inputs.failOn === 'finding' && rollup.findings.length > 0) {
    reasons.push(`${rollup.findings.length} roll-up finding(s) (fail-on: finding): see the annotations`);
  }
  return reasons.length > 0 ? reasons.join('\n') : undefined;
}
