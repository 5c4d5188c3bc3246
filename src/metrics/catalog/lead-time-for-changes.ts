/** lead-time-for-changes (SPEC §11): from a commit's author date to its deployment's success. */
import { leadTimes } from '../lead-time.js';
import { percentile } from '../stats.js';
import { doraReading } from '../../model/dora.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';
import { deploymentsSource } from './sources.js';

export const leadTimeForChanges: MeasureEntry<'lead-time-for-changes'> = {
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
    { reachesBack: true },
  ),
};
