/** deployment-frequency (SPEC §3): how many deployments succeeded. */
import { commonFields, text } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = { ...commonFields, environment: text.optional() };

export const deploymentFrequency: MetricDefinition<'deployment-frequency', typeof fields> = {
  type: 'deployment-frequency',
  kind: 'count',
  direction: 'increase',
  fields,
  samples: 'count of deployments created in the window whose outcome is success',
};
