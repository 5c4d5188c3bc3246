/**
 * The action's entry point: what the runner says (environment, event payload), the inputs, the clock; then the
 * engine and the deliveries. The only module that reads the environment or calls setFailed. Nothing is read at
 * import time: a broken runner file is an `::error::` with a clear sentence, never a stack trace.
 */
import * as core from '@actions/core';
import { runAction } from './action/run.js';
import { readRunnerContext } from './action/runner.js';
import { reportBrokenRunner, resilientOutputs } from './action/environment.js';
import { errorMessage } from './model/error-message.js';
import { plural } from './model/plural.js';

/** Problems of the runner's environment, annotated as they are found; any of them fails the step at the end. */
const problems: string[] = [];
const annotate = (message: string) => {
  problems.push(message);
  core.error(message);
};

let failure: string | undefined;
try {
  const { runner, problems: runnerProblems, fatal } = readRunnerContext(process.env, process.cwd());
  runnerProblems.forEach(annotate);
  // An output that cannot be written (GITHUB_OUTPUT unwritable) must not lose the summary and the comment.
  const actionCore = { ...core, setOutput: resilientOutputs(core.setOutput, annotate) };
  if (fatal) {
    await reportBrokenRunner(fatal, actionCore);
    failure = fatal;
  } else {
    failure = (await runAction({ runner, core: actionCore, now: new Date() })).failure;
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
