/** lead-time-for-changes (SPEC §11): from a commit's author date to its deployment's success. */
import { commonFields, text } from '../../okrs/fields.js';
import { leadTimes } from '../lead-time.js';
import { percentile } from '../stats.js';
import { doraReading } from '../dora.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MetricEntry } from './definition.js';
import { deploymentsSource } from './sources.js';

const fields = { ...commonFields, environment: text.optional() };

export const leadTimeForChanges: MetricEntry<'lead-time-for-changes', typeof fields> = {
  type: 'lead-time-for-changes',
  kind: 'duration',
  direction: 'decrease',
  fields,
  reachesBack: true,
  source: fetchedFrom(
    'deployments',
    (metric, scope) => ({ ...deploymentsSource(metric, scope), reachBack: true, commits: true }),
    (metric, deployments, window) => {
      const { samples, unread, reason } = leadTimes(metric, deployments, window);
      if (unread > 0) {
        const error = reason ?? `the commits of ${unread} deployments were not read: run the scorecard again`;
        return { value: null, samples: 0, unit: 'seconds', error };
      }
      return {
        ...summarizeSamples(metric, samples),
        dora: doraReading('lead-time-for-changes', percentile(samples, 0.5), samples.length),
      };
    },
  ),
  samples:
    "commits each successful deployment created in the window delivered (GitHub's compare with the latest " +
    'earlier successful deployment of its environment; merge commits left out; each commit once): the ' +
    "deployment's outcome status `created_at` − the commit's author date",
};
