/**
 * A deployment's outcome (SPEC §3), and what lead time and recovery time (SPEC §11) share with the fetch that reads
 * for them: each environment's deployments that have an outcome, in order (created_at, then id), and a
 * deployment's successful predecessor. Unlike the other deployment metrics, these look past the window's start:
 * a predecessor, or the deployment before a failure streak, may lie before it. Here, beside the records, because
 * the fetch (what to compare, how far to reach back) and the measure must agree on it.
 */
import type { Deployment, DeploymentStatus } from './records.js';
import { byTimeThenId } from './time.js';

const OUTCOMES = new Set(['success', 'failure', 'error']);

export interface DeploymentOutcome {
  deployment: Deployment;
  outcome: DeploymentStatus;
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

/** Per environment (only the metric's, when it names one): its deployments with an outcome at `asOf`, in order. */
export function historiesByEnvironment(
  metric: { environment?: string },
  deployments: readonly Deployment[],
  asOf: Date,
): Map<string, DeploymentOutcome[]> {
  const byEnvironment = new Map<string, DeploymentOutcome[]>();
  const unique = [...new Map(deployments.map((d) => [String(d.id), d])).values()];
  for (const deployment of unique.sort(byTimeThenId((d) => d.created_at))) {
    if (metric.environment !== undefined && deployment.environment !== metric.environment) continue;
    const outcome = outcomeOf(deployment, asOf);
    if (!outcome) continue;
    const list = byEnvironment.get(deployment.environment) ?? [];
    list.push({ deployment, outcome });
    byEnvironment.set(deployment.environment, list);
  }
  return byEnvironment;
}

/** The latest deployment before `history[index]` whose outcome is success; undefined when there is none. */
export function successfulPredecessor(
  history: readonly DeploymentOutcome[],
  index: number,
): DeploymentOutcome | undefined {
  for (let j = index - 1; j >= 0; j -= 1) if (history[j]!.outcome.state === 'success') return history[j];
  return undefined;
}

export const failed = ({ outcome }: DeploymentOutcome): boolean =>
  outcome.state === 'failure' || outcome.state === 'error';

/**
 * Every predecessor a successful deployment can have at some evaluation time up to `history`'s (SPEC §9's
 * checkpoints measure with earlier ones): an earlier deployment counts from the moment its success exists, so the
 * predecessor can only move later as time goes on. The fetch stage compares each with the deployment.
 */
export function predecessorsOverTime(history: readonly DeploymentOutcome[], index: number): DeploymentOutcome[] {
  const own = Date.parse(history[index]!.outcome.created_at);
  const successes = history.slice(0, index).filter(({ outcome }) => outcome.state === 'success');
  const found: DeploymentOutcome[] = [];
  // At each instant some success first exists (this deployment's own outcome, or a later one of an earlier
  // deployment), the predecessor is the latest earlier deployment whose success existed by then.
  const instants = [own, ...successes.map(({ outcome }) => Date.parse(outcome.created_at)).filter((t) => t > own)];
  for (const instant of instants) {
    const latest = successes.findLast(({ outcome }) => Date.parse(outcome.created_at) <= instant);
    if (latest && !found.includes(latest)) found.push(latest);
  }
  return found;
}
