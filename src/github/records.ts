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
 * A deployment with all of its statuses (GitHub lists them separately). Read by GraphQL, `id` is the node id:
 * GraphQL's `Deployment.databaseId` is a 32-bit Int, which GitHub's deployment ids have outgrown.
 */
export type Deployment = Pick<Schemas['deployment'], 'created_at' | 'environment'> & {
  id: Schemas['deployment']['id'] | string;
  statuses: DeploymentStatus[];
};

export type Issue = Pick<Schemas['issue'], 'number' | 'created_at' | 'closed_at' | 'state' | 'pull_request'> & {
  labels: string[];
};

export type PullRequest = Pick<Schemas['pull-request-simple'], 'number' | 'created_at' | 'merged_at'> & {
  base: string;
};
