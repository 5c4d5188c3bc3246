/** workflow-runs (SPEC §3): how many of a workflow's runs concluded success (or `conclusion`). */
import { commonFields, conclusion, workflowFields } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = { ...commonFields, ...workflowFields, conclusion: conclusion.optional() };

export const workflowRuns: MetricDefinition<'workflow-runs', typeof fields> = {
  type: 'workflow-runs',
  kind: 'count',
  direction: 'increase',
  fields,
  samples: 'count of the runs `workflow-duration` measures',
};
