/**
 * The action's entry point: what the runner says (environment, event payload), the inputs, the clock; then the
 * engine and the deliveries. The only module that reads the environment or calls setFailed.
 */
import * as core from '@actions/core';
import { context } from '@actions/github';
import { runAction } from './action.js';

const env = process.env;

try {
  const outcome = await runAction({
    runner: {
      repository: env.GITHUB_REPOSITORY ?? '',
      eventName: context.eventName ?? '',
      payload: context.payload,
      apiUrl: context.apiUrl,
      serverUrl: context.serverUrl,
      runId: context.runId,
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      // Without RUNNER_TEMP (a run outside a runner) the report goes beside the workspace's files.
      runnerTemp: env.RUNNER_TEMP || env.GITHUB_WORKSPACE || process.cwd(),
    },
    core,
    now: new Date(),
  });
  if (outcome.failure) core.setFailed(outcome.failure);
} catch (error) {
  // Unexpected: still one clear line, never a stack trace in the annotation (the stack goes to the debug log).
  core.debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
  core.setFailed(`OKR Scorecard failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
}
