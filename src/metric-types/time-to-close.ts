/** time-to-close (SPEC §3): how long issues carrying all `labels` and closed in the window were open. */
import { commonFields, labels } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = { ...commonFields, labels: labels.optional() };

export const timeToClose: MetricDefinition<'time-to-close', typeof fields> = {
  type: 'time-to-close',
  kind: 'duration',
  direction: 'decrease',
  fields,
  samples: 'issues carrying all `labels` closed in the window: `closed_at − created_at`',
};
