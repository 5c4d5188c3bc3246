/**
 * The command line: `okr-scorecard [score options]`, `okr-scorecard --demo`, `okr-scorecard lint [FILE]`,
 * `okr-scorecard schema`.
 */
import type { Reserve } from '../github/budget.js';
import { httpUrl } from '../options/http-url.js';
import { quoteInput } from '../syntax/hints.js';
import { OPTION_NAMES, parseOption, type FailOn, type SharedOption } from '../options/schema.js';
import { parseArgv, UsageError, type CliFlag } from './argv.js';

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
      /** Calibrate against this repository's history (SPEC §13); offline without it. */
      repo?: string;
      asOf?: Date;
      apiUrl?: string;
      /** Seconds the calibration may spend reading GitHub. */
      deadline: number;
      /** `--prometheus-url`: where a calibrating lint reads `prometheus` key results (else PROMETHEUS_URL). */
      prometheusUrl?: string;
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
      /** A directory for the listings' cache (SPEC §14). */
      cache?: string;
      /** Measure the previous period too (SPEC §13); with `demo`, score the demo's draft file. */
      calibrate: boolean;
      draft: boolean;
    };

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
    'cache',
    'calibrate',
  ],
  demo: [
    'demo',
    'draft',
    'calibrate',
    'okrs',
    'repo',
    'as-of',
    'metrics',
    'json',
    'markdown',
    'no-color',
    'fail-on',
    'deadline',
  ],
  lint: ['okrs', 'strict', 'json', 'company', 'no-color', 'repo', 'as-of', 'api-url', 'deadline', 'prometheus-url'],
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
    if (values['as-of'] !== undefined && values.repo === undefined) {
      throw new UsageError('lint: --as-of needs --repo (lint measures nothing without a repository)');
    }
    return {
      kind: 'lint',
      file: positionals[1] ?? values.okrs ?? '.github/okrs.yml',
      strict: values.strict ?? false,
      json: values.json ?? false,
      company: values.company,
      repo: values.repo === undefined ? undefined : sharedOption('repository', values.repo),
      asOf: values['as-of'] === undefined ? undefined : sharedOption('asOf', values['as-of']),
      apiUrl: values['api-url'] === undefined ? undefined : apiUrlOption(values['api-url']),
      deadline: sharedOption('deadline', values.deadline ?? ''),
      prometheusUrl: values['prometheus-url'],
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
  if (values.draft && values.okrs !== undefined) throw new UsageError('choose one of --draft and --okrs');
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
    ...(values.cache !== undefined ? { cache: values.cache } : {}),
    calibrate: values.calibrate ?? false,
    draft: values.draft ?? false,
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
