/** time-to-close (SPEC §3): how long issues carrying all `labels` and closed in the window were open. */
import { commonFields, labels } from '../../okrs/fields.js';
import { issuesWithLabels } from '../issues.js';
import { inWindow, secondsBetween } from '../window.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MetricEntry } from './definition.js';
import { issuesSource } from './sources.js';

const fields = { ...commonFields, labels: labels.optional() };

export const timeToClose: MetricEntry<'time-to-close', typeof fields> = {
  type: 'time-to-close',
  kind: 'duration',
  direction: 'decrease',
  fields,
  source: fetchedFrom('issues', issuesSource, (metric, records, window) => {
    const closed = issuesWithLabels(metric, records).filter((issue) => inWindow(issue.closed_at, window));
    return summarizeSamples(
      metric,
      closed.flatMap((issue) => secondsBetween(issue.created_at, issue.closed_at!) ?? []),
    );
  }),
  samples: 'issues carrying all `labels` closed in the window: `closed_at − created_at`',
};
