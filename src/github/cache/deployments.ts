/**
 * Deployments through the cache (SPEC §14): a deployment never changes, but its statuses do until one is an
 * outcome (§3: success, failure, error; a later status cannot be an earlier outcome). So the next run reads the
 * deployments listed since the last read, and the statuses of those that had no outcome then, by REST, where each
 * page can be asked with its ETag (GraphQL has no 304): with nothing new, every request answers 304, free.
 */
import type { Octokit } from '@octokit/rest';
import type { Deployment, DeploymentStatus } from '../records.js';
import type { DeploymentsSpec } from '../deployments.js';
import { mapConcurrent } from '../concurrency.js';
import { byTimeThenId } from '../time.js';
import type { CachedComparison, CachedDeployment, DeploymentsEntry } from './format.js';
import type { Budget } from '../budget.js';
import { readDeliveries } from '../deliveries.js';
import { outcomeOf } from '../deployment-history.js';
import { inWindow } from '../../model/window.js';
import { getPage, PER_PAGE } from './conditional.js';
import { OVERLAP_MS } from './timing.js';
import { statusesOfDeployments } from '../deployments-graphql.js';

const OUTCOMES = new Set(['success', 'failure', 'error']);

interface ListedDeployment {
  id: number;
  node_id: string;
  created_at: string;
  environment: string;
  sha: string;
}

interface ListedStatus {
  id: number;
  state: DeploymentStatus['state'];
  created_at: string;
}

export function coldDeploymentsEntry(
  records: Deployment[],
  spec: DeploymentsSpec,
  readAt: number,
  api: 'rest' | 'graphql',
): Omit<DeploymentsEntry, 'fullRead'> {
  const deployments = records.map((d) => ({
    id: typeof d.id === 'bigint' ? Number(d.id) : d.id,
    restId: api === 'rest' ? Number(d.id) : null,
    created_at: d.created_at,
    environment: d.environment,
    sha: d.sha ?? null,
    statuses: d.statuses.map(({ id, state, created_at }) => ({ id: Number(id), state, created_at })),
    statusEtag: null,
  }));
  const reachBack = spec.reachBack === true;
  const since = spec.since.getTime();
  return { kind: 'deployments', readAt, since, api, etag: null, reachBack, compares: comparesOf(records), deployments };
}

/** The comparisons a full read made, from what each deployment delivered (`behind_by` is not kept there). */
function comparesOf(records: readonly Deployment[]): Record<string, CachedComparison> {
  const compares: Record<string, CachedComparison> = {};
  for (const { sha, delivered } of records) {
    for (const [base, commits] of Object.entries(delivered ?? {}))
      compares[`${base}...${sha}`] = { behindBy: null, commits };
  }
  return compares;
}

/**
 * The listing read where it may have changed; null when the records kept cannot serve it exactly (an environment
 * they do not reach back far enough for: the caller reads it in full).
 */
export async function readDeploymentsWarm(
  octokit: Octokit,
  spec: DeploymentsSpec,
  entry: DeploymentsEntry,
  readAt: number,
  budget?: Budget,
): Promise<{ records: Deployment[]; entry: DeploymentsEntry } | null> {
  const since = spec.since.getTime();
  const known = new Map<string, CachedDeployment>();
  for (const d of entry.deployments) {
    if (spec.reachBack || Date.parse(d.created_at) >= since) known.set(String(d.id), { ...d });
  }
  const fresh = new Set<string>();
  const etag = await readNewDeployments(octokit, spec, entry, known, fresh);
  // New deployments by GraphQL where it read the listing (one query for up to 100, where REST needs one each);
  // those known without an outcome by REST, each asked with its ETag (GraphQL has no 304).
  const byGraphql = entry.api === 'graphql' && fresh.size > 1 ? [...fresh].slice(0, 100) : [];
  if (byGraphql.length > 0) {
    const statuses = await statusesOfDeployments(octokit, byGraphql);
    for (const id of byGraphql) {
      const d = known.get(id)!;
      d.statuses = (statuses.get(id) ?? []).map(({ id: position, state, created_at }) => ({
        id: Number(position),
        state,
        created_at,
      }));
      fresh.delete(id);
    }
  }
  const open = [...known.values()].filter((d) => fresh.has(String(d.id)) || !hasOutcome(d));
  await mapConcurrent(open, 4, async (d) => {
    if (d.restId === null) return;
    const statuses = await readStatuses(octokit, spec, d.restId, fresh.has(String(d.id)) ? null : d.statusEtag);
    if (statuses === null) return;
    const items = entry.api === 'graphql' ? asGraphqlPositions(statuses.items) : statuses.items;
    d.statuses = items.map(({ id, state, created_at }) => ({ id: Number(id), state, created_at }));
    d.statusEtag = statuses.etag;
  });
  const all = [...known.values()].sort(byTimeThenId((d) => d.created_at));
  const records: Deployment[] = all.map(({ id, created_at, environment, sha, statuses }) => ({
    id,
    created_at,
    environment,
    ...(sha === null ? {} : { sha }),
    statuses: statuses.map((s) => ({ ...s, state: s.state as DeploymentStatus['state'] })),
  }));
  const kept = spec.reachBack ? reachingBack(spec, records) : records;
  if (kept === null) return null;
  const ids = new Set(kept.map((d) => String(d.id)));
  const deployments = all.filter((d) => ids.has(String(d.id)));
  // A deployment kept without an outcome whose statuses could not be asked (no REST id yet): read in full.
  if (deployments.some((d) => d.restId === null && !hasOutcome(d))) return null;
  const memo = new Map(Object.entries(entry.compares));
  const delivered = spec.commits ? await readDeliveries(octokit, spec, kept, budget, memo) : kept;
  const compares = Object.fromEntries(memo);
  return {
    records: delivered,
    entry: { ...entry, readAt, since, etag, reachBack: spec.reachBack === true, compares, deployments },
  };
}

/**
 * The records reach-back.ts asks for, from those kept: each environment's from its latest success before `since`
 * (older ones no window needs any more). Kept records of an environment are every deployment from its oldest kept
 * on (a full read lists them all; later runs drop only what is older than such a success, which stays one), so a
 * success among them settles it exactly; an environment in the window that none settles: null.
 */
function reachingBack(spec: DeploymentsSpec, records: readonly Deployment[]): Deployment[] | null {
  const since = spec.since.getTime();
  const settledAt = new Map<string, number>();
  records.forEach((d, index) => {
    if (Date.parse(d.created_at) < since && outcomeOf(d, spec.since)?.state === 'success') {
      settledAt.set(d.environment, index);
    }
  });
  const window = { start: spec.since, end: spec.until };
  for (const d of records) {
    if (inWindow(d.created_at, window) && !settledAt.has(d.environment)) return null;
  }
  return records.filter(
    (d, index) => Date.parse(d.created_at) >= since || index >= (settledAt.get(d.environment) ?? 0),
  );
}

function hasOutcome(d: CachedDeployment): boolean {
  return d.statuses.some((s) => OUTCOMES.has(s.state));
}

/**
 * Newest first until a page reaches before the last read (less the overlap), and on while a deployment without an
 * outcome has no REST id yet (GraphQL read it: its status listing needs one). Adds the new ones to `known`.
 */
async function readNewDeployments(
  octokit: Octokit,
  spec: DeploymentsSpec,
  entry: DeploymentsEntry,
  known: Map<string, CachedDeployment>,
  fresh: Set<string>,
): Promise<string | null> {
  const idOf = (d: ListedDeployment): string => (entry.api === 'graphql' ? d.node_id : String(d.id));
  const lacksRestId = () => [...known.values()].some((d) => d.restId === null && !hasOutcome(d));
  const params = { owner: spec.owner, repo: spec.repo, environment: spec.environment };
  const route = 'GET /repos/{owner}/{repo}/deployments';
  let first = await getPage<ListedDeployment[]>(octokit, route, { ...params, page: 1 }, entry.etag);
  if (first.data === null && !lacksRestId()) return first.etag;
  if (first.data === null) first = await getPage<ListedDeployment[]>(octokit, route, { ...params, page: 1 }, null);
  let data = first.data ?? [];
  for (let page = 1; ; ) {
    for (const listed of data) {
      const id = idOf(listed);
      const cached = known.get(id);
      if (cached) cached.restId = listed.id;
      else if (Date.parse(listed.created_at) >= spec.since.getTime()) {
        fresh.add(id);
        const { created_at, environment, sha } = listed;
        known.set(id, { id, restId: listed.id, created_at, environment, sha, statuses: [], statusEtag: null });
      }
    }
    const oldest = data.at(-1);
    if (!oldest || data.length < PER_PAGE) break;
    const oldestMs = Date.parse(oldest.created_at);
    // Before the window only while a deployment kept there (lead time's reach back) still needs its REST id.
    if (oldestMs < spec.since.getTime() && !lacksRestId()) break;
    if (oldestMs < entry.readAt - OVERLAP_MS && !lacksRestId()) break;
    page += 1;
    data = (await getPage<ListedDeployment[]>(octokit, route, { ...params, page }, null)).data ?? [];
  }
  return first.etag;
}

async function readStatuses(
  octokit: Octokit,
  spec: DeploymentsSpec,
  restId: number,
  etag: string | null,
): Promise<{ items: DeploymentStatus[]; etag: string | null } | null> {
  const route = 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
  const params = { owner: spec.owner, repo: spec.repo, deployment_id: restId };
  const first = await getPage<ListedStatus[]>(octokit, route, { ...params, page: 1 }, etag);
  if (first.data === null) return null;
  const items: DeploymentStatus[] = [];
  let data = first.data;
  for (let page = 1; ; page += 1) {
    for (const { id, state, created_at } of data) items.push({ id, state, created_at });
    if (data.length < PER_PAGE) break;
    data = (await getPage<ListedStatus[]>(octokit, route, { ...params, page: page + 1 }, null)).data ?? [];
  }
  return { items: items.sort(byTimeThenId((s) => s.created_at)), etag: first.etag };
}

/**
 * Statuses as the GraphQL read numbers them (deployments-graphql.ts: GraphQL has no status id, so a status's
 * place in GitHub's newest-first order stands in for it), so that a cached listing reads the same either way.
 */
function asGraphqlPositions(oldestFirst: DeploymentStatus[]): DeploymentStatus[] {
  const newestFirst = [...oldestFirst].reverse();
  return newestFirst
    .map((status, index) => ({ ...status, id: newestFirst.length - index }))
    .sort(byTimeThenId((status) => status.created_at));
}
