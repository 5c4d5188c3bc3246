/**
 * Runs the action in this process, through the step main.ts runs (src/action/step.ts), with the real
 * `@actions/core`: the step's environment is the process's for the run (core reads its inputs and GITHUB_OUTPUT
 * there), its log is what core writes to stdout, and its exit code what setFailed sets. Everything is put back
 * afterwards. Runs in one file are sequential (vitest runs a file's tests one at a time), so they never overlap.
 */
import * as core from '@actions/core';
import { runActionStep } from '../../src/action/step.js';
import { finishRun, prepareRun, type ActionRun, type ActionRunOptions } from './runner.js';

export type { ActionRun, ActionRunOptions };

type Write = typeof process.stdout.write;

/**
 * The client's waits (retries, rate-limit resets, the spacing of writes and GraphQL queries) are 5 ms a second
 * here, as in the client's own tests (tests/github/support/history.ts); the bundle's runs wait in real seconds.
 */
const DELAY_UNIT_MS = 5;

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const run = prepareRun(options);
  const log = { stdout: '', stderr: '' };
  const capture =
    (stream: 'stdout' | 'stderr'): Write =>
    (chunk: string | Uint8Array, ...rest: unknown[]) => {
      log[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      done?.();
      return true;
    };
  const saved = {
    env: process.env,
    exitCode: process.exitCode,
    stdout: process.stdout.write,
    stderr: process.stderr.write,
    console: { ...console },
  };
  process.env = { ...run.env };
  process.exitCode = undefined;
  process.stdout.write = capture('stdout');
  process.stderr.write = capture('stderr');
  // What a child process's console would print, on the same streams.
  const print =
    (stream: 'stdout' | 'stderr') =>
    (...args: unknown[]) => {
      log[stream] += `${args.join(' ')}\n`;
    };
  Object.assign(console, { log: print('stdout'), info: print('stdout'), debug: print('stdout') });
  Object.assign(console, { warn: print('stderr'), error: print('stderr') });
  let code: number;
  try {
    // @actions/core's summary remembers the first GITHUB_STEP_SUMMARY it wrote to: each run gets a fresh one.
    const summary = new (core.summary.constructor as new () => typeof core.summary)();
    await runActionStep({
      env: process.env,
      cwd: run.workspace,
      core: { ...core, summary },
      now: new Date(),
      delayUnitMs: DELAY_UNIT_MS,
    });
    code = Number(process.exitCode ?? 0);
  } finally {
    process.env = saved.env;
    process.exitCode = saved.exitCode;
    process.stdout.write = saved.stdout;
    process.stderr.write = saved.stderr;
    Object.assign(console, saved.console);
  }
  return finishRun(run, { code, ...log });
}
