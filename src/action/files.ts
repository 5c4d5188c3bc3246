/**
 * Several OKR files in one action run (SPEC §5): each scored on its own, with its own report, comment and
 * annotations, the listings they share fetched once; then the combined outputs: `score` the mean of the files'
 * scores, `status` the worst, `report` the path of a JSON array of the reports' paths.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type * as Core from '@actions/core';
import type { ActionContext, FileOutcome } from './context.js';
import { actionClient, logRequests, type ActionClient } from './client.js';
import type { ActionInputs } from './inputs.js';
import type { SourceSpec } from '../github/sources.js';
import { sharedFetcher, sharedFileReader, type FetchSources } from '../github/shared-fetch.js';
import { workspaceFileReader } from '../io/workspace.js';
import { parseOkrFile } from '../okrs/parse.js';
import { planScorecard } from '../plan.js';
import { formatScoreOutput } from '../deliver/outputs.js';
import type { Status } from '../model/status.js';
import type { Redact } from '../report/redact.js';

import { worstStatus } from '../scoring.js';
import { readContextFiles, type ReadFile } from '../github/contents.js';
import { errorMessage } from '../model/error-message.js';
import { calibrates } from '../coach/calibration.js';
import { pullRequestBase } from '../deliver/event.js';

/** A several-file run's client, listings and context files, shared by its files (files.ts). */
export interface SharedClient {
  client: ActionClient;
  fetchSources: FetchSources;
  readFile: ReadFile;
}

type ScoreFile = (
  context: ActionContext,
  inputs: ActionInputs,
  redact: Redact,
  shared: SharedClient,
) => Promise<FileOutcome>;

/** Outputs each file's run sets that are lists in a several-file run: one line per file that set one. */
const LISTED_OUTPUTS = ['comment-url', 'issue-url'] as const;

export async function scoreFiles(
  context: ActionContext,
  inputs: ActionInputs,
  files: readonly string[],
  redact: Redact,
  scoreFile: ScoreFile,
): Promise<{ failure?: string }> {
  const { core, runner } = context;
  const client = actionClient(context, inputs, redact);
  const octokit = client.octokit;
  const readFile = sharedFileReader(octokit);
  const fetchSources = sharedFetcher(octokit, await plannedSources(context, inputs, files, readFile));
  const outcomes: { file: string; outcome: FileOutcome; outputs: Map<string, string> }[] = [];
  for (const file of files) {
    core.info(`OKR file ${file}`);
    const outputs = new Map<string, string>();
    // Each file's outputs are collected here: the step's own are the combination below.
    const fileCore: typeof Core = {
      ...core,
      setOutput: (name: string, value: unknown) => void outputs.set(name, String(value)),
    };
    const outcome = await scoreFile({ ...context, core: fileCore }, { ...inputs, okrs: file }, redact, {
      client,
      fetchSources,
      readFile,
    });
    outcomes.push({ file, outcome, outputs });
  }

  const scores = outcomes.flatMap(({ outcome }) =>
    typeof outcome.report?.score === 'number' ? [outcome.report.score] : [],
  );
  const statuses = outcomes.map(({ outcome }): Status => outcome.report?.status ?? 'error');
  core.setOutput(
    'score',
    formatScoreOutput(scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null),
  );
  core.setOutput('status', statuses.includes('error') ? 'error' : worstStatus(statuses));
  const paths = outcomes.flatMap(({ outputs }) => (outputs.get('report') ? [outputs.get('report')!] : []));
  core.setOutput('report', await writeReportList(paths, runner.runnerTemp, core));
  for (const name of LISTED_OUTPUTS) {
    const values = outcomes.flatMap(({ outputs }) => (outputs.get(name) ? [outputs.get(name)!] : []));
    if (values.length > 0) core.setOutput(name, values.join('\n'));
  }
  logRequests(core, octokit, undefined);

  const failures = outcomes.flatMap(({ file, outcome }) => (outcome.failure ? [`${file}: ${outcome.failure}`] : []));
  return failures.length > 0 ? { failure: failures.join('\n') } : {};
}

/**
 * Every valid file's listings, planned as the engine will plan them, so that shared ones are fetched once. With
 * `calibrate: auto` on a pull request that means reading each file's base first, as the engine does (the shared
 * reader reads each once).
 */
async function plannedSources(
  { runner, now }: ActionContext,
  inputs: ActionInputs,
  files: readonly string[],
  readFile: ReadFile,
): Promise<SourceSpec[]> {
  const read = workspaceFileReader(runner.workspace);
  const planned = files.map(async (file) => {
    let text: string;
    try {
      text = read(file);
    } catch {
      return []; // scoreFile says why
    }
    const parsed = parseOkrFile(text, file);
    if (!parsed.ok) return [];
    const requested = inputs.asOf ?? now;
    const asOf = requested > parsed.okrs.period.end ? parsed.okrs.period.end : requested;
    const base = pullRequestBase(runner.payload, file);
    const early = inputs.calibrate === 'auto' && base ? await readContextFiles(readFile, { base }) : undefined;
    const calibrate = calibrates(inputs.calibrate, parsed.okrs, early?.base && { read: early.base });
    return [...planScorecard(parsed.okrs, { repository: inputs.repository, asOf, calibrate }).sources.values()];
  });
  return (await Promise.all(planned)).flat();
}

/** `okr-scorecard/reports.json` under the runner's temp directory: the JSON array of the reports' paths. */
async function writeReportList(paths: readonly string[], runnerTemp: string, core: typeof Core): Promise<string> {
  try {
    const folder = resolve(runnerTemp, 'okr-scorecard');
    await mkdir(folder, { recursive: true });
    const path = join(folder, 'reports.json');
    await writeFile(path, `${JSON.stringify(paths, null, 2)}\n`, 'utf8');
    return path;
  } catch (error) {
    core.warning(`The list of JSON reports was not written (${errorMessage(error)}).`);
    return '';
  }
}
