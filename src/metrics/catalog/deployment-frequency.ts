/** deployment-frequency (SPEC §3): how many deployments succeeded. */
import { commonFields, text } from '../../okrs/fields.js';
import { outcomesInScope, succeeded } from '../deployments.js';
import { summarizeCount } from '../summarize.js';
import { fetchedFrom, type MetricEntry } from './definition.js';
import { deploymentsSource } from './sources.js';

const fields = { ...commonFields, environment: text.optional() };

export const deploymentFrequency: MetricEntry<'deployment-frequency', typeof fields> = {
  type: 'deployment-frequency',
  kind: 'count',
  direction: 'increase',
  fields,
  source: fetchedFrom('deployments', deploymentsSource, (metric, deployments, window) =>
    summarizeCount(metric, succeeded(outcomesInScope(metric, deployments, window)).length, window),
  ),
  samples: 'count of deployments created in the window whose outcome is success',
};
