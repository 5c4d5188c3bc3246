/**
 * The pull_request_target guard (SPEC §12). On that event the run has the base repository's secrets while the
 * OKR file may be the pull request's: a query the pull request wrote could read any metric with the run's
 * credentials and show it in the comment. So a key result's query runs only as the base commit's file has it.
 */
import { keyResultKey, type OkrFile } from '../okrs/model.js';
import { parseOkrFile } from '../okrs/parse.js';
import type { FileRead } from '../github/contents.js';
import { queryFor } from '../metric-types/index.js';

export const UNTRUSTED_QUERY =
  "this query is not the base commit's: on pull_request_target a changed query is not run with the run's " +
  'credentials; it runs once merged';

/**
 * The key results (`objectiveId/keyResultId`) whose query differs from the base commit's version of the same key
 * result, or that the base has not; every queried key result when the base file cannot be read or parsed.
 */
export function untrustedQueries(okrs: OkrFile, base: FileRead | undefined, label: string): Set<string> {
  const trusted = baseQueries(base, label);
  const untrusted = new Set<string>();
  for (const objective of okrs.objectives) {
    for (const kr of objective.keyResults) {
      const query = queryFor(kr.metric);
      const key = keyResultKey(objective.id, kr.id);
      if (query !== undefined && trusted.get(key) !== query) untrusted.add(key);
    }
  }
  return untrusted;
}

function baseQueries(base: FileRead | undefined, label: string): Map<string, string> {
  const queries = new Map<string, string>();
  if (!base?.ok || base.text === null) return queries;
  const parsed = parseOkrFile(base.text, label);
  if (!parsed.ok) return queries;
  for (const objective of parsed.okrs.objectives) {
    for (const kr of objective.keyResults) {
      const query = queryFor(kr.metric);
      if (query !== undefined) queries.set(keyResultKey(objective.id, kr.id), query);
    }
  }
  return queries;
}
