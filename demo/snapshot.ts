/**
 * Turns the generated drafts into the records the loopback stand-in serves, as GitHub would show them at the
 * snapshot time: ids and numbers assigned in time order (GitHub's grow with time), later events cut off, and
 * whatever had not finished by then left queued, in progress, pending or open.
 */
import type { FakeDeployment, FakeIssue, FakePull, FakeRun } from '../src/fake-github/history.js';
import type { DraftDeployment, DraftIssue, DraftPull, DraftRun, WorkflowKey } from './drafts.js';
import type { Random } from './random.js';
import { DAY, iso } from './time.js';
import { SNAPSHOT } from './timeline.js';

/** Ids that grow with time in uneven steps, as ids shared with every other repository on GitHub do. */
function idSequence(random: Random, first: number, maxStep: number): () => number {
  let id = first;
  return () => (id += random.int(1, maxStep));
}

function inTimeOrder<T>(items: readonly T[], time: (item: T) => number): T[] {
  return [...items].sort((a, b) => time(a) - time(b));
}

export function runsAsSeen(
  random: Random,
  drafts: readonly DraftRun[],
  workflowIds: Record<WorkflowKey, number>,
): FakeRun[] {
  const nextId = idSequence(random, 15_873_000_000, 40);
  return inTimeOrder(drafts, (run) => run.created)
    .filter((run) => run.created <= SNAPSHOT)
    .map((run): FakeRun => {
      const id = nextId();
      const workflow_id = workflowIds[run.workflow];
      const created_at = iso(run.created);
      const { branch: head_branch, event, attempt: run_attempt } = run;
      if (run.finished <= SNAPSHOT) {
        const updated_at = iso(run.finished);
        const completed: FakeRun = {
          id,
          workflow_id,
          head_branch,
          event,
          status: 'completed',
          conclusion: run.conclusion,
          created_at,
          updated_at,
          run_attempt,
        };
        if (run.started !== undefined) completed.run_started_at = iso(run.started);
        return completed;
      }
      const started = run.started !== undefined && run.started <= SNAPSHOT ? iso(run.started) : undefined;
      const status = started ? 'in_progress' : 'queued';
      const run_started_at = started ?? created_at;
      return {
        id,
        workflow_id,
        head_branch,
        event,
        status,
        conclusion: null,
        created_at,
        updated_at: run_started_at,
        run_started_at,
        run_attempt,
      };
    });
}

export function deploymentsAsSeen(
  random: Random,
  drafts: readonly DraftDeployment[],
  shaAt: (at: number) => string,
): FakeDeployment[] {
  const nextId = idSequence(random, 2_480_000_000, 25);
  const deployments = inTimeOrder(drafts, (deployment) => deployment.created)
    .filter((deployment) => deployment.created <= SNAPSHOT)
    .map((deployment) => ({
      ...deployment,
      id: nextId(),
      statuses: inTimeOrder(deployment.statuses, (status) => status.at).filter((status) => status.at <= SNAPSHOT),
    }));
  // Status ids are one sequence across deployments, in the order GitHub received the statuses.
  const nextStatusId = idSequence(random, 11_200_000_000, 60);
  const statusIds = new Map(
    inTimeOrder(
      deployments.flatMap((deployment) => deployment.statuses),
      (status) => status.at,
    ).map((status) => [status, nextStatusId()]),
  );
  return deployments.map((deployment) => ({
    id: deployment.id,
    environment: deployment.environment,
    ref: deployment.ref,
    sha: shaAt(deployment.commitAt),
    created_at: iso(deployment.created),
    statuses: deployment.statuses.map((status) => ({
      id: statusIds.get(status) ?? 0,
      state: status.state,
      created_at: iso(status.at),
    })),
  }));
}

/** Issues and pull requests share one number sequence; GitHub's issue listing holds both. */
export function trackerAsSeen(
  random: Random,
  issues: readonly DraftIssue[],
  pulls: readonly DraftPull[],
): { issues: FakeIssue[]; pulls: FakePull[] } {
  type Entry = { issue: DraftIssue; pull?: undefined } | { pull: DraftPull; issue?: undefined };
  const entries: Entry[] = [...issues.map((issue) => ({ issue })), ...pulls.map((pull) => ({ pull }))];
  const seen = { issues: [] as FakeIssue[], pulls: [] as FakePull[] };
  let number = 1_200;
  for (const entry of inTimeOrder(entries, (item) => (item.issue ?? item.pull).created)) {
    const draft = entry.issue ?? entry.pull;
    if (draft.created > SNAPSHOT) continue;
    const closed = draft.closed !== null && draft.closed <= SNAPSHOT ? draft.closed : null;
    // An item still open was last touched some time after it was opened (a comment, a label, a push).
    const updated = closed ?? Math.min(SNAPSHOT, draft.created + Math.round(random.logNormal(DAY, 1)));
    const times = {
      created_at: iso(draft.created),
      updated_at: iso(updated),
      closed_at: closed === null ? null : iso(closed),
    };
    number += 1;
    if (entry.pull) {
      const { title, user, base, head, merged } = entry.pull;
      seen.pulls.push({ number, title, user, base, head, ...times, merged_at: merged ? times.closed_at : null });
      seen.issues.push({ number, title, user, labels: [], ...times, is_pull_request: true });
    } else {
      seen.issues.push({ number, title: draft.title, user: draft.user, labels: entry.issue.labels, ...times });
    }
  }
  return seen;
}
