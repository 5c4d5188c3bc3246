/**
 * The command line: `okr-scorecard [score options]`, `okr-scorecard --demo`, `okr-scorecard lint [FILE]`,
 * `okr-scorecard schema`.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Reserve } from '../github/budget.js';
import { httpUrl } from '../options/http-url.js';
import { quoteInput } from '../syntax/hints.js';
import { OPTION_NAMES, parseOption, type FailOn, type SharedOption } from '../options/schema.js';
import { errorMessage } from '../model/error-message.js';

export const USAGE = `Usage:
  okr-scorecard --demo [--okrs FILE] [--metrics JSON] [--as-of ISO] [--json | --markdown]
      Score the example OKR file (or yours, with --okrs) against the embedded sample repository history
      of acme/payments (no token, no network).
  okr-scorecard --okrs FILE --repo OWNER/NAME [--as-of ISO] [--metrics JSON] [--json | --markdown]
      Score FILE against a repository on GitHub. The token comes from GITHUB_TOKEN (or GH_TOKEN);
      GITHUB_API_URL (or --api-url) points at GitHub Enterprise Server.
  okr-scorecard rollup --company FILE [--as-of ISO] [--json | --markdown | --html OUT.html [--force]] REPORT.json...
      Roll the teams' JSON reports up into the company's objectives (no token, no network).
      Exit code 1 when a report cannot be read (the others are still rolled up).
  okr-scorecard lint [FILE] [--strict] [--json] [--company FILE]
      Validate and coach an OKR file (default .github/okrs.yml) with no token and no network; --company
      checks alignment against that company file. Exit code 1 on errors, and on findings with --strict.
  okr-scorecard schema
      Print the OKR file's JSON Schema (for editors: see "In your editor" in the README).

Options:
  --okrs FILE       the OKR file (default .github/okrs.yml)
  --repo OWNER/NAME the repository to measure (default GITHUB_REPOSITORY)
  --as-of ISO       evaluation time (default now; never past the period's end)
  --metrics JSON    values for "value" metrics, a JSON object or @file.json
  --json            print the JSON report
  --markdown        print the Markdown job summary
  --company FILE    rollup: the company's OKR file, whose objectives the teams' objectives align to
  --html OUT.html   rollup: write the dashboard, one self-contained HTML file (- for standard output); never
                    over an input, nor over a file okr-scorecard did not write
  --force           rollup: let --html overwrite an existing file okr-scorecard did not write
  --fail-on WHEN    exit 1 on: error (default: a key result could not be measured), off-track,
                    finding (also any coaching finding), or never
  --no-color        plain terminal output (also NO_COLOR)
  --api-url URL     GitHub API base URL (default GITHUB_API_URL or https://api.github.com)
  --prometheus-url URL
                    the Prometheus-compatible server of "prometheus" key results (default PROMETHEUS_URL;
                    headers, one "Name: value" per line, in PROMETHEUS_HEADERS)
  --deadline TIME   how long to read GitHub before reporting what was read, e.g. 90s or 10m (default 5m)
  --rate-limit-reserve R
                    leave R of each rate limit for other workflows: a share (default 10%) or a count
  -h, --help        this help
  -v, --version     the version

A flag that does not apply to the command is refused.

Exit codes:
  0  done (and nothing --fail-on names happened)
  1  what --fail-on names happened (by default: a key result could not be measured, or the OKR file is
     invalid); lint: errors, or findings with --strict; rollup: a report could not be rolled up
  2  a usage error: an unknown or misplaced flag, an invalid value, a file that cannot be read`;

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'lint';
      file: string;
      strict: boolean;
      /** Print the result as JSON. */
      json: boolean;
      /** Check alignment against this company file rather than the one `company:` names. */
      company?: string;
    }
  | { kind: 'schema' }
  | {
      kind: 'rollup';
      company: string;
      reports: string[];
      asOf?: Date;
      format: 'terminal' | 'json' | 'markdown' | 'html';
      /** With format html: where to write the dashboard (`-`: standard output). */
      html?: string;
      /** Let `html` overwrite an existing file this tool did not write. */
      force: boolean;
      color: boolean;
    }
  | {
      kind: 'score';
      demo: boolean;
      okrs: string;
      /** `--okrs` was given (with `--demo`: score that file against the sample history). */
      okrsGiven: boolean;
      repo?: string;
      asOf?: Date;
      metrics?: string;
      format: 'terminal' | 'json' | 'markdown';
      color: boolean;
      apiUrl?: string;
      /** The Prometheus server's base URL (else PROMETHEUS_URL). */
      prometheusUrl?: string;
      failOn: FailOn;
      /** Seconds the run may spend reading GitHub. */
      deadline: number;
      rateLimitReserve: Reserve;
    };

export class UsageError extends Error {}

const CLI_OPTIONS = {
  demo: { type: 'boolean' },
  okrs: { type: 'string' },
  repo: { type: 'string' },
  'as-of': { type: 'string' },
  metrics: { type: 'string' },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'api-url': { type: 'string' },
  'prometheus-url': { type: 'string' },
  'fail-on': { type: 'string' },
  deadline: { type: 'string' },
  'rate-limit-reserve': { type: 'string' },
  strict: { type: 'boolean' },
  company: { type: 'string' },
  html: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options'];

function parseArgv(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: CLI_OPTIONS });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
}

type CliFlag = keyof typeof CLI_OPTIONS;
type CommandName = 'score' | 'demo' | 'lint' | 'rollup' | 'schema';

/** The flags each command honours; any other is a usage error, never silently ignored. */
const FLAGS_OF: Record<CommandName, readonly CliFlag[]> = {
  score: [
    'okrs',
    'repo',
    'as-of',
    'metrics',
    'json',
    'markdown',
    'no-color',
    'api-url',
    'fail-on',
    'deadline',
    'rate-limit-reserve',
    'prometheus-url',
  ],
  demo: ['demo', 'okrs', 'repo', 'as-of', 'metrics', 'json', 'markdown', 'no-color', 'fail-on', 'deadline'],
  lint: ['okrs', 'strict', 'json', 'company', 'no-color'],
  rollup: ['company', 'as-of', 'json', 'markdown', 'html', 'force', 'no-color'],
  schema: [],
};

function refuseForeignFlags(command: CommandName, given: readonly string[]): void {
  const allowed: readonly string[] = FLAGS_OF[command];
  const foreign = given.filter((flag) => !allowed.includes(flag));
  if (foreign.length === 0) return;
  const where = command === 'score' ? 'scoring' : command === 'demo' ? '--demo' : `the ${command} command`;
  const owners = (Object.keys(FLAGS_OF) as CommandName[]).filter((c) => FLAGS_OF[c].includes(foreign[0] as CliFlag));
  const hint = owners.length > 0 ? ` (it belongs to ${owners.map(commandLabel).join(', ')})` : '';
  throw new UsageError(`--${foreign[0]} does not apply to ${where}${hint}`);
}

const commandLabel = (command: CommandName) =>
  command === 'score' ? 'scoring' : command === 'demo' ? '--demo' : command;

export function parseCli(argv: string[], colorDefault: boolean): CliCommand {
  const parsed = parseArgv(argv);
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const given = Object.keys(values);
  if (positionals[0] === 'lint') {
    refuseForeignFlags('lint', given);
    if (positionals.length > 2) throw new UsageError('lint takes one OKR file');
    if (positionals[1] !== undefined && values.okrs !== undefined) {
      throw new UsageError('lint: give the OKR file once, as FILE or --okrs FILE');
    }
    return {
      kind: 'lint',
      file: positionals[1] ?? values.okrs ?? '.github/okrs.yml',
      strict: values.strict ?? false,
      json: values.json ?? false,
      company: values.company,
    };
  }
  if (positionals[0] === 'schema') {
    refuseForeignFlags('schema', given);
    if (positionals.length > 1) throw new UsageError('schema takes no arguments');
    return { kind: 'schema' };
  }
  if (positionals[0] === 'rollup') {
    refuseForeignFlags('rollup', given);
    return rollupCommand(values, positionals.slice(1), colorDefault);
  }
  if (positionals.length > 0) throw new UsageError(`unknown command "${positionals[0]}"`);
  refuseForeignFlags(values.demo ? 'demo' : 'score', given);
  if (values.json && values.markdown) throw new UsageError('choose one of --json and --markdown');
  const asOf = values['as-of'] === undefined ? undefined : sharedOption('asOf', values['as-of']);
  const repo = values.repo === undefined ? undefined : sharedOption('repository', values.repo);
  const failOn = sharedOption('failOn', values['fail-on'] ?? 'error');
  const deadline = sharedOption('deadline', values.deadline ?? '');
  const rateLimitReserve = sharedOption('rateLimitReserve', values['rate-limit-reserve'] ?? '');
  return {
    kind: 'score',
    demo: values.demo ?? false,
    okrs: values.okrs ?? '.github/okrs.yml',
    okrsGiven: values.okrs !== undefined,
    repo,
    asOf,
    metrics: values.metrics,
    format: values.json ? 'json' : values.markdown ? 'markdown' : 'terminal',
    color: colorDefault && !values['no-color'],
    apiUrl: values['api-url'] === undefined ? undefined : apiUrlOption(values['api-url']),
    prometheusUrl: values['prometheus-url'],
    failOn,
    deadline,
    rateLimitReserve,
  };
}

function rollupCommand(
  values: {
    company?: string;
    html?: string;
    force?: boolean;
    json?: boolean;
    markdown?: boolean;
    'as-of'?: string;
    'no-color'?: boolean;
  },
  reports: string[],
  colorDefault: boolean,
): CliCommand {
  if (values.company === undefined) throw new UsageError('rollup: name the company OKR file with --company FILE');
  if (reports.length === 0) throw new UsageError("rollup: give the teams' JSON reports, e.g. reports/*.json");
  const formats = [values.json && '--json', values.markdown && '--markdown', values.html !== undefined && '--html'];
  if (formats.filter(Boolean).length > 1) throw new UsageError('choose one of --json, --markdown and --html');
  if (values.force && values.html === undefined)
    throw new UsageError('--force goes with --html (it lets it overwrite)');
  if (values.html === '') throw new UsageError('--html: give the file to write, e.g. --html dashboard.html');
  return {
    kind: 'rollup',
    company: values.company,
    reports,
    asOf: values['as-of'] === undefined ? undefined : sharedOption('asOf', values['as-of']),
    format: values.json ? 'json' : values.markdown ? 'markdown' : values.html !== undefined ? 'html' : 'terminal',
    html: values.html,
    force: values.force ?? false,
    color: colorDefault && !values['no-color'],
  };
}

/** `--api-url`: refused at once when it is not a URL (it would otherwise be retried as an outage). */
function apiUrlOption(text: string): string {
  if (httpUrl(text)) return text;
  throw new UsageError(
    `--api-url: expected an http(s) URL like https://ghe.example.com/api/v3, got ${quoteInput(text.slice(0, 200))}`,
  );
}

/** A flag that the action has as an input too: the same check, the same message, the flag's own name. */
function sharedOption<K extends 'asOf' | 'repository' | 'failOn' | 'deadline' | 'rateLimitReserve'>(
  key: K,
  text: string,
) {
  const parsed = parseOption(key, text);
  if (!parsed.ok) throw new UsageError(`${OPTION_NAMES[key satisfies SharedOption].flag}: ${parsed.message}`);
  return parsed.value;
}
