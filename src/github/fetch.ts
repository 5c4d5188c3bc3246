/**
 * The fetch stage: one listing per distinct source, a few sources at a time. A source that fails becomes an
 * error value carrying a message that says what to do; it never fails the other sources.
 */
import type { Octokit } from '@octokit/rest';
import type { SourceRecords, SourceResult, SourceSpec, SourceSpending } from './sources.js';
import type { ClientLog } from './client.js';
import { describeSourceError } from './errors.js';
import { type Budget, BudgetError, emptyCost, withCost } from './budget.js';
import { GraphqlUnavailable } from './graphql.js';
import { fetchDeploymentsByGraphql } from './deployments-graphql.js';
import { mapConcurrent } from './concurrency.js';
import { fetchWorkflowRuns } from './workflow-runs.js';
import { fetchDeployments, type DeploymentsSpec } from './deployments.js';
import { readDeliveries } from './deliveries.js';
import type { Deployment } from './records.js';
import { fetchIssues } from './issues.js';
import { fetchPullRequests } from './pull-requests.js';
import type { ListingCache } from './cache/listing-cache.js';
import { readThroughCache } from './cache/read-through.js';

export interface FetchOptions {
  /** Sources read at once (each may itself have a few requests in flight). */
  concurrency?: number;
  /** Read what GraphQL serves cheaper (deployments with statuses) by GraphQL; default true. */
  graphql?: boolean;
  /** The budgets the run may spend; without one, sources are read without estimates. */
  budget?: Budget;
  /** Fold the identity lookup (`viewer { login }`) into the first GraphQL query. */
  askViewer?: boolean;
  log?: Pick<ClientLog, 'info' | 'warn'>;
  /** Filled with what each source (by key) cost and which API served it. */
  spending?: Map<string, SourceSpending>;
  /** Read listings only where they may have changed since a run that kept them (SPEC §14). */
  cache?: ListingCache;
}

/** Shared by the sources of one run: whether GraphQL is still worth trying, and whether viewer was asked. */
interface FetchContext {
  graphql: boolean;
  askViewer: boolean;
  budget?: Budget;
  log?: Pick<ClientLog, 'info' | 'warn'>;
  cache?: ListingCache;
}

/** A listing's filters, null where unset; labels as GitHub matches them (any case, any order). */
export function sourceFilters(spec: SourceSpec): Record<string, unknown> {
  switch (spec.kind) {
    case 'workflow-runs':
      return { workflow: spec.workflow, branch: spec.branch ?? null, event: spec.event ?? null };
    case 'deployments':
      return { environment: spec.environment ?? null };
    case 'issues':
      return { labels: [...new Set(spec.labels.map((label) => label.toLowerCase()))].sort() };
    case 'pull-requests':
      return { base: spec.base ?? null };
  }
}

/**
 * Identifies a listing: kind, repository and filters, but not the window, so that key results reading the same
 * listing over different windows can share one fetch over the union of their windows.
 */
export function sourceKey(spec: SourceSpec): string {
  const repository = `${spec.owner}/${spec.repo}`.toLowerCase();
  const filters = sourceFilters(spec);
  return `${spec.kind} ${repository} ${JSON.stringify(filters)}`;
}

export async function fetchSources(
  octokit: Octokit,
  specs: readonly SourceSpec[],
  options: FetchOptions = {},
): Promise<Map<string, SourceResult>> {
  const unique = mergeByKey(specs);
  const context: FetchContext = {
    graphql: options.graphql ?? true,
    askViewer: options.askViewer ?? false,
    budget: options.budget,
    log: options.log,
    cache: options.cache,
  };
  const results = await mapConcurrent([...unique], options.concurrency ?? 4, async ([key, spec]) => {
    const spending: SourceSpending = { cost: emptyCost(), api: 'rest' };
    options.spending?.set(key, spending);
    return [key, await fetchSource(octokit, spec, context, spending)] as const;
  });
  return new Map(results);
}

/** One source, as a value: records, or an error message that says what to do; with what it cost. */
export async function fetchSource(
  octokit: Octokit,
  spec: SourceSpec,
  context: FetchContext = { graphql: true, askViewer: false },
  spending: SourceSpending = { cost: emptyCost(), api: 'rest' },
): Promise<SourceResult> {
  try {
    return { ok: true, records: await withCost(spending.cost, () => readSource(octokit, spec, context, spending)) };
  } catch (error) {
    return { ok: false, error: error instanceof BudgetError ? error.message : describeSourceError(error, spec) };
  }
}

async function readSource(
  octokit: Octokit,
  spec: SourceSpec,
  context: FetchContext,
  served: SourceSpending,
): Promise<SourceRecords[SourceSpec['kind']]> {
  const read = (wide: SourceSpec) => readFresh(octokit, wide, context, served);
  if (!context.cache) return read(spec);
  return readThroughCache(octokit, spec, sourceKey(spec), context.cache, served, read, context.budget);
}

async function readFresh(
  octokit: Octokit,
  spec: SourceSpec,
  context: FetchContext,
  served: SourceSpending,
): Promise<SourceRecords[SourceSpec['kind']]> {
  switch (spec.kind) {
    case 'workflow-runs':
      return fetchWorkflowRuns(octokit, spec, context.budget);
    case 'deployments': {
      const deployments = await readDeployments(octokit, spec, context, served);
      return spec.commits ? readDeliveries(octokit, spec, deployments, context.budget) : deployments;
    }
    case 'issues':
      return fetchIssues(octokit, spec);
    case 'pull-requests':
      return fetchPullRequests(octokit, spec);
  }
}

/** Deployments with their statuses: by GraphQL where it is available, else (or after a refusal) by REST. */
async function readDeployments(
  octokit: Octokit,
  spec: DeploymentsSpec,
  context: FetchContext,
  served: SourceSpending,
): Promise<Deployment[]> {
  if (context.graphql) {
    const askViewer = context.askViewer;
    context.askViewer = false;
    try {
      served.api = 'graphql';
      return await fetchDeploymentsByGraphql(octokit, spec, { budget: context.budget, askViewer });
    } catch (error) {
      if (!(error instanceof GraphqlUnavailable)) throw error;
      // Once GraphQL is refused, every later source goes straight to REST; said once, by the first to learn it
      // (sources read concurrently may all have asked).
      const first = context.graphql;
      context.graphql = false;
      served.api = 'rest';
      if (first)
        context.log?.warn(`${error.message}: reading deployments of ${spec.owner}/${spec.repo} by REST instead.`);
    }
  }
  return fetchDeployments(octokit, spec, context.budget);
}

/** The plan stage already passes one spec per key; should two share one, read it once over both windows. */
function mergeByKey(specs: readonly SourceSpec[]): Map<string, SourceSpec> {
  const byKey = new Map<string, SourceSpec>();
  for (const spec of specs) {
    const key = sourceKey(spec);
    const known = byKey.get(key);
    byKey.set(key, known ? mergeSpecs(known, spec) : spec);
  }
  return byKey;
}

/** Two specs with the same key: one listing over both windows (and the later `openAt`, if either has one). */
export function mergeSpecs(a: SourceSpec, b: SourceSpec): SourceSpec {
  const since = a.since < b.since ? a.since : b.since;
  const until = a.until > b.until ? a.until : b.until;
  if (a.kind === 'issues' && b.kind === 'issues') {
    const openAt = a.openAt && b.openAt ? (a.openAt > b.openAt ? a.openAt : b.openAt) : (a.openAt ?? b.openAt);
    return { ...a, since, until, openAt };
  }
  if (a.kind === 'deployments' && b.kind === 'deployments') {
    // Lead time and recovery time share the listing of the other deployment metrics, reading a little more.
    const reachBack = a.reachBack === true || b.reachBack === true ? true : undefined;
    const commits = a.commits === true || b.commits === true ? true : undefined;
    return { ...a, since, until, reachBack, commits };
  }
  return { ...a, since, until };
}
