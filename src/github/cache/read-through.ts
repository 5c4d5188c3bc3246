/**
 * A listing read through the cache (SPEC §14), below the measure stage, which never knows where a record came
 * from: a listing the cache holds (over a window that starts no earlier than the one asked) is read only where it
 * may have changed; any other is read in full and kept. Records are kept up to the run's clock, not only up to the
 * evaluation time, so that the next run, a day later, finds every record before its last read. A listing of a kind
 * the cache does not know is simply read.
 */
import type { Octokit } from '@octokit/rest';
import type { SourceRecords, SourceSpec, SourceSpending } from '../sources.js';
import type { Budget } from '../budget.js';
import type { ListingEntry } from './format.js';
import type { ListingCache } from './listing-cache.js';
import { coldRunsEntry, readRunsWarm } from './runs.js';
import { coldDeploymentsEntry, readDeploymentsWarm } from './deployments.js';
import { coldIssuesEntry, coversIssues, readIssuesWarm } from './issues.js';
import { coldPullsEntry, readPullsWarm } from './pull-requests.js';
import { OVERLAP_MS } from './timing.js';

type Records = SourceRecords[SourceSpec['kind']];
type ReadFresh = (spec: SourceSpec) => Promise<Records>;

export async function readThroughCache(
  octokit: Octokit,
  spec: SourceSpec,
  key: string,
  cache: ListingCache,
  served: SourceSpending,
  readFresh: ReadFresh,
  budget?: Budget,
): Promise<Records> {
  try {
    return await read(octokit, spec, key, cache, served, readFresh, budget);
  } catch (error) {
    // This run could not read it: what the last one kept is still right for the next.
    cache.keep(key);
    throw error;
  }
}

async function read(...[octokit, spec, key, cache, served, readFresh, budget]: Parameters<typeof readThroughCache>) {
  const readAt = cache.now().getTime();
  const wide = { ...spec, until: new Date(Math.max(spec.until.getTime(), readAt + OVERLAP_MS)) } as SourceSpec;
  const warm = <E extends ListingEntry, R extends Records>(entry: E, result: { records: R; entry: E }): R => {
    served.api = 'rest';
    served.cache = { state: 'warm', fullReadRequests: entry.fullRead };
    cache.put(key, result.entry);
    return result.records;
  };
  const cold = async <R extends Records>(entryOf: (records: R) => Omit<ListingEntry, 'fullRead'>): Promise<R> => {
    const records = (await readFresh(wide)) as R;
    const fullRead = served.cost.restRequests + served.cost.graphqlRequests;
    served.cache = { state: 'cold', fullReadRequests: fullRead };
    cache.put(key, { ...entryOf(records), fullRead } as ListingEntry);
    return records;
  };
  const covered = (entry: ListingEntry | undefined) => entry !== undefined && entry.since <= spec.since.getTime();
  switch (wide.kind) {
    case 'workflow-runs': {
      const entry = cache.entry(key, 'workflow-runs');
      if (entry && covered(entry)) return warm(entry, await readRunsWarm(octokit, wide, entry, readAt, budget));
      return cold<SourceRecords['workflow-runs']>((table) => coldRunsEntry(table, wide, readAt));
    }
    case 'deployments': {
      // Lead time and recovery (SPEC §11) read further back and what each deployment delivered: not kept (yet).
      if (wide.reachBack || wide.commits) return readFresh(spec);
      const entry = cache.entry(key, 'deployments');
      if (entry && covered(entry)) return warm(entry, await readDeploymentsWarm(octokit, wide, entry, readAt));
      return cold<SourceRecords['deployments']>((records) => coldDeploymentsEntry(records, wide, readAt, served.api));
    }
    case 'issues': {
      const entry = cache.entry(key, 'issues');
      if (entry && coversIssues(entry, wide)) return warm(entry, await readIssuesWarm(octokit, wide, entry, readAt));
      return cold<SourceRecords['issues']>((records) => coldIssuesEntry(records, wide, readAt));
    }
    case 'pull-requests': {
      const entry = cache.entry(key, 'pull-requests');
      if (entry && covered(entry)) return warm(entry, await readPullsWarm(octokit, wide, entry, readAt));
      return cold<SourceRecords['pull-requests']>((records) => coldPullsEntry(records, wide, readAt));
    }
    default:
      return readFresh(spec);
  }
}
