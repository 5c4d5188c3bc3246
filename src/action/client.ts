/** The action's GitHub client and the log line of what it cost: one per run, shared by every OKR file in it. */
import type * as Core from '@actions/core';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { proxiedFetch } from '../github/proxy.js';
import type { RequestsReport, SourceCostReport } from '../report/model.js';
import { deadlineSignal, measuringDeadlineMessage } from '../github/deadline.js';
import { formatDuration } from '../report/format.js';
import type { ActionInputs } from './inputs.js';
import { redactWrites, type Redact } from '../report/redact.js';
import type { ActionContext } from './context.js';

/** After measuring (whose time the `deadline` input sets), the comment and the tracking issue get this long. */
const DELIVERY_SECONDS = 60;

export interface ActionClient {
  octokit: GitHubClient;
  /** Starts (or restarts, for the next OKR file) the measuring deadline: the `deadline` input's time. */
  measuring(): void;
  /** Starts the delivery deadline: a minute for the comment and the tracking issue. */
  delivering(): void;
  /** The deadline now running, for requests that do not go through Octokit (Prometheus's). */
  deadline(): AbortSignal;
}

/** Every write it makes (comment, issue bodies) is redacted with `redact` (SPEC §7). */
export function actionClient(
  { core, runner, delayUnitMs }: ActionContext,
  inputs: ActionInputs,
  redact: Redact,
): ActionClient {
  const measuringMessage = measuringDeadlineMessage(formatDuration(inputs.deadline), 'the `deadline` input');
  let deadline = deadlineSignal(inputs.deadline, measuringMessage);
  const octokit = createGitHubClient({
    token: inputs.token || undefined,
    baseUrl: runner.apiUrl,
    // A self-hosted runner's proxy (`https_proxy`, `no_proxy`), as the toolkit's own HTTP client honours it.
    transport: proxiedFetch(runner.apiUrl),
    deadline: () => deadline,
    delayUnitMs,
    // Octokit logs every request (info) and every failed one (error): debug detail. The failures that matter reach
    // the report as key result errors, and the totals the collapsed group at the end.
    // Its warnings (rate limits, retries) are the log's: they would crowd the findings out of the annotations.
    log: {
      debug: () => {},
      info: (message) => core.debug(message),
      warn: (message) => core.info(message),
      error: (message) => core.debug(message),
    },
  });
  redactWrites(octokit, redact);
  return {
    octokit,
    measuring: () => {
      deadline = deadlineSignal(inputs.deadline, measuringMessage);
    },
    delivering: () => {
      deadline = deadlineSignal(
        DELIVERY_SECONDS,
        `GitHub did not answer within the ${DELIVERY_SECONDS} s for delivery`,
      );
    },
    deadline: () => deadline,
  };
}

function cacheNote(cache: SourceCostReport['cache']): string {
  if (!cache) return '';
  if (cache.state === 'cold') return ', read in full (not in the cache yet)';
  const free = cache.notModified > 0 ? `, ${cache.notModified} answered 304 (free)` : '';
  return `, only what changed${free} (a full read took ${cache.fullReadRequests})`;
}

export function logRequests(core: typeof Core, octokit: GitHubClient, costs: RequestsReport | undefined): void {
  const stats = octokit.stats();
  const rest = stats.requests - stats.graphqlRequests;
  core.startGroup(`GitHub API: ${stats.requests} requests (${rest} REST, ${stats.graphqlRequests} GraphQL)`);
  core.info(`Requests: ${stats.requests} (of which retries: ${stats.retries}; GraphQL: ${stats.graphqlRequests})`);
  for (const source of costs?.sources ?? []) {
    const filters = Object.entries(source.filters).filter(
      ([, v]) => v !== null && !(Array.isArray(v) && v.length === 0),
    );
    const filterText = filters.map(([k, v]) => `${k}=${String(v)}`).join(' ');
    const what = `${source.kind} ${source.repository}${filters.length ? ` ${filterText}` : ''}`;
    const graphql = source.graphqlRequests
      ? `, ${source.graphqlRequests} GraphQL (${source.graphqlPoints} points)`
      : '';
    core.info(`  ${what}: ${source.restRequests} REST${graphql}, by ${source.api}${cacheNote(source.cache)}`);
  }
  if (costs?.cache) {
    core.info(
      `The cache saved about ${costs.cache.saved} requests against reading every listing in full; ` +
        `${costs.cache.notModified} answered 304 Not Modified, which GitHub does not count.`,
    );
  }
  if (costs?.prometheusRequests) {
    core.info(`Prometheus: ${costs.prometheusRequests} queries (none of them count against GitHub's rate limits)`);
  }
  if (stats.rateLimit) {
    core.info(
      `Rate limit left: ${stats.rateLimit.remaining} of ${stats.rateLimit.limit}, ` +
        `resets ${stats.rateLimit.reset.toISOString()}`,
    );
  }
  if (stats.graphqlRateLimit) {
    const graphql = stats.graphqlRateLimit;
    core.info(`GraphQL points left: ${graphql.remaining} of ${graphql.limit}, resets ${graphql.reset.toISOString()}`);
  }
  core.endGroup();
}
