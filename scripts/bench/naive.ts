/**
 * The obvious approach the benchmark compares against: for each key result in turn, read everything its
 * listing holds (no date or status filters, so all of history), then filter and measure locally. Nothing is
 * shared between key results and nothing runs in parallel. It uses the same Octokit client as the action, and
 * the key result's own filters only where they are plain listing parameters (environment, labels, base).
 * Each page is narrowed to the fields the metrics read as it arrives (paginate's map function), as the engine
 * does: keeping tens of thousands of whole run objects instead took 2.4 GB at 10× and a fifth more time, which
 * would measure JavaScript memory rather than the request strategy.
 */
import { narrowRun } from '../../src/github/workflow-runs.js';
import { RunTable } from '../../src/github/run-table.js';
import type { Octokit } from '@octokit/rest';
import type { KeyResult, OkrFile } from '../../src/okrs/model.js';
import type { Metric } from '../../src/metric-types/index.js';
import type { Deployment, Issue, PullRequest } from '../../src/github/records.js';
import type { SourceKind, SourceRecords } from '../../src/github/sources.js';
import { measureKeyResult } from '../../src/metrics/measure.js';
import { metricWindow } from '../../src/metrics/window.js';
import { readDeliveries } from '../../src/github/deliveries.js';
import type { KeyResultValue } from './protocol.js';

export interface NaiveInput {
  okrs: OkrFile;
  repository: string;
  asOf: Date;
  octokit: Octokit;
  metrics: Record<string, unknown>;
}

export async function naiveScorecard(input: NaiveInput): Promise<Record<string, KeyResultValue>> {
  const values: Record<string, KeyResultValue> = {};
  for (const objective of input.okrs.objectives) {
    for (const keyResult of objective.keyResults) {
      values[keyResult.id] = await naiveKeyResult(keyResult, input);
    }
  }
  return values;
}

async function naiveKeyResult(keyResult: KeyResult, input: NaiveInput): Promise<KeyResultValue> {
  const asOf = input.asOf > input.okrs.period.end ? input.okrs.period.end : input.asOf;
  const window = metricWindow(keyResult.metric, input.okrs.period, asOf);
  const [owner = '', repo = ''] = (keyResult.metric.repository ?? input.repository).split('/');
  const records = await readEverything(input.octokit, keyResult.metric, owner, repo);
  const measured = measureKeyResult(keyResult.metric, { window, records, metrics: input.metrics });
  return { value: measured.value, samples: measured.samples, error: measured.error ?? null };
}

async function readEverything(
  octokit: Octokit,
  metric: Metric,
  owner: string,
  repo: string,
): Promise<SourceRecords[SourceKind] | undefined> {
  switch (metric.type) {
    case 'workflow-duration':
    case 'workflow-runs':
    case 'workflow-success-rate':
      return allRuns(octokit, owner, repo, metric);
    case 'deployment-duration':
    case 'deployment-frequency':
    case 'change-failure-rate':
    case 'deployment-recovery-time':
      return allDeployments(octokit, owner, repo, metric.environment);
    case 'lead-time-for-changes': {
      // Every successful deployment of all history compared with its predecessor.
      const deployments = await allDeployments(octokit, owner, repo, metric.environment);
      const spec = { kind: 'deployments' as const, owner, repo, environment: metric.environment };
      return readDeliveries(octokit, { ...spec, since: new Date(0), until: new Date(8.64e15) }, deployments);
    }
    case 'issue-count':
    case 'time-to-close':
      return allIssues(octokit, owner, repo, metric.labels ?? []);
    case 'pr-merge-time':
      return allPulls(octokit, owner, repo, metric.base);
    case 'value':
      return undefined;
  }
}

async function allRuns(
  octokit: Octokit,
  owner: string,
  repo: string,
  metric: { workflow: string; branch?: string; event?: string },
): Promise<RunTable> {
  // A branch or event filter would cap the listing at 1,000 runs, so the plain approach filters them itself.
  const runs = await octokit.paginate(
    octokit.rest.actions.listWorkflowRuns,
    { owner, repo, workflow_id: metric.workflow, per_page: 100 },
    (response) => response.data.map(narrowRun),
  );
  return RunTable.from(
    runs.filter(
      (run) =>
        run.status === 'completed' &&
        (metric.branch === undefined || run.head_branch === metric.branch) &&
        (metric.event === undefined || run.event === metric.event),
    ),
  );
}

async function allDeployments(
  octokit: Octokit,
  owner: string,
  repo: string,
  environment?: string,
): Promise<Deployment[]> {
  const deployments = await octokit.paginate(octokit.rest.repos.listDeployments, {
    owner,
    repo,
    environment,
    per_page: 100,
  });
  const withStatuses: Deployment[] = [];
  for (const deployment of deployments) {
    const statuses = await octokit.paginate(octokit.rest.repos.listDeploymentStatuses, {
      owner,
      repo,
      deployment_id: deployment.id,
      per_page: 100,
    });
    withStatuses.push({
      id: deployment.id,
      created_at: deployment.created_at,
      environment: deployment.environment,
      sha: deployment.sha,
      // The measure stage expects them oldest first; GitHub lists them newest first.
      statuses: statuses.map((s) => ({ id: s.id, state: s.state, created_at: s.created_at })).reverse(),
    });
  }
  return withStatuses;
}

async function allIssues(octokit: Octokit, owner: string, repo: string, labels: string[]): Promise<Issue[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'all',
    labels: labels.length > 0 ? labels.join(',') : undefined,
    per_page: 100,
  });
  return issues
    .filter((issue) => !issue.pull_request)
    .map((issue) => ({
      number: issue.number,
      created_at: issue.created_at,
      closed_at: issue.closed_at,
      state: issue.state,
      labels: issue.labels.flatMap((label) => (typeof label === 'string' ? [label] : label.name ? [label.name] : [])),
    }));
}

async function allPulls(octokit: Octokit, owner: string, repo: string, base?: string): Promise<PullRequest[]> {
  const pulls = await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'all', base, per_page: 100 });
  return pulls.map((pull) => ({
    number: pull.number,
    created_at: pull.created_at,
    merged_at: pull.merged_at,
    base: pull.base.ref,
  }));
}
