/**
 * A GitHub runner's side of a step, for the action's tests: every input action.yml declares as an INPUT_* variable
 * (its default, expressions resolved from the runner's context, then the step's `with:`), GITHUB_* files in a fresh
 * temporary runner directory, and afterwards what the step wrote there. run-action.ts runs the action in-process
 * with it; run-dist.ts runs the bundle (dist/index.js) in a child process, as a runner does.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { inputVariable, loadActionYml, type ActionInput } from './action-yml.js';
import { ROOT } from './root.js';
import { errorMessage } from '../../src/model/error-message.js';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  runnerTemp: string;
  workspace: string;
}

/** A step's environment and the runner's files it writes to, ready to run. */
export interface PreparedRun {
  env: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  summaryPath: string;
  outputPath: string;
}

export interface ActionRunOptions {
  apiUrl: string;
  /** The step's `with:`. Naming an input that action.yml does not declare throws, before anything runs. */
  with?: Record<string, string>;
  /** `github.token`: what `${{ github.token }}` defaults resolve to (the job's GITHUB_TOKEN). */
  token?: string;
  /** Files to lay out in the workspace, path → text. */
  files?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  repository?: string;
  env?: Record<string, string>;
  /** Last touches to the workspace before the step runs (symlinks, permissions). */
  beforeRun?: (workspace: string) => void;
}

/** What a runner passes to every step; nothing else of this process's environment leaks in. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'SystemRoot', 'TMPDIR', 'LANG'];
  return Object.fromEntries(keep.flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])));
}

const REF = 'refs/heads/main';

/** The job's token when a test names none; the stand-in without `tokens` accepts any token. */
export const DEFAULT_TOKEN = 'ghs_runnerJobToken000000000000000000';

/**
 * The INPUT_* variables the runner sets for this step (actions/runner ActionRunner + Handler): every input
 * action.yml declares, `with:` value or else its default (empty when it has none), expressions evaluated.
 */
export function inputEnvironment(withValues: Record<string, string>, github: Record<string, unknown>) {
  const declared = loadActionYml().inputs;
  assertDeclared(withValues);
  const given = new Map(Object.entries(withValues).map(([name, value]) => [name.toLowerCase(), value]));
  const env: Record<string, string> = {};
  for (const input of declared) {
    const value = given.get(input.name.toLowerCase()) ?? evaluateDefault(input, github);
    env[inputVariable(input.name)] = value;
  }
  return env;
}

/**
 * The runner matches `with:` keys to inputs case-insensitively and only warns on an unknown one. A test that
 * names one is wrong (a typo, or an input that was renamed), so here it is an error.
 */
function assertDeclared(withValues: Record<string, string>): void {
  const declared = loadActionYml().inputs;
  const names = new Set(declared.map((input) => input.name.toLowerCase()));
  const unknown = Object.keys(withValues).filter((name) => !names.has(name.toLowerCase()));
  if (unknown.length > 0) {
    const valid = declared.map((input) => input.name).join(', ');
    throw new Error(`Unexpected input(s) ${unknown.map((n) => `'${n}'`).join(', ')}; action.yml declares ${valid}`);
  }
}

/**
 * An input's default as the runner evaluates it: a literal as it is, an expression by GitHub's own evaluator
 * (@actions/expressions) against the step's github context. The contexts the action schema allows in a default
 * other than `github` (runner, env, job, …) are not modelled here: using one throws rather than guessing.
 */
export function evaluateDefault(input: ActionInput, github: Record<string, unknown>): string {
  if ('literal' in input.defaultValue) return input.defaultValue.literal;
  const { expression } = input.defaultValue;
  try {
    const lexed = new Lexer(expression).lex();
    const parsed = new Parser(lexed.tokens, ['github'], []).parse();
    const context = JSON.parse(JSON.stringify({ github }), data.reviver) as data.Dictionary;
    return new Evaluator(parsed, context).evaluate().coerceString();
  } catch (error) {
    const why = errorMessage(error);
    throw new Error(`action.yml: the default of input "${input.name}", \`\${{ ${expression} }}\`: ${why}`);
  }
}

export function prepareRun(options: ActionRunOptions): PreparedRun {
  assertDeclared(options.with ?? {});
  const smuggled = Object.keys(options.env ?? {}).filter((name) => name.startsWith('INPUT_'));
  if (smuggled.length > 0) throw new Error(`set inputs with \`with:\`, not env: ${smuggled.join(', ')}`);
  const runner = mkdtempSync(join(tmpdir(), 'okr-runner-'));
  const workspace = join(runner, 'workspace');
  const runnerTemp = join(runner, 'temp');
  mkdirSync(workspace);
  mkdirSync(runnerTemp);
  for (const [path, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  options.beforeRun?.(workspace);
  const summaryPath = join(runner, 'step_summary.md');
  const outputPath = join(runner, 'output.txt');
  const eventPath = join(runner, 'event.json');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}));

  const repository = options.repository ?? 'acme/payments';
  const eventName = options.eventName ?? 'schedule';
  const prNumber = (options.event as { pull_request?: { number?: number } } | undefined)?.pull_request?.number;
  // The github context the runner gives a step (and, upper-cased with GITHUB_, its environment).
  const github = {
    token: options.token ?? DEFAULT_TOKEN,
    repository,
    repository_owner: repository.split('/')[0]!,
    event_name: eventName,
    event_path: eventPath,
    event: options.event ?? {},
    workspace,
    action_path: ROOT, // `uses: ./`: the action is the checkout itself
    api_url: options.apiUrl,
    graphql_url: `${options.apiUrl}/graphql`,
    server_url: 'https://github.com',
    // pull_request_target runs on the base branch: its GITHUB_REF is the base's, not the merge ref.
    ref: prNumber !== undefined && eventName === 'pull_request' ? `refs/pull/${prNumber}/merge` : REF,
    sha: 'a'.repeat(40),
    actor: 'octocat',
    workflow: 'OKR scorecard',
    job: 'scorecard',
    run_id: '4242',
    run_number: '17',
    run_attempt: '1',
  };
  const env: Record<string, string> = {
    ...baseEnv(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    ...Object.fromEntries(
      Object.entries(github)
        .filter(([key, value]) => key !== 'token' && typeof value === 'string')
        .map(([key, value]) => [`GITHUB_${key.toUpperCase()}`, value as string]),
    ),
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...options.env,
    ...inputEnvironment(options.with ?? {}, github),
  };
  return { env, workspace, runnerTemp, summaryPath, outputPath };
}

/** What the step left: its exit code and log, the summary and outputs it wrote, where its files are. */
export function finishRun(
  run: PreparedRun,
  { code, stdout, stderr }: { code: number | null; stdout: string; stderr: string },
): ActionRun {
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(run.summaryPath, 'utf8'),
    outputs: parseOutputFile(readFileSync(run.outputPath, 'utf8')),
    runnerTemp: run.runnerTemp,
    workspace: run.workspace,
  };
}

/** GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` blocks (what @actions/core writes). */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const [, name, delimiter] = m;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}
