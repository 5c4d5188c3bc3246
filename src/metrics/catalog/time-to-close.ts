/** time-to-close (SPEC §3): how long issues carrying all `labels` and closed in the window were open. */
import { inWindow } from '../../model/window.js';
import { issuesWithLabels } from '../issues.js';
import { secondsBetween } from '../window.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';
import { issuesSource } from './sources.js';

export const timeToClose: MeasureEntry<'time-to-close'> = {
  source: fetchedFrom('issues', issuesSource, (metric, records, window) => {
    const closed = issuesWithLabels(metric, records).filter((issue) => inWindow(issue.closed_at, window));
    return summarizeSamples(
      metric,
      closed.flatMap((issue) => secondsBetween(issue.created_at, issue.closed_at!) ?? []),
    );
  }),
};
