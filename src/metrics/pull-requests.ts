/** pr-merge-time (SPEC §3): pull requests merged in the window (into `base`, if given), merged_at − created_at. */
import type { PullRequestMetric } from '../okrs/model.js';
import type { PullRequest } from '../github/records.js';
import type { Measurement, Window } from './measurement.js';
import { inWindow, secondsBetween } from './window.js';
import { summarizeSamples } from './summarize.js';

export function measurePullRequests(
  metric: PullRequestMetric,
  records: readonly PullRequest[],
  window: Window,
): Measurement {
  const merged = [...new Map(records.map((pr) => [pr.number, pr])).values()].filter(
    (pr) => inWindow(pr.merged_at, window) && (metric.base === undefined || pr.base === metric.base),
  );
  return summarizeSamples(
    metric,
    merged.flatMap((pr) => secondsBetween(pr.created_at, pr.merged_at!) ?? []),
  );
}
