/** workflow-runs (SPEC §3): how many of a workflow's runs concluded success (or `conclusion`). */
import { commonFields, conclusion, workflowFields } from '../../okrs/fields.js';
import { countedRuns, runsInScope } from '../workflows.js';
import { summarizeCount } from '../summarize.js';
import { fetchedFrom, type MetricEntry } from './definition.js';
import { workflowRunsSource } from './sources.js';

const fields = { ...commonFields, ...workflowFields, conclusion: conclusion.optional() };

export const workflowRuns: MetricEntry<'workflow-runs', typeof fields> = {
  type: 'workflow-runs',
  kind: 'count',
  direction: 'increase',
  fields,
  source: fetchedFrom('workflow-runs', workflowRunsSource, (metric, runs, window) =>
    summarizeCount(metric, countedRuns(metric, runsInScope(metric, runs, window)).length, window),
  ),
  samples: 'count of the runs `workflow-duration` measures',
};
