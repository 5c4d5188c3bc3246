/**
 * What deployment-duration, deployment-frequency and change-failure-rate (SPEC §3) share: deployments in scope
 * with their outcome. A deployment's outcome is its earliest status among success, failure and error; inactive,
 * queued, pending and in_progress are not outcomes (GitHub marks an earlier successful deployment inactive when a
 * newer one succeeds, and a later failure does not undo a success that already happened).
 */
import type { DeploymentMetric } from '../metric-types/index.js';
import type { Deployment, DeploymentStatus } from '../github/records.js';
import type { Window } from '../model/window.js';
import { inWindow } from '../model/window.js';

const OUTCOMES = new Set(['success', 'failure', 'error']);

export interface DeploymentOutcome {
  deployment: Deployment;
  outcome: DeploymentStatus;
}

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
