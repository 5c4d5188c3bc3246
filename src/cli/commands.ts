/**
 * The command line's commands, once the words are understood: lint, schema, a score (of a repository, or the demo's
 * sample history), and the roll-up. The roll-up's renderers and the demo's stand-ins load only for theirs.
 */
import { openCliCache } from './cache.js';
import { resolve } from 'node:path';
import { httpUrl } from '../options/http-url.js';
import type { CliIo } from './io.js';
import { parseCli, type CliCommand } from './args.js';
import { UsageError, usageText } from './argv.js';
import { createRedactor, literalRedactor, redactStrings } from '../report/redact.js';
import { tryReadLocalFile } from '../io/workspace.js';
import { escapeTerminal } from '../report/escape.js';
import { parseRepositoryName } from '../syntax/repository.js';
import { cliPrometheusServer } from './prometheus.js';
import { runLint } from './lint.js';
import { okrFileJsonSchema } from '../okrs/json-schema.js';
import { exitCodeFor, parseOrReport, print, readMetrics, scoreAndCoach } from './score.js';

/** The exit code of the command `argv` names (runCli has answered `--help` and `--version`). */
export async function runCommand(argv: string[], io: CliIo): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCli(argv, io.isTty && !io.env.NO_COLOR);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(usageText(error));
    return 2;
  }
  switch (command.kind) {
    case 'help':
    case 'version':
      throw new Error(`--${command.kind} is answered before the commands load`);
    case 'lint':
      return runLint(command, io);
    case 'rollup':
      return (await import('./rollup.js')).runRollupCommand(command, io);
    case 'schema':
      io.stdout(`${JSON.stringify(okrFileJsonSchema(), null, 2)}\n`);
      return 0;
    case 'score':
      return command.demo ? (await import('./demo.js')).runDemo(command, io) : runScore(command, io);
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
  const cache = openCliCache(command.cache, repo, baseUrl, io);
  if (cache === null) return 2;
  const report = await scoreAndCoach({
    cache,
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
  // The token and Prometheus's credentials leave the report before it is rendered (a shortened title could cut
  // one to a prefix; token shapes are redacted before any clipping by the escapers themselves).
  const secrets = [token, ...(prometheus.server?.secrets ?? [])];
  const redact = createRedactor(secrets);
  print(redactStrings(report, literalRedactor(secrets)), command, io, redact);
  return exitCodeFor(report, command, io, redact);
}

/** Said once, before the first request: what a run without a token can do, and how to give it one. */
const NO_TOKEN =
  'no token in GITHUB_TOKEN (or GH_TOKEN): GitHub allows unauthenticated requests 60 an hour, enough only for a ' +
  'small OKR file. Set GITHUB_TOKEN to a personal access token (5,000 an hour; the scopes it needs are in the ' +
  'README under "Command line"), e.g. GITHUB_TOKEN=$(gh auth token).';
