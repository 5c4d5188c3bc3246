/** lead-time-for-changes (SPEC §11): from a commit's author date to its deployment's success. */
import { commonFields, text } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = { ...commonFields, environment: text.optional() };

export const leadTimeForChanges: MetricDefinition<'lead-time-for-changes', typeof fields> = {
  type: 'lead-time-for-changes',
  kind: 'duration',
  direction: 'decrease',
  fields,
  samples:
    "commits each successful deployment created in the window delivered (GitHub's compare with the latest " +
    'earlier successful deployment of its environment; merge commits left out; each commit once): the ' +
    "deployment's outcome status `created_at` − the commit's author date",
};
