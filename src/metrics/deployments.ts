/**
 * What deployment-duration, deployment-frequency and change-failure-rate (SPEC §3) share: deployments in scope
 * with their outcome. A deployment's outcome is its earliest status among success, failure and error; inactive,
 * queued, pending and in_progress are not outcomes (GitHub marks an earlier successful deployment inactive when a
 * newer one succeeds, and a later failure does not undo a success that already happened).
 */
import type { DeploymentMetric } from '../metric-types/index.js';
import type { Deployment } from '../github/records.js';
import { outcomeOf, type DeploymentOutcome } from '../github/deployment-history.js';
import type { Window } from '../model/window.js';
import { inWindow } from '../model/window.js';

// The outcome rule is the fetch's too (lead time's predecessor, the reach-back): it lives with the records.
export { outcomeOf, type DeploymentOutcome } from '../github/deployment-history.js';

/** Deployments created in the window (to the metric's environment) that had an outcome by its end, each once. */
export function outcomesInScope(
  metric: DeploymentMetric,
  deployments: readonly Deployment[],
  window: Window,
): DeploymentOutcome[] {
  const inScope = uniqueById(deployments).filter(
    (d) => inWindow(d.created_at, window) && (metric.environment === undefined || d.environment === metric.environment),
  );
  return inScope.flatMap((deployment) => {
    const outcome = outcomeOf(deployment, window.end);
    return outcome ? [{ deployment, outcome }] : [];
  });
}

export const succeeded = (outcomes: readonly DeploymentOutcome[]): DeploymentOutcome[] =>
  outcomes.filter(({ outcome }) => outcome.state === 'success');

function uniqueById(deployments: readonly Deployment[]): Deployment[] {
  return [...new Map(deployments.map((d) => [String(d.id), d])).values()];
}
