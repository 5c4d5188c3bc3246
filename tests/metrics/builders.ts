/** Small record builders for the measure-stage tests: only the fields a test cares about are spelled out. */
import type { Deployment, DeploymentStatus, Issue, PullRequest, WorkflowRun } from '../../src/github/records.js';
import type { Window } from '../../src/model/window.js';

export const window = (start: string, end: string): Window => ({ start: new Date(start), end: new Date(end) });

/** October 2026: [2026-10-01, 2026-11-01), 31 days. */
export const OCTOBER = window('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z');

let nextId = 1;

export function run(fields: Partial<WorkflowRun> = {}): WorkflowRun {
  return {
    id: nextId++,
    created_at: '2026-10-05T10:00:00Z',
    run_started_at: '2026-10-05T10:00:00Z',
    updated_at: '2026-10-05T10:10:00Z',
    status: 'completed',
    conclusion: 'success',
    run_attempt: 1,
    head_branch: 'main',
    event: 'push',
    ...fields,
  };
}

export function status(state: DeploymentStatus['state'], created_at: string, id = nextId++): DeploymentStatus {
  return { id, state, created_at };
}

export function deployment(created_at: string, statuses: DeploymentStatus[], environment = 'production'): Deployment {
  return { id: nextId++, created_at, environment, statuses };
}

export function issue(fields: Partial<Issue> = {}): Issue {
  return {
    number: nextId++,
    created_at: '2026-10-05T10:00:00Z',
    closed_at: null,
    state: 'open',
    labels: [],
    ...fields,
  };
}

export function pull(fields: Partial<PullRequest> = {}): PullRequest {
  return {
    number: nextId++,
    created_at: '2026-10-05T10:00:00Z',
    merged_at: null,
    base: 'main',
    ...fields,
  };
}
