/** The action's GitHub client and the log line of what it cost: one per run, shared by every OKR file in it. */
import type * as Core from '@actions/core';
import { createGitHubClient, type GitHubClient } from './github/client.js';
import type { ActionInputs } from './inputs.js';
import type { RunnerContext } from './action.js';

export function actionClient(core: typeof Core, inputs: ActionInputs, runner: RunnerContext): GitHubClient {
  return createGitHubClient({
    token: inputs.token || undefined,
    baseUrl: runner.apiUrl,
    // Octokit logs every request (info) and every failed one (error): debug detail. The failures that matter reach
    // the report as key result errors, and the totals the collapsed group at the end.
    log: {
      debug: () => {},
      info: (message) => core.debug(message),
      warn: core.warning,
      error: (message) => core.debug(message),
    },
  });
}

export function logRequests(core: typeof Core, octokit: GitHubClient): void {
  const stats = octokit.stats();
  core.startGroup(`GitHub API: ${stats.requests} requests`);
  core.info(`Requests: ${stats.requests} (of which retries: ${stats.retries})`);
  if (stats.rateLimit) {
    core.info(
      `Rate limit left: ${stats.rateLimit.remaining} of ${stats.rateLimit.limit}, resets ${stats.rateLimit.reset.toISOString()}`,
    );
  }
  core.endGroup();
}
