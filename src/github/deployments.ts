/**
 * Deployments created in [since, until), each with all its statuses. GitHub lists deployments newest first and
 * has no date filter, so reading stops at the first page that reaches past `since`. Statuses have no bulk
 * route: one listing per deployment in the window, a few at a time. A deployment created while we read pushes
 * the others one place down, so the next page repeats the last one: deployments are kept by id.
 * With `reachBack` it reads on, newest first, the deployments before the window that lead time and recovery
 * time need (reach-back.ts), one status listing each, and stops as soon as every environment has what it needs.
 */
import type { Octokit } from '@octokit/rest';
import type { SourceSpec } from './sources.js';
import type { Deployment, DeploymentStatus } from './records.js';
import { mapConcurrent } from './concurrency.js';
import { byTimeThenId, epochMs } from './time.js';
import { inWindow } from '../model/window.js';
import type { Budget } from './budget.js';
import { ReachBack } from './reach-back.js';

export type DeploymentsSpec = Extract<SourceSpec, { kind: 'deployments' }>;

const STATUS_CONCURRENCY = 4;

export async function fetchDeployments(
  octokit: Octokit,
  spec: DeploymentsSpec,
  budget?: Budget,
): Promise<Deployment[]> {
  const inRange = new Map<Deployment['id'], Omit<Deployment, 'statuses'>>();
  const before = new Map<Deployment['id'], Deployment>();
  const reach = new ReachBack(spec.since);
  const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
    owner: spec.owner,
    repo: spec.repo,
    environment: spec.environment,
    per_page: 100,
  });
  for await (const { data } of pages) {
    for (const { id, created_at, environment, sha } of data) {
      if (inWindow(created_at, { start: spec.since, end: spec.until })) {
        inRange.set(id, { id, created_at, environment, sha });
        reach.sawInWindow(environment);
      } else if (spec.reachBack && epochMs(created_at) < spec.since.getTime() && reach.wants(environment)) {
        // One at a time, newest first: the first success before the window ends its environment's reach.
        const deployment = { id, created_at, environment, sha, statuses: await fetchStatuses(octokit, spec, id) };
        before.set(id, deployment);
        reach.settle(deployment);
      }
    }
    const oldest = data.at(-1);
    if (!oldest || (epochMs(oldest.created_at) < spec.since.getTime() && (!spec.reachBack || reach.done))) break;
  }
  // One status listing per deployment in the window: claim them before sending any.
  const what = () => `the statuses of ${inRange.size} deployments of ${spec.owner}/${spec.repo}`;
  const release = budget?.claim('rest', inRange.size, what);
  try {
    const withStatuses = await mapConcurrent([...inRange.values()], STATUS_CONCURRENCY, async (deployment) => ({
      ...deployment,
      statuses: await fetchStatuses(octokit, spec, deployment.id),
    }));
    return [...before.values(), ...withStatuses].sort(byTimeThenId((deployment) => deployment.created_at));
  } finally {
    release?.();
  }
}

/** All statuses of one deployment, oldest first. */
async function fetchStatuses(
  octokit: Octokit,
  spec: DeploymentsSpec,
  deploymentId: Deployment['id'],
): Promise<DeploymentStatus[]> {
  const statuses: DeploymentStatus[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.repos.listDeploymentStatuses, {
    owner: spec.owner,
    repo: spec.repo,
    deployment_id: Number(deploymentId),
    per_page: 100,
  });
  for await (const { data } of pages) {
    for (const status of data) statuses.push({ id: status.id, state: status.state, created_at: status.created_at });
  }
  return statuses.sort(byTimeThenId((status) => status.created_at));
}
