/** A small, fully known history for the stand-in's own tests. */
import { CommitGraph, type FakeCommit, type FakeHistory, type FakeRun } from '../../src/fake-github/index.js';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const START = Date.parse('2026-10-01T00:00:00Z');

/**
 * The git history: a root, a pull request merged with a merge commit (2 commits), then a line of 300 commits
 * an hour apart (more than compare answers without paging). `shas` names the tips the tests compare.
 */
export function gitHistory(): { commits: FakeCommit[]; shas: Record<'root' | 'merge' | 'tip', string> } {
  const git = new CommitGraph();
  const root = git.commit([], { authored: '2026-09-01T00:00:00Z', message: 'Initial commit' });
  const { merge } = git.mergePull(
    root,
    [{ authored: '2026-09-02T00:00:00Z', author: 'alice' }, { authored: '2026-09-03T00:00:00Z' }],
    '2026-09-04T00:00:00Z',
  );
  const line = git.line(
    merge,
    Array.from({ length: 300 }, (_, i) => ({ authored: iso(START + i * HOUR) })),
  );
  return { commits: git.commits, shas: { root, merge, tip: line.at(-1)! } };
}

/** `count` CI runs, one an hour from START; every 10th fails, every 7th on a branch, the last 3 in progress. */
function ciRuns(count: number, workflowId = 1, firstId = 1000): FakeRun[] {
  return Array.from({ length: count }, (_, i) => {
    const created = START + i * HOUR;
    const inProgress = i >= count - 3;
    return {
      id: firstId + i,
      workflow_id: workflowId,
      head_branch: i % 7 === 0 ? 'feature' : 'main',
      event: i % 5 === 0 ? 'pull_request' : 'push',
      status: inProgress ? 'in_progress' : 'completed',
      conclusion: inProgress ? null : i % 10 === 0 ? 'failure' : 'success',
      created_at: iso(created),
      updated_at: iso(created + 15 * 60_000),
      ...(i % 11 === 0 ? {} : { run_started_at: iso(created + 60_000) }),
      run_attempt: i % 13 === 0 ? 2 : 1,
    };
  });
}

export function history(ciCount = 1500): FakeHistory {
  const git = gitHistory();
  return {
    repositories: [
      {
        fullName: 'acme/payments',
        defaultBranch: 'main',
        workflows: [
          { id: 1, name: 'CI', path: '.github/workflows/ci.yml' },
          { id: 2, name: 'Deploy', path: '.github/workflows/deploy.yml' },
        ],
        runs: [
          ...ciRuns(ciCount),
          // Two deploy runs created in the same second: the higher id lists first.
          {
            id: 50,
            workflow_id: 2,
            head_branch: 'main',
            event: 'push',
            status: 'completed',
            conclusion: 'success',
            created_at: '2026-10-02T09:00:00Z',
            updated_at: '2026-10-02T09:20:00Z',
            run_started_at: '2026-10-02T09:00:05Z',
            run_attempt: 1,
          },
          {
            id: 51,
            workflow_id: 2,
            head_branch: 'main',
            event: 'push',
            status: 'completed',
            conclusion: 'failure',
            created_at: '2026-10-02T09:00:00Z',
            updated_at: '2026-10-02T09:10:00Z',
            run_started_at: '2026-10-02T09:00:07Z',
            run_attempt: 1,
          },
        ],
        deployments: [
          {
            id: 301,
            environment: 'production',
            ref: 'main',
            sha: git.shas.merge,
            created_at: '2026-10-03T10:00:00Z',
            statuses: [
              { id: 3011, state: 'in_progress', created_at: '2026-10-03T10:00:10Z' },
              { id: 3012, state: 'success', created_at: '2026-10-03T10:12:00Z' },
              { id: 3013, state: 'inactive', created_at: '2026-10-04T10:12:00Z' },
            ],
          },
          {
            id: 302,
            environment: 'staging',
            ref: 'main',
            created_at: '2026-10-04T10:00:00Z',
            statuses: [{ id: 3021, state: 'failure', created_at: '2026-10-04T10:05:00Z' }],
          },
          {
            id: 303,
            environment: 'production',
            ref: 'v2',
            sha: git.shas.tip,
            created_at: '2026-10-04T10:00:00Z',
            statuses: [{ id: 3031, state: 'success', created_at: '2026-10-04T10:09:00Z' }],
          },
        ],
        issues: [
          {
            number: 1,
            title: 'Checkout outage',
            user: 'alice',
            labels: ['incident', 'sev1'],
            created_at: '2026-10-01T08:00:00Z',
            updated_at: '2026-10-01T12:00:00Z',
            closed_at: '2026-10-01T12:00:00Z',
          },
          {
            number: 2,
            title: 'Add Apple Pay',
            user: 'bob',
            labels: ['feature'],
            created_at: '2026-10-02T08:00:00Z',
            updated_at: '2026-10-05T08:00:00Z',
            closed_at: null,
          },
          {
            number: 3,
            title: 'Refunds slow',
            user: 'carol',
            labels: ['Incident'],
            created_at: '2026-10-03T08:00:00Z',
            updated_at: '2026-10-03T09:00:00Z',
            closed_at: null,
          },
          {
            number: 4,
            title: 'Speed up CI',
            user: 'dave',
            labels: ['incident'],
            created_at: '2026-10-04T08:00:00Z',
            updated_at: '2026-10-06T08:00:00Z',
            closed_at: null,
            is_pull_request: true,
          },
        ],
        pulls: [
          {
            number: 4,
            title: 'Speed up CI',
            user: 'dave',
            base: 'main',
            head: 'speed',
            created_at: '2026-10-04T08:00:00Z',
            updated_at: '2026-10-06T08:00:00Z',
            closed_at: null,
            merged_at: null,
          },
          {
            number: 5,
            title: 'Fix retries',
            user: 'erin',
            base: 'main',
            head: 'retries',
            created_at: '2026-10-05T08:00:00Z',
            updated_at: '2026-10-05T10:00:00Z',
            closed_at: '2026-10-05T10:00:00Z',
            merged_at: '2026-10-05T10:00:00Z',
          },
          {
            number: 6,
            title: 'Release branch',
            user: 'erin',
            base: 'release',
            head: 'rel',
            created_at: '2026-10-06T08:00:00Z',
            updated_at: '2026-10-07T08:00:00Z',
            closed_at: '2026-10-07T08:00:00Z',
            merged_at: null,
          },
        ],
        commits: git.commits,
        files: { '.github/okrs.yml': 'version: 1\nperiod: 2026-Q4\n# ünïcode\n' },
      },
    ],
  };
}
