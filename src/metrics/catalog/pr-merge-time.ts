/** pr-merge-time (SPEC §3): from a pull request's creation to its merge, for those merged in the window. */
import { mergedInScope } from '../pull-requests.js';
import { secondsBetween } from '../window.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';

export const prMergeTime: MeasureEntry<'pr-merge-time'> = {
  source: fetchedFrom(
    'pull-requests',
    (metric, scope) => ({ ...scope, kind: 'pull-requests', base: metric.base }),
    (metric, records, window) =>
      summarizeSamples(
        metric,
        mergedInScope(metric, records, window).flatMap((pr) => secondsBetween(pr.created_at, pr.merged_at!) ?? []),
      ),
  ),
};
