/** deployment-frequency (SPEC §3): how many deployments succeeded. */
import { outcomesInScope, succeeded } from '../deployments.js';
import { summarizeCount } from '../summarize.js';
import { windowDays } from '../stats.js';
import { doraReading } from '../../model/dora.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';
import { deploymentsSource } from './sources.js';

export const deploymentFrequency: MeasureEntry<'deployment-frequency'> = {
  source: fetchedFrom('deployments', deploymentsSource, (metric, deployments, window) => {
    const count = succeeded(outcomesInScope(metric, deployments, window)).length;
    // DORA compares successful deployments per day over the window, whatever the key result's stat.
    const days = windowDays(window);
    const dora = doraReading('deployment-frequency', days === 0 ? null : count / days, count);
    return { ...summarizeCount(metric, count, window), dora };
  }),
};
