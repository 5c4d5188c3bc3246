/** The listings several metric types read, each built in one place (the plan shares a listing by its key). */
import type { DeploymentMetric, IssueMetric, WorkflowMetric } from '../../metric-types/index.js';
import type { SourceSpec } from '../../github/sources.js';
import type { SourceScope } from './measure-entry.js';

type SpecOf<K extends SourceSpec['kind']> = Extract<SourceSpec, { kind: K }>;

export const workflowRunsSource = (metric: WorkflowMetric, scope: SourceScope): SpecOf<'workflow-runs'> => ({
  ...scope,
  kind: 'workflow-runs',
  workflow: metric.workflow,
  branch: metric.branch,
  event: metric.event,
});

export const deploymentsSource = (metric: DeploymentMetric, scope: SourceScope): SpecOf<'deployments'> => ({
  ...scope,
  kind: 'deployments',
  environment: metric.environment,
});

export const issuesSource = (metric: IssueMetric, scope: SourceScope): SpecOf<'issues'> => ({
  ...scope,
  kind: 'issues',
  labels: metric.labels ?? [],
  openAt: undefined,
});
