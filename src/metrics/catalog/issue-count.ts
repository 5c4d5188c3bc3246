/** issue-count (SPEC §3): issues carrying all `labels` opened in, closed in, or open at the end of the window. */
import type { MetricOf } from '../../metric-types/index.js';
import { inWindow } from '../../model/window.js';
import { issuesWithLabels, wasOpenAt } from '../issues.js';
import { summarizeCount } from '../summarize.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';
import { issuesSource } from './sources.js';

export const issueCount: MeasureEntry<'issue-count'> = {
  source: fetchedFrom<MetricOf<'issue-count'>, 'issues'>(
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
};
