/** deployment-recovery-time (SPEC §11): DORA's failed deployment recovery time. */
import { commonFields, text } from '../../okrs/fields.js';
import { recoveryTimes } from '../recovery-time.js';
import { percentile } from '../stats.js';
import { doraReading } from '../dora.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MetricEntry } from './definition.js';
import { deploymentsSource } from './sources.js';

const fields = { ...commonFields, environment: text.optional() };

export const deploymentRecoveryTime: MetricEntry<'deployment-recovery-time', typeof fields> = {
  type: 'deployment-recovery-time',
  kind: 'duration',
  direction: 'decrease',
  fields,
  reachesBack: true,
  source: fetchedFrom(
    'deployments',
    (metric, scope) => ({ ...deploymentsSource(metric, scope), reachBack: true }),
    (metric, deployments, window) => {
      const { samples, unrecovered } = recoveryTimes(metric, deployments, window);
      return {
        ...summarizeSamples(metric, samples),
        dora: doraReading('deployment-recovery-time', percentile(samples, 0.5), samples.length),
        unrecovered,
      };
    },
  ),
  samples:
    'failure streaks (consecutive deployments with outcome failure or error) begun in the window and recovered ' +
    "by the next success: its outcome status `created_at` − the streak's first one; streaks not yet recovered " +
    'are counted as `unrecovered`',
};
