/** deployment-duration (SPEC §3): from a deployment's creation to its successful outcome. */
import { outcomesInScope, succeeded } from '../deployments.js';
import { secondsBetween } from '../window.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';
import { deploymentsSource } from './sources.js';

export const deploymentDuration: MeasureEntry<'deployment-duration'> = {
  source: fetchedFrom('deployments', deploymentsSource, (metric, deployments, window) =>
    summarizeSamples(
      metric,
      succeeded(outcomesInScope(metric, deployments, window)).flatMap(
        ({ deployment, outcome }) => secondsBetween(deployment.created_at, outcome.created_at) ?? [],
      ),
    ),
  ),
};
