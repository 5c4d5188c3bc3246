/** pr-merge-time (SPEC §3): from a pull request's creation to its merge, for those merged in the window. */
import { commonFields, text } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = { ...commonFields, base: text.optional() };

export const prMergeTime: MetricDefinition<'pr-merge-time', typeof fields> = {
  type: 'pr-merge-time',
  kind: 'duration',
  direction: 'decrease',
  fields,
  samples: 'pull requests merged in the window (into `base`): `merged_at − created_at`',
};
