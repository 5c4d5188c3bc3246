/** pr-merge-time (SPEC §3): from a pull request's creation to its merge, for those merged in the window. */
import { commonFields, text } from '../../okrs/fields.js';
import { mergedInScope } from '../pull-requests.js';
import { secondsBetween } from '../window.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MetricEntry } from './definition.js';

const fields = { ...commonFields, base: text.optional() };

export const prMergeTime: MetricEntry<'pr-merge-time', typeof fields> = {
  type: 'pr-merge-time',
  kind: 'duration',
  direction: 'decrease',
  fields,
  source: fetchedFrom(
    'pull-requests',
    (metric, scope) => ({ ...scope, kind: 'pull-requests', base: metric.base }),
    (metric, records, window) =>
      summarizeSamples(
        metric,
        mergedInScope(metric, records, window).flatMap((pr) => secondsBetween(pr.created_at, pr.merged_at!) ?? []),
      ),
  ),
  samples: 'pull requests merged in the window (into `base`): `merged_at − created_at`',
};
