/** The JSON report's `requests`: what each listing cost, from the fetch stage's results. */
import type { SourceSpec, SourceSpending } from '../github/sources.js';
import type { PlannedKeyResult } from '../plan.js';
import { sourceFilters } from '../github/fetch.js';
import type { RequestsReport, SourceCostReport } from './model.js';

export function costReport(
  sources: Map<string, SourceSpec>,
  spending: Map<string, SourceSpending>,
  keyResults: readonly PlannedKeyResult[],
  prometheusRequests = 0,
): RequestsReport {
  const rows: SourceCostReport[] = [...sources].map(([key, spec]) => {
    const result = spending.get(key);
    return {
      kind: spec.kind,
      repository: `${spec.owner}/${spec.repo}`,
      filters: sourceFilters(spec),
      api: result?.api ?? 'rest',
      restRequests: result?.cost?.restRequests ?? 0,
      graphqlRequests: result?.cost?.graphqlRequests ?? 0,
      graphqlPoints: result?.cost?.graphqlPoints ?? 0,
      ...(result?.cache
        ? {
            cache: {
              state: result.cache.state,
              notModified: result.cost.notModified,
              fullReadRequests: result.cache.fullReadRequests,
            },
          }
        : {}),
      keyResults: keyResults.filter((kr) => kr.source === key).map((kr) => `${kr.objective.id}/${kr.keyResult.id}`),
    };
  });
  const sum = (field: 'restRequests' | 'graphqlRequests' | 'graphqlPoints') =>
    rows.reduce((n, row) => n + row[field], 0);
  const cached = rows.flatMap((row) => (row.cache ? [{ row, cache: row.cache }] : []));
  return {
    restRequests: sum('restRequests'),
    graphqlRequests: sum('graphqlRequests'),
    graphqlPoints: sum('graphqlPoints'),
    ...(cached.length > 0 ? { cache: cacheSavings(cached) } : {}),
    // Requests to the Prometheus server (SPEC §12): apart, as they spend none of GitHub's rate limits.
    ...(prometheusRequests > 0 ? { prometheusRequests } : {}),
    sources: rows,
  };
}

/** A warm read saved what its listing's last full read took, less the requests it spent that GitHub counted. */
function cacheSavings(cached: { row: SourceCostReport; cache: NonNullable<SourceCostReport['cache']> }[]) {
  let notModified = 0;
  let saved = 0;
  for (const { row, cache } of cached) {
    notModified += cache.notModified;
    const counted = row.restRequests - cache.notModified + row.graphqlRequests;
    if (cache.state === 'warm') saved += Math.max(0, cache.fullReadRequests - counted);
  }
  return { notModified, saved };
}
