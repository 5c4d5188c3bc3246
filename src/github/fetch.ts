/**
 * The fetch stage: one listing per distinct source, a few sources at a time. A source that fails becomes an
 * error value carrying a message that says what to do; it never fails the other sources.
 */
import type { Octokit } from '@octokit/rest';
import type { SourceRecords, SourceResult, SourceSpec } from './sources.js';
import { describeSourceError } from './errors.js';
import { mapConcurrent } from './concurrency.js';
import { fetchWorkflowRuns } from './workflow-runs.js';
import { fetchDeployments } from './deployments.js';
import { fetchIssues } from './issues.js';
import { fetchPullRequests } from './pull-requests.js';

export interface FetchOptions {
  /** Sources read at once (each may itself have a few requests in flight). */
  concurrency?: number;
}

/**
 * Identifies a listing: kind, repository and filters, but not the window, so that key results reading the same
 * listing over different windows can share one fetch over the union of their windows.
 */
export function sourceKey(spec: SourceSpec): string {
  const repository = `${spec.owner}/${spec.repo}`.toLowerCase();
  const filters = ((): Record<string, unknown> => {
    switch (spec.kind) {
      case 'workflow-runs':
        return { workflow: spec.workflow, branch: spec.branch ?? null, event: spec.event ?? null };
      case 'deployments':
        return { environment: spec.environment ?? null };
      case 'issues':
        // GitHub matches labels regardless of case and order.
        return { labels: [...new Set(spec.labels.map((label) => label.toLowerCase()))].sort() };
      case 'pull-requests':
        return { base: spec.base ?? null };
    }
  })();
  return `${spec.kind} ${repository} ${JSON.stringify(filters)}`;
}

export async function fetchSources(
  octokit: Octokit,
  specs: readonly SourceSpec[],
  options: FetchOptions = {},
): Promise<Map<string, SourceResult>> {
  const unique = mergeByKey(specs);
  const results = await mapConcurrent([...unique], options.concurrency ?? 4, async ([key, spec]) => {
    return [key, await fetchSource(octokit, spec)] as const;
  });
  return new Map(results);
}

/** One source, as a value: records, or an error message that says what to do. */
export async function fetchSource(octokit: Octokit, spec: SourceSpec): Promise<SourceResult> {
  try {
    return { ok: true, records: await readSource(octokit, spec) };
  } catch (error) {
    return { ok: false, error: describeSourceError(error, spec) };
  }
}

function readSource(octokit: Octokit, spec: SourceSpec): Promise<SourceRecords[SourceSpec['kind']]> {
  switch (spec.kind) {
    case 'workflow-runs':
      return fetchWorkflowRuns(octokit, spec);
    case 'deployments':
      return fetchDeployments(octokit, spec);
    case 'issues':
      return fetchIssues(octokit, spec);
    case 'pull-requests':
      return fetchPullRequests(octokit, spec);
  }
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
  return { ...a, since, until };
}
