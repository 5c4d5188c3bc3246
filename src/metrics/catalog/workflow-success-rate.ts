/** workflow-success-rate (SPEC §3): the share of a workflow's decided runs that succeeded. */
import { commonFields, notApplicable, workflowFields } from '../../okrs/fields.js';
import { runsInScope } from '../workflows.js';
import { summarizeRatio } from '../summarize.js';
import { fetchedFrom, type MetricEntry } from './definition.js';
import { workflowRunsSource } from './sources.js';

/** Conclusions that decide a success rate; cancelled, skipped, neutral… say nothing about reliability. */
const DECISIVE_CONCLUSIONS = new Set(['success', 'failure', 'timed_out', 'startup_failure']);

const fields = {
  ...commonFields,
  ...workflowFields,
  conclusion: notApplicable(
    'workflow-success-rate counts runs that concluded success, failure, timed_out or startup_failure; ' +
      'remove conclusion',
  ),
};

export const workflowSuccessRate: MetricEntry<'workflow-success-rate', typeof fields> = {
  type: 'workflow-success-rate',
  kind: 'ratio',
  direction: 'increase',
  fields,
  source: fetchedFrom('workflow-runs', workflowRunsSource, (metric, runs, window) => {
    const decided = runsInScope(metric, runs, window).filter(
      (run) => run.conclusion != null && DECISIVE_CONCLUSIONS.has(run.conclusion),
    );
    return summarizeRatio(decided.filter((run) => run.conclusion === 'success').length, decided.length);
  }),
  samples:
    'runs created in the window concluding success, failure, timed_out or startup_failure: the share that succeeded',
};
