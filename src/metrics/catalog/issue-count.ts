/** issue-count (SPEC §3): issues carrying all `labels` opened in, closed in, or open at the end of the window. */
import * as z from 'zod';
import { commonFields, labels } from '../../okrs/fields.js';
import { describeInput } from '../../okrs/hints.js';
import { issuesWithLabels, wasOpenAt } from '../issues.js';
import { inWindow } from '../window.js';
import { summarizeCount } from '../summarize.js';
import { fetchedFrom, type MetricEntry, type MetricShape } from './definition.js';
import { issuesSource } from './sources.js';

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

export const issueCount: MetricEntry<'issue-count', typeof fields> = {
  type: 'issue-count',
  kind: 'count',
  direction: 'decrease',
  fields,
  source: fetchedFrom<MetricShape<'issue-count', typeof fields>, 'issues'>(
    'issues',
    (metric, scope, window) => ({
      ...issuesSource(metric, scope),
      // "open at the evaluation time" needs issues however old they are, not just those touched in the window.
      openAt: metric.state === 'open' ? window.end : undefined,
    }),
    (metric, records, window) => {
      const issues = issuesWithLabels(metric, records);
      const counted = issues.filter((issue) => {
        switch (metric.state ?? 'opened') {
          case 'opened':
            return inWindow(issue.created_at, window);
          case 'closed':
            return inWindow(issue.closed_at, window);
          case 'open':
            return wasOpenAt(issue, window.end);
          default:
            return false;
        }
      });
      return summarizeCount(metric, counted.length, window);
    },
  ),
  samples:
    'issues (never pull requests) carrying all `labels`: `state: opened` (default) created in the window, `closed` ' +
    'closed in it, `open` open at the evaluation time',
};
