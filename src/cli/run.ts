/**
 * The command line tool's body: the same engine as the action, printing to the terminal. The demo serves the
 * embedded sample history through the loopback GitHub stand-in, so it runs the very client code a real run does.
 */
import { resolve } from 'node:path';
import type { OkrFile } from '../okrs/model.js';
import type { PreviousRun, Report } from '../report/model.js';
import { runRollupCommand } from './rollup.js';
import { runLint } from './lint.js';
import type { CliIo } from './io.js';
import { parseCli, UsageError, USAGE, type CliCommand } from './args.js';
import { parseOkrFile } from '../okrs/parse.js';
import { formatOkrError } from '../okrs/error-line.js';
import { createGitHubClient } from '../github/client.js';
import { proxiedFetch } from '../github/proxy.js';
import { toPlainLine } from '../report/escape.js';
import type { Reserve } from '../github/budget.js';
import { deadlineSignal, measuringDeadlineMessage } from '../github/deadline.js';
import { formatDuration } from '../report/format.js';
import { scorecard } from '../engine.js';
import { workspaceFileReader, tryReadLocalFile } from '../io/workspace.js';
import { httpUrl } from '../options/http-url.js';
import { renderSummary } from '../report/markdown.js';
import { renderJson } from '../report/json.js';
import { renderTerminal } from '../report/terminal.js';
import { escapeTerminal } from '../report/escape.js';
import { failureFor } from '../options/fail-on.js';
import { parseRepositoryName } from '../syntax/repository.js';
import { createRedactor, literalRedactor, redactStrings, redactTokenShapes, type Redact } from '../report/redact.js';
import { OPTION_NAMES, parseOption } from '../options/schema.js';
import type { PrometheusServer } from '../prometheus/server.js';
import { cliPrometheusServer } from './prometheus.js';
import { okrFileJsonSchema } from '../okrs/json-schema.js';
import { startFakeGitHub } from '../fake-github/index.js';
import { startFakePrometheus } from '../fake-prometheus/server.js';
import { demoPrometheusQueries } from '../../demo/prometheus.js';
import { demoHistory } from '../../demo/history.js';
import {
  DEMO_AS_OF,
  DEMO_OKRS_PATH,
  DEMO_REPOSITORY,
  demoMetrics,
  demoOkrsText,
  demoValueHistory,
} from '../../demo/scenario.js';

/**
 * Returns the exit code: 0 fine, 1 what --fail-on names (an invalid OKR file included) or a failed lint, 2 a usage
 * error.
 */
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
  // As the action's `fail-on: never` (SPEC §5): the errors are printed, and they fail nothing.
  if (!okrs) return command.failOn === 'never' ? 0 : 1;
  const metrics = await readMetrics(command.metrics, io);
  if (metrics === undefined) return 2;
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
  const prometheus = cliPrometheusServer(command.prometheusUrl, io.env);
  if (!prometheus.ok) {
    io.stderr(`okr-scorecard: ${escapeTerminal(prometheus.error)}\n`);
    return 2;
  }
  const baseUrl = command.apiUrl ?? (io.env.GITHUB_API_URL || 'https://api.github.com');
  if (!httpUrl(baseUrl)) {
    io.stderr(
      `okr-scorecard: GITHUB_API_URL: expected an http(s) URL like https://ghe.example.com/api/v3, got ` +
        `${escapeTerminal(JSON.stringify(baseUrl.slice(0, 200)))}; unset it for github.com\n`,
    );
    return 2;
  }
  if (token === undefined) io.stderr(`warning: ${NO_TOKEN}\n`);
  const report = await scoreAndCoach({
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
  });
  // The token and Prometheus's credentials leave the report before it is rendered (a shortened title could cut
  // one to a prefix; token shapes are redacted before any clipping by the escapers themselves).
  const secrets = [token, ...(prometheus.server?.secrets ?? [])];
  print(redactStrings(report, literalRedactor(secrets)), command, io, createRedactor(secrets));
  return exitCodeFor(report, command, io);
}

/** Said once, before the first request: what a run without a token can do, and how to give it one. */
const NO_TOKEN =
  'no token in GITHUB_TOKEN (or GH_TOKEN): GitHub allows unauthenticated requests 60 an hour, enough only for a ' +
  'small OKR file. Set GITHUB_TOKEN to a personal access token (5,000 an hour; the scopes it needs are in the ' +
  'README under "Command line"), e.g. GITHUB_TOKEN=$(gh auth token).';

/** Like the action's `fail-on`: 1 when the scorecard should fail a script or CI job that runs the tool. */
function exitCodeFor(report: Report, command: Extract<CliCommand, { kind: 'score' }>, io: CliIo): number {
  const failure = failureFor(command.failOn, report);
  if (failure === undefined) return 0;
  for (const line of failure.split('\n')) io.stderr(`okr-scorecard: ${escapeTerminal(line)}\n`);
  return 1;
}

/**
 * The sample scorecard, or with `--okrs FILE` the user's own OKRs scored against the sample history (the demo's
 * repository unless `--repo` names another the history holds), so a team can see their file scored offline.
 */
async function runDemo(command: Extract<CliCommand, { kind: 'score' }>, io: CliIo): Promise<number> {
  const history = demoHistory();
  const repository = command.repo ?? DEMO_REPOSITORY;
  const held = history.repositories.map((r) => r.fullName);
  if (!held.some((name) => name.toLowerCase() === repository.toLowerCase())) {
    io.stderr(
      `okr-scorecard: --repo ${escapeTerminal(repository)}: the demo's sample history holds only ` +
        `${held.join(' and ')}; leave --repo out, or drop --demo to measure ${escapeTerminal(repository)} on GitHub\n`,
    );
    return 2;
  }
  let okrs: OkrFile | undefined;
  if (command.okrsGiven) {
    const read = tryReadLocalFile(resolve(io.cwd, command.okrs));
    if ('problem' in read) {
      io.stderr(
        `okr-scorecard: ${escapeTerminal(command.okrs)}: ${read.problem} (give the OKR file with --okrs FILE)\n`,
      );
      return 2;
    }
    okrs = parseOrReport(read.text, command.okrs, io);
  } else {
    okrs = parseOrReport(demoOkrsText, DEMO_OKRS_PATH, io);
  }
  if (!okrs) return command.failOn === 'never' ? 0 : 1;
  const supplied = await readMetrics(command.metrics, io);
  if (supplied === undefined) return 2;
  const github = await startFakeGitHub({ history, now: () => io.now });
  // The demo's prometheus key result asks a stand-in that knows its one query (demo/prometheus.ts).
  const prometheus = await startFakePrometheus(demoPrometheusQueries());
  try {
    const report = await scoreAndCoach({
      okrs,
      repository,
      baseUrl: github.url,
      // The stand-in, like GitHub, gives anonymous callers 60 requests an hour; the demo acts as a signed-in user.
      token: 'demo-token',
      metrics: { ...demoMetrics(), ...supplied },
      // The sample's earlier supplied values belong to the sample file's key results only.
      history: command.okrsGiven ? undefined : demoValueHistory(),
      io,
      asOf: command.asOf ?? new Date(DEMO_AS_OF),
      deadline: command.deadline,
      rateLimitReserve: command.rateLimitReserve,
      prometheus: { url: prometheus.url, headers: {}, secrets: [] },
      // Always direct: a proxy in the environment must not carry the demo's loopback requests away.
      prometheusFetch: fetch,
    });
    print(report, command, io, redactTokenShapes);
    if (command.format === 'terminal') {
      const whose = command.okrsGiven ? `${escapeTerminal(command.okrs)} scored against ` : '';
      io.stdout(
        `\nThis was the demo: ${whose}${repository}'s sample history ` +
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

interface ScoreInput {
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
}

async function scoreAndCoach(input: ScoreInput): Promise<Report> {
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
    // GitHub's GraphQL API needs a token: without one, deployments are read by REST from the start.
    graphql: input.token !== undefined,
    log: { info: () => {}, warn: (m) => io.stderr(`warning: ${m}\n`) },
    history: input.history,
    prometheus: {
      server: input.prometheus,
      fetch: input.prometheusFetch ?? (input.prometheus && proxiedFetch(input.prometheus.url)),
      signal: deadline,
    },
  });
  // What the coach could not check (a company file not found, say), as the action logs it.
  for (const note of notes) io.stderr(`note: ${toPlainLine(note)}\n`);
  return report;
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
