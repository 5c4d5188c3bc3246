import type { FakeRun, FakeWorkflow } from '../history.js';
import { inRange, parseDateRange } from '../date-range.js';
import {
  RUN_ACTOR,
  runCheckSuiteId,
  runHeadSha,
  workflowFileName,
  workflowObject,
  workflowRunObject,
} from '../objects/actions.js';
import { pageRequest, paginate } from '../paginate.js';
import { DOCS, json, notFound, validationFailed, type Route, type RouteContext } from './route.js';

const RUNS_DOCS = `${DOCS}/actions/workflow-runs#list-workflow-runs-for-a-workflow`;
const WORKFLOWS_DOCS = `${DOCS}/actions/workflows#list-repository-workflows`;

/**
 * GitHub: "This endpoint will return up to 1,000 results for each search when using the following parameters:
 * actor, branch, check_suite_id, created, event, head_sha, status" (the operation's description in GitHub's
 * OpenAPI). What happens at the cap, as users observe it (cli/cli#4297 and others): `total_count` still tells
 * the true number of matching runs, but pages past the 1,000th result come back with an empty `workflow_runs`.
 * The stand-in does exactly that, and its `Link` header ends at the page holding the 1,000th result, so a
 * client that follows links silently stops at 1,000 unless it compares with `total_count` and splits the range.
 */
export const FILTERED_RESULT_CAP = 1000;
const CAPPING_FILTERS = ['actor', 'branch', 'check_suite_id', 'created', 'event', 'head_sha', 'status'];

const STATUSES = new Set(['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending']);

function findWorkflow(workflows: FakeWorkflow[], idOrFile: string): FakeWorkflow | undefined {
  return /^\d+$/.test(idOrFile)
    ? workflows.find((w) => w.id === Number(idOrFile))
    : workflows.find((w) => workflowFileName(w) === idOrFile);
}

/** `status` takes a status or a conclusion, as GitHub's does. */
function matchesStatus(run: FakeRun, status: string): boolean {
  return STATUSES.has(status) ? run.status === status : run.conclusion === status;
}

function listWorkflowRuns(context: RouteContext) {
  const repository = context.repository;
  const workflow = repository && findWorkflow(repository.history.workflows, context.params.workflow ?? '');
  if (!repository || !workflow) return notFound(RUNS_DOCS);
  const { query } = context;
  const created = query.get('created');
  const range = created === null ? null : parseDateRange(created);
  if (created !== null && range === null) return validationFailed(RUNS_DOCS, `Invalid created range: ${created}`);
  const branch = query.get('branch');
  const event = query.get('event');
  const status = query.get('status');
  const actor = query.get('actor');
  const headSha = query.get('head_sha');
  const checkSuite = query.get('check_suite_id');
  const runs = (repository.runsByWorkflow.get(workflow.id) ?? []).filter(
    (run) =>
      (branch === null || run.head_branch === branch) &&
      (event === null || run.event === event) &&
      (status === null || matchesStatus(run, status)) &&
      (actor === null || actor === RUN_ACTOR) &&
      (headSha === null || runHeadSha(run) === headSha) &&
      (checkSuite === null || runCheckSuiteId(run) === Number(checkSuite)) &&
      (range === null || inRange(range, run.created_at)),
  );
  const capped = CAPPING_FILTERS.some((name) => query.has(name));
  const page = paginate(runs, pageRequest(query), context.pageUrl, capped ? FILTERED_RESULT_CAP : Infinity);
  const body = {
    total_count: runs.length,
    workflow_runs: page.items.map((run) =>
      workflowRunObject(context.site, repository.history, run, workflow, repository.runNumbers.get(run.id) ?? 1),
    ),
  };
  return json(200, body, page);
}

function listWorkflows(context: RouteContext) {
  const repository = context.repository;
  if (!repository) return notFound(WORKFLOWS_DOCS);
  const workflows = repository.history.workflows;
  const page = paginate(workflows, pageRequest(context.query), context.pageUrl);
  const body = {
    total_count: workflows.length,
    workflows: page.items.map((w) => workflowObject(context.site, repository.history, w)),
  };
  return json(200, body, page);
}

export const actionsRoutes: Route[] = [
  {
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/actions\/workflows$/,
    docs: WORKFLOWS_DOCS,
    handle: listWorkflows,
  },
  {
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/(?<workflow>[^/]+)\/runs$/,
    docs: RUNS_DOCS,
    handle: listWorkflowRuns,
  },
];
