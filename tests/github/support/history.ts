/** A small repository history for the fetch tests, and a client pointed at the stand-in with fast delays. */
import type {
  FakeDeployment,
  FakeHistory,
  FakeIssue,
  FakePull,
  FakeRepository,
  FakeRun,
} from '../../../src/fake-github/history.js';
import { createGitHubClient, type GitHubClientOptions } from '../../../src/github/client.js';

export const OWNER = 'acme';
export const REPO = 'payments';
export const FULL_NAME = `${OWNER}/${REPO}`;
export const DEPLOY_WORKFLOW = { id: 101, name: 'Deploy', path: '.github/workflows/deploy.yml' };
export const CI_WORKFLOW = { id: 102, name: 'CI', path: '.github/workflows/ci.yml' };

/** The test window: October 2026, half-open. */
export const SINCE = new Date('2026-10-01T00:00:00Z');
export const UNTIL = new Date('2026-11-01T00:00:00Z');

export const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
export const at = (text: string, offsetSeconds = 0): string => iso(Date.parse(text) + offsetSeconds * 1000);

export function repository(parts: Partial<FakeRepository> = {}): FakeRepository {
  return {
    fullName: FULL_NAME,
    defaultBranch: 'main',
    workflows: [DEPLOY_WORKFLOW, CI_WORKFLOW],
    runs: [],
    deployments: [],
    issues: [],
    pulls: [],
    ...parts,
  };
}

export const history = (parts: Partial<FakeRepository> = {}): FakeHistory => ({ repositories: [repository(parts)] });

let nextId = 1000;

export function run(created_at: string, fields: Partial<FakeRun> = {}): FakeRun {
  return {
    id: nextId++,
    workflow_id: DEPLOY_WORKFLOW.id,
    head_branch: 'main',
    event: 'push',
    status: 'completed',
    conclusion: 'success',
    created_at,
    run_started_at: created_at,
    updated_at: at(created_at, 600),
    run_attempt: 1,
    ...fields,
  };
}

/** `count` runs of the deploy workflow spread evenly over [start, end). */
export function runsBetween(start: Date, end: Date, count: number, fields: Partial<FakeRun> = {}): FakeRun[] {
  const step = Math.floor((end.getTime() - start.getTime()) / count / 1000);
  return Array.from({ length: count }, (_, i) => run(iso(start.getTime() + i * step * 1000), fields));
}

export function deployment(
  created_at: string,
  states: FakeDeployment['statuses'][number]['state'][] = ['success'],
  environment = 'production',
): FakeDeployment {
  return {
    id: nextId++,
    environment,
    ref: 'main',
    created_at,
    statuses: states.map((state, i) => ({ id: nextId++, state, created_at: at(created_at, 60 * (i + 1)) })),
  };
}

export function issue(created_at: string, fields: Partial<FakeIssue> = {}): FakeIssue {
  return {
    number: nextId++,
    title: 'Something broke',
    user: 'octocat',
    labels: ['incident'],
    created_at,
    updated_at: fields.closed_at ?? created_at,
    closed_at: null,
    ...fields,
  };
}

export function pull(created_at: string, merged_at: string | null, fields: Partial<FakePull> = {}): FakePull {
  return {
    number: nextId++,
    title: 'Change',
    user: 'octocat',
    base: 'main',
    head: 'feature',
    created_at,
    updated_at: merged_at ?? at(created_at, 3600),
    closed_at: merged_at ?? at(created_at, 3600),
    merged_at,
    ...fields,
  };
}

/** The real client, with delays shrunk so retries and waits take milliseconds. */
export function testClient(baseUrl: string, options: Partial<GitHubClientOptions> = {}) {
  return createGitHubClient({
    baseUrl,
    token: 'test-token-not-a-secret',
    delayUnitMs: 5,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    ...options,
  });
}
