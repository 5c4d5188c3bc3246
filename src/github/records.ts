/**
 * The raw records the fetch stage hands to the measure stage: the fields of GitHub's REST responses that the
 * metrics read, typed from Octokit's OpenAPI types so they cannot drift from the API.
 */
import type { components } from '@octokit/openapi-types';

type Schemas = components['schemas'];

export type WorkflowRun = Pick<
  Schemas['workflow-run'],
  'id' | 'created_at' | 'updated_at' | 'run_started_at' | 'status' | 'conclusion' | 'run_attempt' | 'head_branch' | 'event'
>;

export type DeploymentStatus = Pick<Schemas['deployment-status'], 'id' | 'state' | 'created_at'>;

/** A deployment with all of its statuses (GitHub lists them separately). */
export type Deployment = Pick<Schemas['deployment'], 'id' | 'created_at' | 'environment'> & {
  statuses: DeploymentStatus[];
};

export type Issue = Pick<Schemas['issue'], 'number' | 'created_at' | 'closed_at' | 'state' | 'pull_request'> & {
  labels: string[];
};

export type PullRequest = Pick<Schemas['pull-request-simple'], 'number' | 'created_at' | 'merged_at'> & {
  base: string;
};
