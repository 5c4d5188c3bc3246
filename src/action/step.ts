/**
 * The action's step, from what the runner says (environment, event payload) and the inputs to the delivered
 * scorecard and the step's outcome. main.ts hands it the process's environment, working directory and
 * `@actions/core`; the tests hand it the same `core` in-process, with a runner's files in a temporary folder.
 * Nothing is read at import time: a broken runner file is an `::error::` with a clear sentence, never a stack trace.
 */
import type * as Core from '@actions/core';
import { runAction } from './run.js';
import { readRunnerContext } from './runner.js';
import { reportBrokenRunner, resilientOutputs } from './environment.js';
import { errorMessage } from '../model/error-message.js';
import { plural } from '../model/plural.js';

export interface StepContext {
  env: NodeJS.ProcessEnv;
  cwd: string;
  core: typeof Core;
  now: Date;
  /** Milliseconds per second the GitHub client waits (retries, rate limits, spacing): 1000, a few in tests. */
  delayUnitMs?: number;
}

/** Runs the step; a failure is `core.setFailed`, as the runner expects. */
export async function runActionStep({ env, cwd, core, now, delayUnitMs }: StepContext): Promise<void> {
  // Problems of the runner's environment, annotated as they are found; any of them fails the step at the end.
  const problems: string[] = [];
  const annotate = (message: string) => {
    problems.push(message);
    core.error(message);
  };
  let failure: string | undefined;
  try {
    const { runner, problems: runnerProblems, fatal } = readRunnerContext(env, cwd);
    runnerProblems.forEach(annotate);
    // An output that cannot be written (GITHUB_OUTPUT unwritable) must not lose the summary and the comment.
    const actionCore = { ...core, setOutput: resilientOutputs(core.setOutput, annotate) };
    if (fatal) {
      await reportBrokenRunner(fatal, actionCore);
      failure = fatal;
    } else {
      failure = (await runAction({ runner, core: actionCore, now, delayUnitMs })).failure;
    }
  } catch (error) {
    // Unexpected: still one clear line, never a stack trace in the annotation (the stack goes to the debug log).
    core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
    failure = `OKR Scorecard failed unexpectedly: ${errorMessage(error)}`;
  }
  if (failure) core.setFailed(failure);
  else if (problems.length > 0) {
    const count = plural(problems.length, 'problem');
    core.setFailed(`The runner's environment has ${count} (annotated above).`);
  }
}
