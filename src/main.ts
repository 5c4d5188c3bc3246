/**
 * The action's entry point: read the runner's environment and inputs, run the engine, deliver the results.
 * The only module that touches process.env or calls setFailed.
 */
import * as core from '@actions/core';
import { runAction } from './action.js';

const env = process.env;

try {
  const outcome = await runAction({ env, core, now: new Date() });
  if (outcome.failure) core.setFailed(outcome.failure);
} catch (error) {
  // Unexpected: still one clear line, never a stack trace in the annotation (the stack goes to the debug log).
  core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
  core.setFailed(`OKR Scorecard failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
}
