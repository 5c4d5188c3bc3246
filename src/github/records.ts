/**
 * The raw records the fetch stage hands to the measure stage: the fields of GitHub's REST responses that the
 * metrics read, typed from Octokit's OpenAPI types so they cannot drift from the API.
 */
import type { components } from '@octokit/openapi-types';

type Schemas = components['schemas'];

export type WorkflowRun = Pick<
  Schemas['workflow-run'],
  | 'id'
  | 'created_at'
  | 'updated_at'
  | 'run_started_at'
  | 'status'
  | 'conclusion'
  | 'run_attempt'
  | 'head_branch'
  | 'event'
>;

export type DeploymentStatus = Pick<Schemas['deployment-status'], 'id' | 'state' | 'created_at'>;

/**
 * A commit as lead time reads it (SPEC §11): its sha, how many parents it has (two or more: a merge, not a change)
 * and its author date (`commit.author.date`; null where GitHub has none).
 */
export interface DeliveredCommit {
  sha: Schemas['commit']['sha'];
  parents: number;
  authoredAt: string | null;
}

/**
 * A deployment with all of its statuses (GitHub lists them separately). Read by GraphQL, `id` is the node id:
 * GraphQL's `Deployment.databaseId` is a 32-bit Int, which GitHub's deployment ids have outgrown.
 * `sha` is the commit it deployed. `delivered`, read only for lead time, maps a predecessor's sha to the commits
 * GitHub's compare of that sha with this one lists (the predecessor can differ between checkpoints, SPEC §9).
 */
export type Deployment = Pick<Schemas['deployment'], 'created_at' | 'environment'> & {
  id: Schemas['deployment']['id'] | string;
  sha?: string;
  statuses: DeploymentStatus[];
  delivered?: Record<string, DeliveredCommit[]>;
  /** Why `delivered` was not read (the rate-limit reserve): lead time says it; the other metrics need it not. */
  undelivered?: string;
};

export type Issue = Pick<Schemas['issue'], 'number' | 'created_at' | 'closed_at' | 'state' | 'pull_request'> & {
  labels: string[];
};

export type PullRequest = Pick<Schemas['pull-request-simple'], 'number' | 'created_at' | 'merged_at'> & {
  base: string;
};
