/** change-failure-rate (SPEC §3): the share of deployments with an outcome that failed. */
import { commonFields, text } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = { ...commonFields, environment: text.optional() };

export const changeFailureRate: MetricDefinition<'change-failure-rate', typeof fields> = {
  type: 'change-failure-rate',
  kind: 'ratio',
  direction: 'decrease',
  fields,
  samples: 'deployments created in the window with outcome failure or error ÷ those with an outcome',
};
