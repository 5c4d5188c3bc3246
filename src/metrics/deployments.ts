/**
 * deployment-duration, deployment-frequency and change-failure-rate (SPEC §3), from deployments with their
 * statuses. A deployment's outcome is its earliest status among success, failure and error; inactive, queued,
 * pending and in_progress are not outcomes (GitHub marks an earlier successful deployment inactive when a newer
 * one succeeds, and a later failure does not undo a success that already happened).
 */
import type { DeploymentMetric } from '../okrs/model.js';
import type { Deployment, DeploymentStatus } from '../github/records.js';
import type { Measurement, Window } from './measurement.js';
import { inWindow, secondsBetween } from './window.js';
import { summarizeCount, summarizeRatio, summarizeSamples } from './summarize.js';

const OUTCOMES = new Set(['success', 'failure', 'error']);

export function measureDeployments(
  metric: DeploymentMetric,
  deployments: readonly Deployment[],
  window: Window,
): Measurement {
  const inScope = uniqueById(deployments).filter(
    (d) =>
      inWindow(d.created_at, window) && (metric.environment === undefined || d.environment === metric.environment),
  );
  const withOutcome = inScope.flatMap((deployment) => {
    const outcome = outcomeOf(deployment, window.end);
    return outcome ? [{ deployment, outcome }] : [];
  });
  const succeeded = withOutcome.filter(({ outcome }) => outcome.state === 'success');

  switch (metric.type) {
    case 'deployment-frequency':
      return summarizeCount(metric, succeeded.length, window);
    case 'change-failure-rate':
      return summarizeRatio(withOutcome.length - succeeded.length, withOutcome.length);
    case 'deployment-duration':
      return summarizeSamples(
        metric,
        succeeded.flatMap(({ deployment, outcome }) => secondsBetween(deployment.created_at, outcome.created_at) ?? []),
      );
  }
}

/**
 * The earliest outcome status (by created_at, then id) known at `asOf`: statuses created at or after it had not
 * happened yet at the evaluation time. undefined when the deployment has no outcome by then.
 */
export function outcomeOf(deployment: Deployment, asOf: Date): DeploymentStatus | undefined {
  let earliest: DeploymentStatus | undefined;
  let earliestAt = Infinity;
  for (const status of deployment.statuses) {
    if (!OUTCOMES.has(status.state)) continue;
    const at = Date.parse(status.created_at);
    if (Number.isNaN(at) || at >= asOf.getTime()) continue;
    if (at < earliestAt || (at === earliestAt && earliest !== undefined && status.id < earliest.id)) {
      earliest = status;
      earliestAt = at;
    }
  }
  return earliest;
}

function uniqueById(deployments: readonly Deployment[]): Deployment[] {
  return [...new Map(deployments.map((d) => [String(d.id), d])).values()];
}
