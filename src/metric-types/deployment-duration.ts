/** deployment-duration (SPEC §3): from a deployment's creation to its successful outcome. */
import { commonFields, text } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = { ...commonFields, environment: text.optional() };

export const deploymentDuration: MetricDefinition<'deployment-duration', typeof fields> = {
  type: 'deployment-duration',
  kind: 'duration',
  direction: 'decrease',
  fields,
  samples:
    'deployments created in the window whose outcome is success: outcome status `created_at` − deployment ' +
    '`created_at`',
};
