/** deployment-duration (SPEC §3): from a deployment's creation to its successful outcome. */
import { commonFields, text } from '../../okrs/fields.js';
import { outcomesInScope, succeeded } from '../deployments.js';
import { secondsBetween } from '../window.js';
import { summarizeSamples } from '../summarize.js';
import { fetchedFrom, type MetricEntry } from './definition.js';
import { deploymentsSource } from './sources.js';

const fields = { ...commonFields, environment: text.optional() };

export const deploymentDuration: MetricEntry<'deployment-duration', typeof fields> = {
  type: 'deployment-duration',
  kind: 'duration',
  direction: 'decrease',
  fields,
  source: fetchedFrom('deployments', deploymentsSource, (metric, deployments, window) =>
    summarizeSamples(
      metric,
      succeeded(outcomesInScope(metric, deployments, window)).flatMap(
        ({ deployment, outcome }) => secondsBetween(deployment.created_at, outcome.created_at) ?? [],
      ),
    ),
  ),
  samples:
    'deployments created in the window whose outcome is success: outcome status `created_at` − deployment ' +
    '`created_at`',
};
