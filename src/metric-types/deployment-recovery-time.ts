/** deployment-recovery-time (SPEC §11): DORA's failed deployment recovery time. */
import { commonFields, text } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = { ...commonFields, environment: text.optional() };

export const deploymentRecoveryTime: MetricDefinition<'deployment-recovery-time', typeof fields> = {
  type: 'deployment-recovery-time',
  kind: 'duration',
  direction: 'decrease',
  fields,
  samples:
    'failure streaks (consecutive deployments with outcome failure or error) begun in the window and recovered ' +
    "by the next success: its outcome status `created_at` − the streak's first one; streaks not yet recovered " +
    'are counted as `unrecovered`',
};
