/**
 * The command line's commands, once the words are understood: lint, schema, a score (of a repository, or the demo's
 * sample history), and the roll-up. The roll-up's renderers and the demo's stand-ins load only for theirs.
 */
import { openCliCache } from './cache.js';
import { resolve } from 'node:path';
import type { CliIo } from './io.js';
import { parseCli, type CliCommand } from './args.js';
import { UsageError, usageText } from './argv.js';
import { createRedactor, literalRedactor, redactStrings } from '../report/redact.js';
import { tryReadLocalFile } from '../io/workspace.js';
import { escapeTerminal } from '../report/escape.js';
import { parseRepositoryName } from '../syntax/repository.js';
import { OPTION_NAMES, parseOption } from '../options/schema.js';
import { cliPrometheusServer } from './prometheus.js';
import { runLint } from './lint.js';
import { okrFileJsonSchema } from '../okrs/json-schema.js';
import { exitCodeFor, parseOrReport, print, scoreAndCoach } from './score.js';

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
  const cache = openCliCache(command.cache, repo, token, io);
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
  // Prometheus's credentials leave the report before it is rendered (a shortened title could cut one).
  const secrets = prometheus.server?.secrets ?? [];
  print(redactStrings(report, literalRedactor(secrets)), command, io, createRedactor([token, ...secrets]));
  return exitCodeFor(report, command, io);
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
