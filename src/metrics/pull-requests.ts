/** What pull-request metrics (SPEC §3) share: the pull requests merged in the window, into `base` if given. */
import type { PullRequestMetric } from '../metric-types/index.js';
import type { PullRequest } from '../github/records.js';
import type { Window } from '../model/window.js';
import { inWindow } from '../model/window.js';

export function mergedInScope(
  metric: PullRequestMetric,
  records: readonly PullRequest[],
  window: Window,
): PullRequest[] {
  return [...new Map(records.map((pr) => [pr.number, pr])).values()].filter(
    (pr) => inWindow(pr.merged_at, window) && (metric.base === undefined || pr.base === metric.base),
  );
}
