/** workflow-duration (SPEC §3): how long a workflow's successful (or `conclusion`) runs took. */
import { countedRuns, durationOf, runsInScope } from '../workflows.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';
import { workflowRunsSource } from './sources.js';

export const workflowDuration: MeasureEntry<'workflow-duration'> = {
  source: fetchedFrom('workflow-runs', workflowRunsSource, (metric, runs, window) => {
    const scope = runsInScope(metric, runs, window);
    return summarizeSamples(
      metric,
      countedRuns(metric, scope).flatMap((row) => durationOf(scope.table, row) ?? []),
    );
  }),
};
