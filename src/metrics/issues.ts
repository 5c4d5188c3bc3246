/**
 * issue-count and time-to-close (SPEC §3). GitHub's issue listings include pull requests; they are never counted.
 * Labels match case-insensitively, as GitHub treats label names.
 */
import type { IssueMetric } from '../okrs/model.js';
import type { Issue } from '../github/records.js';
import type { Measurement, Window } from './measurement.js';
import { inWindow, secondsBetween } from './window.js';
import { summarizeCount, summarizeSamples } from './summarize.js';

export function measureIssues(metric: IssueMetric, records: readonly Issue[], window: Window): Measurement {
  const wanted = (metric.labels ?? []).map((label) => label.toLowerCase());
  const issues = uniqueByNumber(records).filter((issue) => {
    if (issue.pull_request != null) return false;
    const labels = new Set(issue.labels.map((label) => label.toLowerCase()));
    return wanted.every((label) => labels.has(label));
  });

  if (metric.type === 'time-to-close') {
    const closed = issues.filter((issue) => inWindow(issue.closed_at, window));
    return summarizeSamples(
      metric,
      closed.flatMap((issue) => secondsBetween(issue.created_at, issue.closed_at!) ?? []),
    );
  }

  const state = metric.state ?? 'opened';
  const counted = issues.filter((issue) => {
    switch (state) {
      case 'opened':
        return inWindow(issue.created_at, window);
      case 'closed':
        return inWindow(issue.closed_at, window);
      case 'open':
        return wasOpenAt(issue, window.end);
    }
  });
  return summarizeCount(metric, counted.length, window);
}

/**
 * Open at the evaluation time: created before it, and not closed by then. An issue closed at or after that
 * instant still counts (closing it came later), so replaying an earlier as-of gives the count of that day.
 */
export function wasOpenAt(issue: Issue, at: Date): boolean {
  const created = Date.parse(issue.created_at);
  if (Number.isNaN(created) || created >= at.getTime()) return false;
  if (issue.closed_at == null) return true;
  return Date.parse(issue.closed_at) >= at.getTime();
}

function uniqueByNumber(issues: readonly Issue[]): Issue[] {
  return [...new Map(issues.map((issue) => [issue.number, issue])).values()];
}
