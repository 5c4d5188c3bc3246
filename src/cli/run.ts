/**
 * The command line tool's body: the same engine as the action, printing to the terminal. The demo serves the
 * embedded sample history through the loopback GitHub stand-in, so it runs the very client code a real run does.
 */
import { resolve } from 'node:path';
import type { OkrFile } from '../okrs/model.js';
import type { Report } from '../report/model.js';
import { runRollupCommand } from './rollup.js';
import { runLint } from './lint.js';
import { printNotes, scoreAndCoach } from './score.js';
import type { CliIo } from './io.js';
import { parseCli, UsageError, USAGE, type CliCommand } from './args.js';
import { parseOkrFile } from '../okrs/parse.js';
import { formatOkrError } from '../okrs/error-line.js';
import { tryReadLocalFile } from '../io/workspace.js';
import { renderSummary } from '../report/markdown.js';
import { renderJson } from '../report/json.js';
import { renderTerminal } from '../report/terminal.js';
import { escapeTerminal } from '../report/escape.js';
import { failureFor } from '../options/fail-on.js';
import { parseRepositoryName } from '../syntax/repository.js';
import { createRedactor, literalRedactor, redactStrings, redactTokenShapes, type Redact } from '../report/redact.js';
import { OPTION_NAMES, parseOption } from '../options/schema.js';
import { cliPrometheusServer } from './prometheus.js';
import { okrFileJsonSchema } from '../okrs/json-schema.js';
import { startFakeGitHub } from '../fake-github/index.js';
import { startFakePrometheus } from '../fake-prometheus/server.js';
import { demoPrometheusQueries } from '../../demo/prometheus.js';
import { demoHistory } from '../../demo/history.js';
import {
  DEMO_AS_OF,
  DEMO_DRAFT_AS_OF,
  DEMO_OKRS_PATH,
  demoDraftText,
  DEMO_REPOSITORY,
  demoMetrics,
  demoOkrsText,
  demoValueHistory,
} from '../../demo/scenario.js';

/** Returns the exit code: 0 fine, 1 an invalid OKR file or failed lint, 2 a usage error or nothing to score. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCli(argv, io.isTty && !io.env.NO_COLOR);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`okr-scorecard: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  switch (command.kind) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return 0;
    case 'version':
      io.stdout(`${io.version}\n`);
      return 0;
    case 'lint':
      return runLint(command, io);
    case 'rollup':
      return runRollupCommand(command, io);
    case 'schema':
      io.stdout(`${JSON.stringify(okrFileJsonSchema(), null, 2)}\n`);
      return 0;
    case 'score':
      return command.demo ? runDemo(command, io) : runScore(command, io);
  }
}

async function runScore(command: Extract<CliCommand, { kind: 'score' }>, io: CliIo): Promise<number> {
  const repo = command.repo ?? io.env.GITHUB_REPOSITORY;
  if (!repo) {
    io.stderr('okr-scorecard: name the repository to measure with --repo OWNER/NAME (or set GITHUB_REPOSITORY)\n');
    return 2;
  }
  const repository = parseRepositoryName(repo);
  if (!repository.ok) {
    io.stderr(`okr-scorecard: GITHUB_REPOSITORY: ${escapeTerminal(repository.error)}\n`);
    return 2;
  }
  const read = tryReadLocalFile(resolve(io.cwd, command.okrs));
  if ('problem' in read) {
    io.stderr(`okr-scorecard: ${escapeTerminal(command.okrs)}: ${read.problem} (give the OKR file with --okrs FILE)\n`);
    return 2;
  }
  const text = read.text;
  const okrs = parseOrReport(text, command.okrs, io);
  if (!okrs) return 1;
  const metrics = await readMetrics(command.metrics, io);
  if (metrics === undefined) return 2;
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
  const prometheus = cliPrometheusServer(command.prometheusUrl, io.env);
  if (!prometheus.ok) {
    io.stderr(`okr-scorecard: ${escapeTerminal(prometheus.error)}\n`);
    return 2;
  }
  const baseUrl = command.apiUrl ?? io.env.GITHUB_API_URL ?? 'https://api.github.com';
  const { report, notes } = await scoreAndCoach({
    prometheus: prometheus.server,
    okrs,
    repository: repo,
    baseUrl,
    token,
    metrics,
    io,
    asOf: command.asOf ?? io.now,
    deadline: command.deadline,
    rateLimitReserve: command.rateLimitReserve,
    calibrate: command.calibrate,
  });
  // Prometheus's credentials leave the report before it is rendered (a shortened title could cut one).
  const secrets = prometheus.server?.secrets ?? [];
  const redactSecrets = literalRedactor(secrets);
  printNotes(notes.map(redactSecrets), io);
  print(redactStrings(report, redactSecrets), command, io, createRedactor([token, ...secrets]));
  return exitCodeFor(report, command, io);
}

/** Like the action's `fail-on`: 1 when the scorecard should fail a script or CI job that runs the tool. */
function exitCodeFor(report: Report, command: Extract<CliCommand, { kind: 'score' }>, io: CliIo): number {
  const failure = failureFor(command.failOn, report);
  if (failure === undefined) return 0;
  for (const line of failure.split('\n')) io.stderr(`okr-scorecard: ${escapeTerminal(line)}\n`);
  return 1;
}

async function runDemo(command: Extract<CliCommand, { kind: 'score' }>, io: CliIo): Promise<number> {
  // The draft is the pull request that proposes the OKRs: calibrated, as `calibrate: auto` does there.
  const okrs = parseOrReport(command.draft ? demoDraftText : demoOkrsText, DEMO_OKRS_PATH, io);
  if (!okrs) return 1;
  const github = await startFakeGitHub({ history: demoHistory(), now: () => io.now });
  // The demo's prometheus key result asks a stand-in that knows its one query (demo/prometheus.ts).
  const prometheus = await startFakePrometheus(demoPrometheusQueries());
  try {
    const { report, notes } = await scoreAndCoach({
      okrs,
      repository: DEMO_REPOSITORY,
      baseUrl: github.url,
      // The stand-in, like GitHub, gives anonymous callers 60 requests an hour; the demo acts as a signed-in user.
      token: 'demo-token',
      metrics: demoMetrics(),
      history: command.draft ? undefined : demoValueHistory(),
      io,
      asOf: command.asOf ?? new Date(command.draft ? DEMO_DRAFT_AS_OF : DEMO_AS_OF),
      deadline: command.deadline,
      rateLimitReserve: command.rateLimitReserve,
      calibrate: command.calibrate || command.draft,
      prometheus: { url: prometheus.url, headers: {}, secrets: [] },
      // Always direct: a proxy in the environment must not carry the demo's loopback requests away.
      prometheusFetch: fetch,
    });
    printNotes(notes, io);
    print(report, command, io, redactTokenShapes);
    if (command.format === 'terminal') {
      io.stdout(
        `\nThis was the demo: ${DEMO_REPOSITORY}'s sample history ` +
          `(${github.requests.length} requests to a loopback GitHub stand-in, ` +
          `${prometheus.requests} queries to a loopback Prometheus stand-in).\n` +
          'Score your own: okr-scorecard --okrs .github/okrs.yml --repo OWNER/NAME (token in GITHUB_TOKEN).\n',
      );
    }
    return exitCodeFor(report, command, io);
  } finally {
    await Promise.all([github.close(), prometheus.close()]);
  }
}

/** The scorecard on stdout, redacted like every other sink (SPEC §7): the output is often pasted or published. */
function print(report: Report, command: Extract<CliCommand, { kind: 'score' }>, io: CliIo, redact: Redact): void {
  if (command.format === 'json') io.stdout(redact(renderJson(report)));
  else if (command.format === 'markdown') io.stdout(redact(renderSummary(report)));
  else io.stdout(redact(renderTerminal(report, { color: command.color })));
}

function parseOrReport(text: string, file: string, io: CliIo): OkrFile | undefined {
  const parsed = parseOkrFile(text, file);
  if (parsed.ok) return parsed.okrs;
  for (const error of parsed.errors) io.stderr(`${redactTokenShapes(escapeTerminal(formatOkrError(error)))}\n`);
  io.stderr(`okr-scorecard: ${escapeTerminal(file)} is not a valid OKR file\n`);
  return undefined;
}

async function readMetrics(option: string | undefined, io: CliIo): Promise<Record<string, unknown> | undefined> {
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
