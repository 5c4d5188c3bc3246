/**
 * A repository's history as the loopback GitHub stand-in serves it. The demo ships one (demo/), tests build
 * their own. Times are ISO-8601 UTC strings with second precision, as GitHub returns them.
 * The stand-in expands these compact records into full REST responses that match GitHub's OpenAPI description.
 */

export interface FakeWorkflow {
  id: number;
  name: string;
  /** `.github/workflows/deploy.yml` */
  path: string;
}

export interface FakeRun {
  id: number;
  workflow_id: number;
  head_branch: string;
  event: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion:
    | 'success'
    | 'failure'
    | 'cancelled'
    | 'skipped'
    | 'timed_out'
    | 'startup_failure'
    | 'neutral'
    | 'action_required'
    | 'stale'
    | null;
  created_at: string;
  updated_at: string;
  /** Absent on some old runs; the metric then falls back to created_at. */
  run_started_at?: string;
  run_attempt: number;
}

export interface FakeDeploymentStatus {
  id: number;
  state: 'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress';
  created_at: string;
}

export interface FakeDeployment {
  id: number;
  environment: string;
  ref: string;
  /** The commit it deployed (one of the repository's `commits`); absent: a sha no commit of the history has. */
  sha?: string;
  created_at: string;
  /** In creation order (oldest first); the stand-in lists them newest first, as GitHub does. */
  statuses: FakeDeploymentStatus[];
}

/** A commit of the repository's git history: what compare, the commit listing and GraphQL's Commit serve. */
export interface FakeCommit {
  sha: string;
  /** None for a root commit, two or more for a merge. */
  parents: string[];
  /** GitHub login of its author (also the committer: the stand-in does not tell them apart). */
  author: string;
  /** `commit.author.date`: when the change was written (kept through rebases and cherry-picks). */
  authored_at: string;
  /** `commit.committer.date`: when it took its place in the history. */
  committed_at: string;
  message: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  user: string;
  labels: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Pull requests appear in GitHub's issue listings too; true marks one (the stand-in adds `pull_request`). */
  is_pull_request?: boolean;
}

export interface FakePull {
  number: number;
  title: string;
  user: string;
  base: string;
  head: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  merged_at: string | null;
}

export interface FakeRepository {
  /** `owner/name` */
  fullName: string;
  defaultBranch: string;
  workflows: FakeWorkflow[];
  runs: FakeRun[];
  deployments: FakeDeployment[];
  issues: FakeIssue[];
  pulls: FakePull[];
  /** The git history, parents before children; the last one is the default branch's head. */
  commits?: FakeCommit[];
  /** Files served by the contents API, path → text; `path@ref` → text for a file as it is at one ref. */
  files?: Record<string, string>;
}

export interface FakeHistory {
  repositories: FakeRepository[];
}
