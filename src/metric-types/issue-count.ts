/** issue-count (SPEC §3): issues carrying all `labels` opened in, closed in, or open at the end of the window. */
import * as z from 'zod';
import { commonFields, labels } from '../syntax/fields.js';
import { describeInput } from '../syntax/hints.js';
import type { MetricDefinition } from './definition.js';

const state = z.enum(['opened', 'closed', 'open'], {
  error: (iss) =>
    'expected opened (created in the window, the default), closed (closed in the window) or open (open at the ' +
    `evaluation time), got ${describeInput(iss.input)}`,
});

const fields = {
  ...commonFields,
  /** The issue must carry all of these labels. */
  labels: labels.optional(),
  /** opened (default) | closed | open. */
  state: state.optional(),
};

export const issueCount: MetricDefinition<'issue-count', typeof fields> = {
  type: 'issue-count',
  kind: 'count',
  direction: 'decrease',
  fields,
  samples:
    'issues (never pull requests) carrying all `labels`: `state: opened` (default) created in the window, `closed` ' +
    'closed in it, `open` open at the evaluation time',
};
