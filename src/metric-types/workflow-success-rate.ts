/** workflow-success-rate (SPEC §3): the share of a workflow's decided runs that succeeded. */
import { commonFields, notApplicable, workflowFields } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = {
  ...commonFields,
  ...workflowFields,
  conclusion: notApplicable(
    'workflow-success-rate counts runs that concluded success, failure, timed_out or startup_failure; ' +
      'remove conclusion',
  ),
};

export const workflowSuccessRate: MetricDefinition<'workflow-success-rate', typeof fields> = {
  type: 'workflow-success-rate',
  kind: 'ratio',
  direction: 'increase',
  fields,
  samples:
    'runs created in the window concluding success, failure, timed_out or startup_failure: the share that succeeded',
};
