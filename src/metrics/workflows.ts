/**
 * workflow-duration, workflow-runs and workflow-success-rate (SPEC §3), from a workflow's runs.
 * The fetch may hand over a superset (other branches, events, times; the same run twice across pages), so
 * every filter is applied here again, exactly.
 */
import type { WorkflowMetric } from '../okrs/model.js';
import type { WorkflowRun } from '../github/records.js';
import type { Measurement, Window } from './measurement.js';
import { inWindow, secondsBetween } from './window.js';
import { summarizeCount, summarizeRatio, summarizeSamples } from './summarize.js';

/** Conclusions that decide a success rate; cancelled, skipped, neutral… say nothing about reliability. */
const DECISIVE_CONCLUSIONS = new Set(['success', 'failure', 'timed_out', 'startup_failure']);

export function measureWorkflow(metric: WorkflowMetric, runs: readonly WorkflowRun[], window: Window): Measurement {
  const candidates = latestAttempts(runs).filter(
    (run) =>
      inWindow(run.created_at, window) &&
      // At the evaluation time a run that finished later was still running: data after as-of is ignored.
      Date.parse(run.updated_at) < window.end.getTime() &&
      (metric.branch === undefined || run.head_branch === metric.branch) &&
      (metric.event === undefined || run.event === metric.event),
  );

  if (metric.type === 'workflow-success-rate') {
    const decided = candidates.filter((run) => run.conclusion != null && DECISIVE_CONCLUSIONS.has(run.conclusion));
    return summarizeRatio(decided.filter((run) => run.conclusion === 'success').length, decided.length);
  }

  const conclusions = new Set(metric.conclusion ?? ['success']);
  const counted = candidates.filter(
    (run) => run.status === 'completed' && run.conclusion != null && conclusions.has(run.conclusion),
  );
  if (metric.type === 'workflow-runs') return summarizeCount(metric, counted.length, window);
  return summarizeSamples(metric, counted.flatMap((run) => durationOf(run) ?? []));
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
