/**
 * Issues (never pull requests) carrying all `labels`, created or closed in [since, until), plus, when `openAt`
 * is set, every issue open at that instant however old. GitHub's `since` filters on `updated_at`, and creating
 * or closing an issue updates it, so `since` on the server keeps every one of them; issues still open that
 * nobody touched since need a second listing of the open ones.
 */
import type { Octokit } from '@octokit/rest';
import type { SourceSpec } from './sources.js';
import type { Issue } from './records.js';
import { epochMs, isoSeconds } from './time.js';
import { inWindow } from '../model/window.js';

export type IssuesSpec = Extract<SourceSpec, { kind: 'issues' }>;

export type ListedIssue = Awaited<ReturnType<Octokit['rest']['issues']['listForRepo']>>['data'][number];

export async function fetchIssues(octokit: Octokit, spec: IssuesSpec): Promise<Issue[]> {
  const kept = new Map<number, Issue>();
  const keepIfWanted = (issue: ListedIssue): void => {
    // The issues listing includes pull requests; they are never counted as issues.
    if (issue.pull_request) return;
    const labels = labelNames(issue.labels);
    if (!hasAllLabels(labels, spec.labels)) return;
    if (!isWanted(issue, spec)) return;
    kept.set(issue.number, {
      number: issue.number,
      created_at: issue.created_at,
      closed_at: issue.closed_at,
      state: issue.state,
      labels,
    });
  };
  const updatedSince = spec.openAt && spec.openAt < spec.since ? spec.openAt : spec.since;
  // `since` keeps issues updated strictly after it, in whole seconds: one second early keeps those updated at
  // the window's very first second (the window itself is drawn here, not by GitHub).
  const sinceSecond = Math.floor(updatedSince.getTime() / 1000) - 1;
  await listIssues(octokit, spec, { state: 'all', since: isoSeconds(sinceSecond) }, keepIfWanted);
  if (spec.openAt) await listIssues(octokit, spec, { state: 'open' }, keepIfWanted);
  return [...kept.values()].sort((a, b) => epochMs(a.created_at) - epochMs(b.created_at) || a.number - b.number);
}

export async function listIssues(
  octokit: Octokit,
  spec: IssuesSpec,
  filter: { state: 'all' | 'open'; since?: string; labels?: boolean },
  onIssue: (issue: ListedIssue) => void,
): Promise<void> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: spec.owner,
    repo: spec.repo,
    state: filter.state,
    since: filter.since,
    labels: filter.labels !== false && spec.labels.length > 0 ? spec.labels.join(',') : undefined,
    // Oldest first: an issue opened while we read lands on the last page instead of pushing every later page
    // one place down (newest first, the default, would repeat one issue and never list the new one).
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  for await (const { data } of pages) data.forEach(onIssue);
}

/** Created or closed in the window, or open at `openAt`: what a listing keeps (the cache keeps the same). */
export function isWanted(issue: Pick<Issue, 'created_at' | 'closed_at'>, spec: IssuesSpec): boolean {
  const window = { start: spec.since, end: spec.until };
  if (inWindow(issue.created_at, window) || inWindow(issue.closed_at, window)) {
    return true;
  }
  return spec.openAt !== undefined && wasOpenAt(issue, spec.openAt);
}

/** Open at `instant`, taken inclusively at both ends: the measure stage draws the exact line. */
function wasOpenAt(issue: Pick<Issue, 'created_at' | 'closed_at'>, instant: Date): boolean {
  const t = instant.getTime();
  return epochMs(issue.created_at) <= t && (issue.closed_at === null || epochMs(issue.closed_at) >= t);
}

export function labelNames(labels: ListedIssue['labels']): string[] {
  return labels.flatMap((label) => {
    const name = typeof label === 'string' ? label : label.name;
    return name ? [name] : [];
  });
}

/** GitHub matches label names without regard to case. */
export function hasAllLabels(labels: string[], wanted: string[]): boolean {
  const have = new Set(labels.map((label) => label.toLowerCase()));
  return wanted.every((label) => have.has(label.toLowerCase()));
}
