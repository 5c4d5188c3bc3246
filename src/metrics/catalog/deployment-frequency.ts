/** deployment-frequency (SPEC §3): how many deployments succeeded. */
import { commonFields, text } from '../../okrs/fields.js';
import { outcomesInScope, succeeded } from '../deployments.js';
import { summarizeCount } from '../summarize.js';
import { doraReading } from '../dora.js';
import { windowDays } from '../stats.js';
import { fetchedFrom, type MetricEntry } from './definition.js';
import { deploymentsSource } from './sources.js';

const fields = { ...commonFields, environment: text.optional() };

export const deploymentFrequency: MetricEntry<'deployment-frequency', typeof fields> = {
  type: 'deployment-frequency',
  kind: 'count',
  direction: 'increase',
  fields,
  source: fetchedFrom('deployments', deploymentsSource, (metric, deployments, window) => {
    const count = succeeded(outcomesInScope(metric, deployments, window)).length;
    // DORA compares successful deployments per day over the window, whatever the key result's stat.
    const days = windowDays(window);
    const dora = doraReading('deployment-frequency', days === 0 ? null : count / days, count);
    return { ...summarizeCount(metric, count, window), dora };
  }),
  samples: 'count of deployments created in the window whose outcome is success',
};
