/** deployment-frequency (SPEC §3): how many deployments succeeded. */
import { outcomesInScope, succeeded } from '../deployments.js';
import { summarizeCount } from '../summarize.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';
import { deploymentsSource } from './sources.js';

export const deploymentFrequency: MeasureEntry<'deployment-frequency'> = {
  source: fetchedFrom('deployments', deploymentsSource, (metric, deployments, window) =>
    summarizeCount(metric, succeeded(outcomesInScope(metric, deployments, window)).length, window),
  ),
};
