/**
 * What issue-count and time-to-close (SPEC §3) share: the issues carrying the metric's labels. GitHub's issue
 * listings include pull requests; they are never counted. Labels match case-insensitively, as GitHub treats them.
 */
import type { IssueMetric } from '../metric-types/index.js';
import type { Issue } from '../github/records.js';

export function issuesWithLabels(metric: IssueMetric, records: readonly Issue[]): Issue[] {
  const wanted = (metric.labels ?? []).map((label) => label.toLowerCase());
  return uniqueByNumber(records).filter((issue) => {
    if (issue.pull_request != null) return false;
    const labels = new Set(issue.labels.map((label) => label.toLowerCase()));
    return wanted.every((label) => labels.has(label));
  });
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
