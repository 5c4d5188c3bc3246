/**
 * Scoring from the command line: a client for GitHub (or the demo's loopback stand-in) under the `--deadline`,
 * then the same engine as the action. `score` and a calibrating `lint` both come through here.
 */
import type { OkrFile } from '../okrs/model.js';
import type { PreviousRun, Report } from '../report/model.js';
import type { CliIo } from './io.js';
import { createGitHubClient } from '../github/client.js';
import { proxiedFetch } from '../github/proxy.js';
import { toPlainLine } from '../report/escape.js';
import type { Reserve } from '../github/budget.js';
import { deadlineSignal, measuringDeadlineMessage } from '../github/deadline.js';
import { formatDuration } from '../report/format.js';
import { scorecard } from '../engine.js';
import { workspaceFileReader } from '../io/workspace.js';
import { OPTION_NAMES } from '../options/schema.js';
import type { PrometheusServer } from '../prometheus/server.js';

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
  /** Measure the previous period too (SPEC §13). */
  calibrate?: boolean;
}

/** The report, and the coach's notes (what it could not check), which the caller prints its own way. */
export async function scoreAndCoach(input: ScoreInput): Promise<{ report: Report; notes: string[] }> {
  const { io } = input;
  const measuring = measuringDeadlineMessage(formatDuration(input.deadline), OPTION_NAMES.deadline.flag);
  const deadline = deadlineSignal(input.deadline, measuring);
  const octokit = createGitHubClient({
    token: input.token,
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
    log: { info: () => {}, warn: (m) => io.stderr(`warning: ${m}\n`) },
    history: input.history,
    prometheus: {
      server: input.prometheus,
      fetch: input.prometheusFetch ?? (input.prometheus && proxiedFetch(input.prometheus.url)),
      signal: deadline,
    },
    calibrate: input.calibrate ? 'always' : 'never',
  });
  return { report, notes };
}

/** What the coach could not check (a company file not found, say), as the action logs it. */
export function printNotes(notes: readonly string[], io: CliIo): void {
  for (const note of notes) io.stderr(`note: ${toPlainLine(note)}\n`);
}
