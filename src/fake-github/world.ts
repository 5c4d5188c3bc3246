/** The history indexed once for serving, plus the mutable state that writes change. */
import type { FakeHistory, FakeRepository, FakeRun } from './history.js';
import type { FakeState, RepositoryState, StoredIssue } from './options.js';
import { newestFirst, type RepositoryView } from './routes/route.js';

function storedIssues(repo: FakeRepository): StoredIssue[] {
  return repo.issues.map((issue) => ({
    number: issue.number,
    title: issue.title,
    body: null,
    user: issue.user,
    labels: [...issue.labels],
    state: issue.closed_at === null ? 'open' : 'closed',
    state_reason: issue.closed_at === null ? null : 'completed',
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    is_pull_request: issue.is_pull_request ?? false,
    merged_at: repo.pulls.find((pull) => pull.number === issue.number)?.merged_at ?? null,
  }));
}

function indexRuns(runs: FakeRun[]) {
  const runsByWorkflow = new Map<number, FakeRun[]>();
  for (const run of runs) {
    const list = runsByWorkflow.get(run.workflow_id) ?? [];
    list.push(run);
    runsByWorkflow.set(run.workflow_id, list);
  }
  const runNumbers = new Map<number, number>();
  for (const list of runsByWorkflow.values()) {
    list.sort(newestFirst((r) => r.id));
    for (const [index, run] of list.entries()) runNumbers.set(run.id, list.length - index);
  }
  return { runsByWorkflow, runNumbers };
}

export function repositoryKey(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase();
}

export function buildWorld(history: FakeHistory): { state: FakeState; views: Map<string, RepositoryView> } {
  const state: FakeState = { repositories: new Map(), nextCommentId: 1 };
  const views = new Map<string, RepositoryView>();
  for (const repo of history.repositories) {
    const key = repo.fullName.toLowerCase();
    const repoState: RepositoryState = { fullName: repo.fullName, issues: storedIssues(repo), comments: [] };
    state.repositories.set(key, repoState);
    views.set(key, { history: repo, state: repoState, ...indexRuns(repo.runs) });
  }
  return { state, views };
}
