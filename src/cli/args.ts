/**
 * The command line: `okr-scorecard [score options]`, `okr-scorecard --demo`, `okr-scorecard lint [FILE]`,
 * `okr-scorecard schema`.
 */
import type { Reserve } from '../github/budget.js';
import { OPTION_NAMES, parseOption, type FailOn, type SharedOption } from '../options/schema.js';
import { parseArgv, UsageError } from './argv.js';

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'lint';
      file: string;
      strict: boolean;
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
      /** With format html: where to write the dashboard. */
      html?: string;
      color: boolean;
    }
  | {
      kind: 'score';
      demo: boolean;
      okrs: string;
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

export function parseCli(argv: string[], colorDefault: boolean): CliCommand {
  const parsed = parseArgv(argv);
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (positionals[0] === 'lint') {
    if (positionals.length > 2) throw new UsageError('lint takes one OKR file');
    if (values['as-of'] !== undefined && values.repo === undefined) {
      throw new UsageError('lint: --as-of needs --repo (lint measures nothing without a repository)');
    }
    return {
      kind: 'lint',
      file: positionals[1] ?? values.okrs ?? '.github/okrs.yml',
      strict: values.strict ?? false,
      repo: values.repo === undefined ? undefined : sharedOption('repository', values.repo),
      asOf: values['as-of'] === undefined ? undefined : sharedOption('asOf', values['as-of']),
      apiUrl: values['api-url'],
      deadline: sharedOption('deadline', values.deadline ?? ''),
      prometheusUrl: values['prometheus-url'],
    };
  }
  if (positionals[0] === 'schema') {
    if (positionals.length > 1) throw new UsageError('schema takes no arguments');
    return { kind: 'schema' };
  }
  if (positionals[0] === 'rollup') return rollupCommand(values, positionals.slice(1), colorDefault);
  if (values.company !== undefined || values.html !== undefined) {
    throw new UsageError('--company and --html belong to the rollup command');
  }
  if (positionals.length > 0) throw new UsageError(`unknown command "${positionals[0]}"`);
  if (values.strict) throw new UsageError('--strict belongs to the lint command');
  if (values.json && values.markdown) throw new UsageError('choose one of --json and --markdown');
  if (values.draft && !values.demo) throw new UsageError('--draft belongs to --demo');
  const asOf = values['as-of'] === undefined ? undefined : sharedOption('asOf', values['as-of']);
  const repo = values.repo === undefined ? undefined : sharedOption('repository', values.repo);
  const failOn = sharedOption('failOn', values['fail-on'] ?? 'error');
  const deadline = sharedOption('deadline', values.deadline ?? '');
  const rateLimitReserve = sharedOption('rateLimitReserve', values['rate-limit-reserve'] ?? '');
  return {
    kind: 'score',
    demo: values.demo ?? false,
    okrs: values.okrs ?? '.github/okrs.yml',
    repo,
    asOf,
    metrics: values.metrics,
    format: values.json ? 'json' : values.markdown ? 'markdown' : 'terminal',
    color: colorDefault && !values['no-color'],
    apiUrl: values['api-url'],
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
  if (values.html === '') throw new UsageError('--html: give the file to write, e.g. --html dashboard.html');
  return {
    kind: 'rollup',
    company: values.company,
    reports,
    asOf: values['as-of'] === undefined ? undefined : sharedOption('asOf', values['as-of']),
    format: values.json ? 'json' : values.markdown ? 'markdown' : values.html !== undefined ? 'html' : 'terminal',
    html: values.html,
    color: colorDefault && !values['no-color'],
  };
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
