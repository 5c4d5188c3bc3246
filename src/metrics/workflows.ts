/**
 * What workflow-duration, workflow-runs and workflow-success-rate (SPEC §3) share: the runs of a workflow in
 * scope. The fetch may hand over a superset (other branches, events, times; the same run twice across pages), so
 * every filter is applied here again, exactly. Each type's own measure is in its catalog entry.
 */
import type { WorkflowMetric } from '../okrs/model.js';
import type { WorkflowRun } from '../github/records.js';
import type { Window } from './measurement.js';
import { inWindow, secondsBetween } from './window.js';

/** Runs created in the window, on the metric's branch and event, each once, as they stood at the evaluation time. */
export function runsInScope(metric: WorkflowMetric, runs: readonly WorkflowRun[], window: Window): WorkflowRun[] {
  return latestAttempts(runs).filter(
    (run) =>
      inWindow(run.created_at, window) &&
      // At the evaluation time a run that finished later was still running: data after as-of is ignored.
      Date.parse(run.updated_at) < window.end.getTime() &&
      (metric.branch === undefined || run.head_branch === metric.branch) &&
      (metric.event === undefined || run.event === metric.event),
  );
}

/** Completed runs whose conclusion is one of the metric's `conclusion` (default success). */
export function countedRuns(metric: WorkflowMetric, runs: readonly WorkflowRun[]): WorkflowRun[] {
  const conclusions = new Set(metric.conclusion ?? ['success']);
  return runs.filter((run) => run.status === 'completed' && run.conclusion != null && conclusions.has(run.conclusion));
}

/** `updated_at − run_started_at` (created_at where GitHub gives no start), seconds, never negative. */
export function durationOf(run: WorkflowRun): number | null {
  return secondsBetween(run.run_started_at ?? run.created_at, run.updated_at);
}

/**
 * A re-run keeps its run id; GitHub lists it once, carrying its latest attempt. Should a listing have caught the
 * same run twice (it changed between pages), keep the latest attempt so that each run counts once.
 */
function latestAttempts(runs: readonly WorkflowRun[]): WorkflowRun[] {
  const byId = new Map<string, WorkflowRun>();
  for (const run of runs) {
    const key = String(run.id);
    const known = byId.get(key);
    if (!known || isLater(run, known)) byId.set(key, run);
  }
  return [...byId.values()];
}

function isLater(a: WorkflowRun, b: WorkflowRun): boolean {
  const attemptA = a.run_attempt ?? 1;
  const attemptB = b.run_attempt ?? 1;
  if (attemptA !== attemptB) return attemptA > attemptB;
  return Date.parse(a.updated_at) > Date.parse(b.updated_at);
}
