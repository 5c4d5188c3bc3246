/** deployment-recovery-time (SPEC §11): DORA's failed deployment recovery time. */
import { recoveryTimes } from '../recovery-time.js';
import { percentile } from '../stats.js';
import { doraReading } from '../../model/dora.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';
import { deploymentsSource } from './sources.js';

export const deploymentRecoveryTime: MeasureEntry<'deployment-recovery-time'> = {
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
    { reachesBack: true },
  ),
};
