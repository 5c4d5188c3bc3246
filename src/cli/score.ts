/** Scoring from the command line, a repository's or the demo's: the engine, the scorecard printed, the exit code. */
import type { OkrFile } from '../okrs/model.js';
import type { PreviousRun, Report } from '../report/model.js';
import type { CliIo } from './io.js';
import type { CliCommand } from './args.js';
import { parseOkrFile } from '../okrs/parse.js';
import { formatOkrError } from '../okrs/error-line.js';
import { createGitHubClient } from '../github/client.js';
import { proxiedFetch } from '../github/proxy.js';
import { toPlainLine, escapeTerminal } from '../report/escape.js';
import type { Reserve } from '../github/budget.js';
import { deadlineSignal, measuringDeadlineMessage } from '../github/deadline.js';
import { formatDuration } from '../report/format.js';
import type { ListingCache } from '../github/cache/listing-cache.js';
import { scorecard } from '../engine.js';
import { tryReadLocalFile, workspaceFileReader } from '../io/workspace.js';
import { resolve } from 'node:path';
import { renderSummary } from '../report/markdown.js';
import { renderJson } from '../report/json.js';
import { renderTerminal } from '../report/terminal.js';
import { failureFor } from '../options/fail-on.js';
import { redactTokenShapes, type Redact } from '../report/redact.js';
import { OPTION_NAMES, parseOption } from '../options/schema.js';
import type { PrometheusServer } from '../prometheus/server.js';

/**
 * Like the action's `fail-on`: 1 when the scorecard should fail a script or CI job that runs the tool. The reasons
 * quote the key results' errors, which may echo a credential (a server's error text): redacted like the scorecard.
 */
export function exitCodeFor(
  report: Report,
  command: Extract<CliCommand, { kind: 'score' }>,
  io: CliIo,
  redact: Redact,
): number {
  const failure = failureFor(command.failOn, report);
  if (failure === undefined) return 0;
  for (const line of failure.split('\n')) io.stderr(`okr-scorecard: ${escapeTerminal(redact(line))}\n`);
  return 1;
}

export interface ScoreInput {
  okrs: OkrFile;
  repository: string;
  baseUrl: string;
  token?: string;
  metrics: Record<string, unknown>;
  io: CliIo;
  asOf: Date;
  /** Earlier points of `value` key results (the demo's stand in for a tracking issue's state). */
  history?: PreviousRun;
  /** Seconds to spend reading GitHub; what is unread by then is an error on its key results. */
  deadline: number;
  rateLimitReserve?: Reserve;
  /** Where `prometheus` key results are read; undefined: nowhere (they say which flag to give). */
  prometheus?: PrometheusServer;
  /** The fetch Prometheus is asked with (the demo's stand-in); default: through the environment's proxy. */
  prometheusFetch?: typeof fetch;
  /** Milliseconds per second the client waits (spacing, retries); default 1000, the demo's stand-in a few. */
  delayUnitMs?: number;
  /** `--cache DIR` (SPEC §14), opened: the listings' cache and how to save it. */
  cache?: { cache: ListingCache; save: () => void };
  /** Measure the previous period too (SPEC §13). */
  calibrate?: boolean;
}

export async function scoreAndCoach(input: ScoreInput): Promise<Report> {
  const { io } = input;
  const measuring = measuringDeadlineMessage(formatDuration(input.deadline), OPTION_NAMES.deadline.flag);
  const deadline = deadlineSignal(input.deadline, measuring);
  const octokit = createGitHubClient({
    token: input.token,
    delayUnitMs: input.delayUnitMs,
    baseUrl: input.baseUrl,
    // HTTPS_PROXY / NO_PROXY, as on a runner (proxy.ts); the demo's loopback stand-in is always direct.
    transport: proxiedFetch(input.baseUrl),
    deadline: () => deadline,
    // Octokit logs every failed request as an error; the failures that matter reach the report as key result errors.
    log: { debug: () => {}, info: () => {}, warn: (m) => io.stderr(`warning: ${m}\n`), error: () => {} },
  });
  const { report, notes } = await scorecard({
    okrs: input.okrs,
    repository: input.repository,
    asOf: input.asOf,
    now: io.now,
    octokit,
    metrics: input.metrics,
    readWorkspaceFile: workspaceFileReader(io.cwd),
    rateLimitReserve: input.rateLimitReserve,
    // GitHub's GraphQL API needs a token: without one, deployments are read by REST from the start.
    graphql: input.token !== undefined,
    log: { info: () => {}, warn: (m) => io.stderr(`warning: ${m}\n`) },
    history: input.history,
    cache: input.cache?.cache,
    prometheus: {
      server: input.prometheus,
      fetch: input.prometheusFetch ?? (input.prometheus && proxiedFetch(input.prometheus.url)),
      signal: deadline,
    },
    calibrate: input.calibrate ? 'always' : 'never',
  });
  input.cache?.save();
  // What the coach could not check (a company file not found, say), as the action logs it.
  for (const note of notes) io.stderr(`note: ${toPlainLine(note)}\n`);
  return report;
}

/** The scorecard on stdout, redacted like every other sink (SPEC §7): the output is often pasted or published. */
export function print(
  report: Report,
  command: Extract<CliCommand, { kind: 'score' }>,
  io: CliIo,
  redact: Redact,
): void {
  if (command.format === 'json') io.stdout(redact(renderJson(report)));
  else if (command.format === 'markdown') io.stdout(redact(renderSummary(report)));
  else io.stdout(redact(renderTerminal(report, { color: command.color })));
}

export function parseOrReport(text: string, file: string, io: CliIo): OkrFile | undefined {
  const parsed = parseOkrFile(text, file);
  if (parsed.ok) return parsed.okrs;
  for (const error of parsed.errors) io.stderr(`${redactTokenShapes(escapeTerminal(formatOkrError(error)))}\n`);
  io.stderr(`okr-scorecard: ${escapeTerminal(file)} is not a valid OKR file\n`);
  return undefined;
}

/** `--metrics`: a JSON object, or @file.json; undefined (after saying why) when it is neither. */
export async function readMetrics(option: string | undefined, io: CliIo): Promise<Record<string, unknown> | undefined> {
  if (option === undefined) return {};
  const read = option.startsWith('@') ? tryReadLocalFile(resolve(io.cwd, option.slice(1))) : { text: option };
  if ('problem' in read) {
    io.stderr(`okr-scorecard: ${OPTION_NAMES.metrics.flag}: ${escapeTerminal(option.slice(1))}: ${read.problem}\n`);
    return undefined;
  }
  const metrics = parseOption('metrics', read.text);
  if (!metrics.ok) io.stderr(`okr-scorecard: ${OPTION_NAMES.metrics.flag}: ${metrics.message}, or @file.json\n`);
  return metrics.ok ? metrics.value : undefined;
}
