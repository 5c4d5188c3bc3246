/** workflow-duration (SPEC §3): how long a workflow's successful (or `conclusion`) runs took. */
import { commonFields, conclusion, workflowFields } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = { ...commonFields, ...workflowFields, conclusion: conclusion.optional() };

export const workflowDuration: MetricDefinition<'workflow-duration', typeof fields> = {
  type: 'workflow-duration',
  kind: 'duration',
  direction: 'decrease',
  fields,
  samples:
    'runs of `workflow` (file name or id), completed, created in the window, conclusion in `conclusion` ' +
    '(default `[success]`): `updated_at − run_started_at` (or `created_at` where that is missing), never negative, ' +
    'seconds',
};
