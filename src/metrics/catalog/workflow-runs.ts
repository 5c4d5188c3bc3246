/** workflow-runs (SPEC §3): how many of a workflow's runs concluded success (or `conclusion`). */
import { countedRuns, runsInScope } from '../workflows.js';
import { summarizeCount } from '../summarize.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';
import { workflowRunsSource } from './sources.js';

export const workflowRuns: MeasureEntry<'workflow-runs'> = {
  source: fetchedFrom('workflow-runs', workflowRunsSource, (metric, runs, window) =>
    summarizeCount(metric, countedRuns(metric, runsInScope(metric, runs, window)).length, window),
  ),
};
