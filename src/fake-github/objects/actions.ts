import type { FakeRepository, FakeRun, FakeWorkflow } from '../history.js';
import { minimalRepository } from './repository.js';
import { fakeSha, nodeId, type Site } from './site.js';
import { simpleUser } from './users.js';

/** The file name GitHub accepts in place of a workflow id (`deploy.yml` for `.github/workflows/deploy.yml`). */
export function workflowFileName(workflow: FakeWorkflow): string {
  return workflow.path.split('/').pop() ?? workflow.path;
}

/** Who triggered every run of a history (histories do not record it). */
export const RUN_ACTOR = 'octocat';

export function runHeadSha(run: FakeRun): string {
  return fakeSha(`run:${run.id}`);
}

export function runCheckSuiteId(run: FakeRun): number {
  return run.id * 10;
}

export function workflowObject(site: Site, repo: FakeRepository, workflow: FakeWorkflow) {
  return {
    id: workflow.id,
    node_id: nodeId('Workflow', workflow.id),
    name: workflow.name,
    path: workflow.path,
    state: 'active',
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    url: `${site.api}/repos/${repo.fullName}/actions/workflows/${workflow.id}`,
    html_url: `${site.web}/${repo.fullName}/blob/${repo.defaultBranch}/${workflow.path}`,
    badge_url: `${site.web}/${repo.fullName}/workflows/${encodeURIComponent(workflow.name)}/badge.svg`,
  };
}

export function workflowRunObject(
  site: Site,
  repo: FakeRepository,
  run: FakeRun,
  workflow: FakeWorkflow | undefined,
  runNumber: number,
) {
  const url = `${site.api}/repos/${repo.fullName}/actions/runs/${run.id}`;
  const sha = runHeadSha(run);
  const checkSuiteId = runCheckSuiteId(run);
  const repository = minimalRepository(site, repo);
  const actor = simpleUser(site, RUN_ACTOR);
  return {
    id: run.id,
    name: workflow?.name ?? null,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: checkSuiteId,
    check_suite_node_id: nodeId('CheckSuite', checkSuiteId),
    head_branch: run.head_branch,
    head_sha: sha,
    path: workflow?.path ?? '',
    display_title: `${workflow?.name ?? 'Workflow'} #${runNumber}`,
    run_number: runNumber,
    run_attempt: run.run_attempt,
    referenced_workflows: [],
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflow_id,
    url,
    html_url: `${site.web}/${repo.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.created_at,
    updated_at: run.updated_at,
    actor,
    triggering_actor: actor,
    // GitHub omits nothing here; a history that lacks it models an old run, where the field was absent.
    ...(run.run_started_at === undefined ? {} : { run_started_at: run.run_started_at }),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${site.api}/repos/${repo.fullName}/check-suites/${checkSuiteId}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: run.run_attempt > 1 ? `${url}/attempts/${run.run_attempt - 1}` : null,
    workflow_url: `${site.api}/repos/${repo.fullName}/actions/workflows/${run.workflow_id}`,
    head_commit: {
      id: sha,
      tree_id: fakeSha(`tree:${run.id}`),
      message: `Commit for run ${run.id}`,
      timestamp: run.created_at,
      author: { name: 'Octo Cat', email: 'octocat@example.com' },
      committer: { name: 'Octo Cat', email: 'octocat@example.com' },
    },
    repository,
    head_repository: repository,
  };
}
