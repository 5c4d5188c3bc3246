/**
 * Deployments created in [since, until) with all their statuses, by GraphQL: a hundred deployments and a
 * hundred statuses each in one query (1 point), where REST needs a request per deployment for its statuses.
 * Newest first by an explicit orderBy (GraphQL's default is oldest first), so reading stops at the first page that
 * reaches past `since`, as the REST path does; a deployment with more than 100 statuses pages them by its node.
 */
import type { Octokit } from '@octokit/rest';
import type { Deployment, DeploymentStatus } from './records.js';
import type { DeploymentsSpec } from './deployments.js';
import type { Budget } from './budget.js';
import { graphqlQuery } from './graphql.js';
import { estimatePages } from './estimate.js';
import { byTimeThenId, epochMs } from './time.js';
import { inWindow } from '../model/window.js';
import { ReachBack } from './reach-back.js';

const STATUS_FIELDS = 'pageInfo { hasNextPage endCursor } nodes { state createdAt }';

export const DEPLOYMENTS_QUERY = `query (
  $owner: String!, $name: String!, $environments: [String!], $after: String, $viewer: Boolean!
) {
  viewer @include(if: $viewer) { login }
  rateLimit { cost remaining limit resetAt }
  repository(owner: $owner, name: $name) {
    deployments(environments: $environments, orderBy: {field: CREATED_AT, direction: DESC}, first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id createdAt environment commitOid statuses(first: 100) { ${STATUS_FIELDS} } }
    }
  }
}`;

export const MORE_STATUSES_QUERY = `query ($id: ID!, $after: String) {
  rateLimit { cost remaining limit resetAt }
  node(id: $id) { ... on Deployment { statuses(first: 100, after: $after) { ${STATUS_FIELDS} } } }
}`;

const STATUSES_BY_NODE_QUERY = `query ($ids: [ID!]!) {
  rateLimit { cost remaining limit resetAt }
  nodes(ids: $ids) { ... on Deployment { id statuses(first: 100) { ${STATUS_FIELDS} } } }
}`;

/** The statuses of up to 100 deployments by their node ids, in one query (1 point), keyed by node id. */
export async function statusesOfDeployments(
  octokit: Octokit,
  ids: readonly string[],
): Promise<Map<string, DeploymentStatus[]>> {
  const data = await graphqlQuery<{ nodes: (Pick<DeploymentNode, 'id' | 'statuses'> | null)[] }>(
    octokit,
    STATUSES_BY_NODE_QUERY,
    { ids },
  );
  const found = new Map<string, DeploymentStatus[]>();
  for (const node of data.nodes) if (node?.id) found.set(node.id, await allStatuses(octokit, node));
  return found;
}

interface StatusPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { state: string; createdAt: string }[];
}

interface DeploymentNode {
  id: string;
  createdAt: string;
  environment: string | null;
  commitOid: string;
  statuses: StatusPage | null;
}

interface DeploymentsPage {
  repository: {
    deployments: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: DeploymentNode[];
    };
  } | null;
}

/**
 * GraphQL's DeploymentStatusState in REST's words. REST has no `waiting` (a deployment waiting for a reviewer's
 * approval): it is not an outcome either way, so it reads as `pending`, which the metrics treat alike.
 */
const REST_STATE: Record<string, DeploymentStatus['state']> = {
  ERROR: 'error',
  FAILURE: 'failure',
  INACTIVE: 'inactive',
  IN_PROGRESS: 'in_progress',
  PENDING: 'pending',
  QUEUED: 'queued',
  SUCCESS: 'success',
  WAITING: 'pending',
};

export interface GraphqlDeploymentsOptions {
  budget?: Budget;
  /** Fold `viewer { login }` into the first query (the identity lookup then needs no request of its own). */
  askViewer?: boolean;
}

export async function fetchDeploymentsByGraphql(
  octokit: Octokit,
  spec: DeploymentsSpec,
  options: GraphqlDeploymentsOptions = {},
): Promise<Deployment[]> {
  const window = { start: spec.since, end: spec.until };
  const found: Deployment[] = [];
  const reach = new ReachBack(spec.since);
  let after: string | null = null;
  let release: (() => void) | undefined;
  try {
    for (let page = 0; ; page += 1) {
      const variables: Record<string, unknown> = {
        owner: spec.owner,
        name: spec.repo,
        environments: spec.environment === undefined ? null : [spec.environment],
        after,
        viewer: page === 0 && options.askViewer === true,
      };
      const data = await graphqlQuery<DeploymentsPage>(octokit, DEPLOYMENTS_QUERY, variables);
      const connection = data.repository?.deployments;
      if (!connection) break;
      for (const node of connection.nodes) {
        const environment = node.environment ?? '';
        const inside = inWindow(node.createdAt, window);
        if (inside) reach.sawInWindow(environment);
        const earlier = epochMs(node.createdAt) < spec.since.getTime();
        if (!inside && !(spec.reachBack && earlier && reach.wants(environment))) continue;
        const deployment: Deployment = {
          id: node.id,
          created_at: node.createdAt,
          environment,
          sha: node.commitOid,
          statuses: await allStatuses(octokit, node),
        };
        found.push(deployment);
        if (!inside) reach.settle(deployment);
      }
      const oldest = connection.nodes.at(-1);
      const reached = oldest && epochMs(oldest.createdAt) < spec.since.getTime() && (!spec.reachBack || reach.done);
      if (!connection.pageInfo.hasNextPage || !oldest || reached) break;
      if (page === 0 && options.budget) {
        const pages = estimatePages(
          connection.nodes.map((n) => n.createdAt),
          connection.totalCount,
          spec.since,
        );
        release = options.budget.claim('graphql', pages, () => `deployments of ${spec.owner}/${spec.repo}`);
      }
      after = connection.pageInfo.endCursor;
    }
  } finally {
    release?.();
  }
  return found.sort(byTimeThenId((deployment) => deployment.created_at));
}

/**
 * All statuses of a deployment, oldest first. GraphQL's DeploymentStatus has no databaseId: GitHub lists them
 * newest first (the REST path's order by created_at, then id), so a status's position stands in for its id, which
 * the metrics use only to order two statuses of one deployment created in the same second.
 */
async function allStatuses(
  octokit: Octokit,
  node: Pick<DeploymentNode, 'id' | 'statuses'>,
): Promise<DeploymentStatus[]> {
  const newestFirst = [...(node.statuses?.nodes ?? [])];
  let page = node.statuses?.pageInfo;
  while (page?.hasNextPage) {
    const variables = { id: node.id, after: page.endCursor };
    const data = await graphqlQuery<{ node: { statuses: StatusPage | null } | null }>(
      octokit,
      MORE_STATUSES_QUERY,
      variables,
    );
    newestFirst.push(...(data.node?.statuses?.nodes ?? []));
    page = data.node?.statuses?.pageInfo;
  }
  return newestFirst
    .map((status, index) => ({
      id: newestFirst.length - index,
      state: REST_STATE[status.state] ?? 'pending',
      created_at: status.createdAt,
    }))
    .sort(byTimeThenId((status) => status.created_at));
}
