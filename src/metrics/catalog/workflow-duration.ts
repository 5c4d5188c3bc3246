/** workflow-duration (SPEC §3): how long a workflow's successful (or `conclusion`) runs took. */
import { commonFields, conclusion, workflowFields } from '../../okrs/fields.js';
import { countedRuns, durationOf, runsInScope } from '../workflows.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MetricEntry } from './definition.js';
import { workflowRunsSource } from './sources.js';

const fields = { ...commonFields, ...workflowFields, conclusion: conclusion.optional() };

export const workflowDuration: MetricEntry<'workflow-duration', typeof fields> = {
  type: 'workflow-duration',
  kind: 'duration',
  direction: 'decrease',
  fields,
  source: fetchedFrom('workflow-runs', workflowRunsSource, (metric, runs, window) => {
    const scope = runsInScope(metric, runs, window);
    return summarizeSamples(
      metric,
      countedRuns(metric, scope).flatMap((row) => durationOf(scope.table, row) ?? []),
    );
  }),
  samples:
    'runs of `workflow` (file name or id), completed, created in the window, conclusion in `conclusion` ' +
    '(default `[success]`): `updated_at − run_started_at` (or `created_at` where that is missing), never negative, ' +
    'seconds',
};
