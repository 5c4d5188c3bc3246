/**
 * What workflow-duration, workflow-runs and workflow-success-rate (SPEC §3) share: the runs of a workflow in
 * scope. The fetch may hand over a superset (other branches, events, times), so every filter is applied here
 * again, exactly; the table already holds each run once, with its latest attempt. Each type's own measure is in
 * its catalog entry. Runs are rows of the table (see run-table.ts for why), never copied.
 */
import type { WorkflowMetric } from '../metric-types/index.js';
import type { RunTable, Rows } from '../github/run-table.js';
import type { Window } from '../model/window.js';

/** Runs created in the window, on the metric's branch and event, as they stood at the evaluation time. */
export function runsInScope(metric: WorkflowMetric, table: RunTable, window: Window): { table: RunTable; rows: Rows } {
  const end = window.end.getTime();
  const inWindow = table.createdBetween(window.start.getTime(), end);
  const rows: number[] = [];
  for (let row = 0; row < inWindow.length; row += 1) {
    // At the evaluation time a run that finished later was still running: data after as-of is ignored.
    if (!(inWindow.updatedMs(row) < end)) continue;
    if (metric.branch !== undefined && inWindow.branch(row) !== metric.branch) continue;
    if (metric.event !== undefined && inWindow.event(row) !== metric.event) continue;
    rows.push(row);
  }
  return { table: inWindow, rows };
}

/** Completed runs whose conclusion is one of the metric's `conclusion` (default success). */
export function countedRuns(metric: WorkflowMetric, { table, rows }: { table: RunTable; rows: Rows }): Rows {
  const conclusions = new Set(metric.conclusion ?? ['success']);
  return rows.filter((row) => {
    const conclusion = table.conclusion(row);
    return table.status(row) === 'completed' && conclusion !== null && conclusions.has(conclusion);
  });
}

/**
 * `updated_at − run_started_at` (created_at where GitHub gives no start: the table holds it so), seconds, never
 * negative; null when a time is unreadable, so that one malformed run drops out instead of poisoning a statistic.
 */
export function durationOf(table: RunTable, row: number): number | null {
  const seconds = (table.updatedMs(row) - table.startedMs(row)) / 1000;
  return Number.isNaN(seconds) ? null : Math.max(0, seconds);
}
