/** workflow-success-rate (SPEC §3): the share of a workflow's decided runs that succeeded. */
import { runsInScope } from '../workflows.js';
import { summarizeRatio } from '../summarize.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';
import { workflowRunsSource } from './sources.js';

/** Conclusions that decide a success rate; cancelled, skipped, neutral… say nothing about reliability. */
const DECISIVE_CONCLUSIONS = new Set(['success', 'failure', 'timed_out', 'startup_failure']);

export const workflowSuccessRate: MeasureEntry<'workflow-success-rate'> = {
  source: fetchedFrom('workflow-runs', workflowRunsSource, (metric, runs, window) => {
    const { table, rows } = runsInScope(metric, runs, window);
    let decided = 0;
    let succeeded = 0;
    for (const row of rows) {
      const conclusion = table.conclusion(row);
      if (conclusion === null || !DECISIVE_CONCLUSIONS.has(conclusion)) continue;
      decided += 1;
      if (conclusion === 'success') succeeded += 1;
    }
    return summarizeRatio(succeeded, decided);
  }),
};
