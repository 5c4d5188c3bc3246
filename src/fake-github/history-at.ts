/**
 * A history as GitHub showed it at an earlier instant: what was created later is not there yet, what finished
 * later was still running, what was closed or merged later was still open. Benchmarks and tests of the cache
 * (SPEC §14) serve this first, then the whole history, as two runs a while apart would see it.
 */
import type { FakeHistory, FakeRepository } from './history.js';

export function historyAt(history: FakeHistory, instant: Date): FakeHistory {
  return { repositories: history.repositories.map((repo) => repositoryAt(repo, instant.getTime())) };
}

function repositoryAt(repo: FakeRepository, t: number): FakeRepository {
  const before = (iso: string | null | undefined): boolean => iso != null && Date.parse(iso) <= t;
  const clamp = (updated: string, created: string): string => (before(updated) ? updated : created);
  return {
    ...repo,
    runs: repo.runs
      .filter((run) => before(run.created_at))
      .map((run) =>
        before(run.updated_at)
          ? run
          : {
              ...run,
              status: 'in_progress',
              conclusion: null,
              updated_at: clamp(run.run_started_at ?? run.created_at, run.created_at),
            },
      ),
    deployments: repo.deployments
      .filter((d) => before(d.created_at))
      .map((d) => ({ ...d, statuses: d.statuses.filter((s) => before(s.created_at)) })),
    issues: repo.issues
      .filter((issue) => before(issue.created_at))
      .map((issue) =>
        before(issue.closed_at) || issue.closed_at === null
          ? { ...issue, updated_at: clamp(issue.updated_at, issue.closed_at ?? issue.created_at) }
          : { ...issue, closed_at: null, updated_at: issue.created_at },
      ),
    pulls: repo.pulls
      .filter((pull) => before(pull.created_at))
      .map((pull) =>
        before(pull.closed_at) || pull.closed_at === null
          ? { ...pull, updated_at: clamp(pull.updated_at, pull.closed_at ?? pull.created_at) }
          : { ...pull, closed_at: null, merged_at: null, updated_at: pull.created_at },
      ),
  };
}
