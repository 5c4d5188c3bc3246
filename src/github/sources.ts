/**
 * What the plan stage asks the fetch stage for. One SourceSpec per distinct listing; several key results may
 * share one. `since`/`until` bound the records needed (the union of the windows of the key results sharing it):
 * the fetcher may return records outside them (measure filters exactly), but must return every record inside.
 */
import type { Deployment, Issue, PullRequest } from './records.js';
import type { RunTable } from './run-table.js';
import type { SourceCost } from './budget.js';

interface RepoScoped {
  owner: string;
  repo: string;
  since: Date;
  until: Date;
}

export type SourceSpec =
  | (RepoScoped & { kind: 'workflow-runs'; workflow: string; branch?: string; event?: string })
  /** `reachBack`: also every deployment back to each environment's last success before `since` (a predecessor,
   *  or the deployment before a failure streak: SPEC §11); `commits`: also what each successful one delivered. */
  | (RepoScoped & { kind: 'deployments'; environment?: string; reachBack?: boolean; commits?: boolean })
  /** Issues (never PRs) carrying all labels, created or closed in [since, until), plus — when openAt is set —
   *  every issue open at that instant (created before it, not closed by it), however old. */
  | (RepoScoped & { kind: 'issues'; labels: string[]; openAt?: Date })
  | (RepoScoped & { kind: 'pull-requests'; base?: string });

export type SourceKind = SourceSpec['kind'];

export interface SourceRecords {
  /** Each run once, oldest first, in columns (run-table.ts). */
  'workflow-runs': RunTable;
  deployments: Deployment[];
  issues: Issue[];
  'pull-requests': PullRequest[];
}

export type SourceResult<K extends SourceKind = SourceKind> =
  | { ok: true; records: SourceRecords[K] }
  | { ok: false; error: string };

/** What reading a source spent, and which API served it (`rest` also after a GraphQL fallback). */
export interface SourceSpending {
  cost: SourceCost;
  api: 'rest' | 'graphql';
  /** With a cache (SPEC §14): read in full (`cold`) or only where it may have changed (`warm`); a full read's cost. */
  cache?: { state: 'cold' | 'warm'; fullReadRequests: number };
}
