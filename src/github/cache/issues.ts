/**
 * Issues through the cache (SPEC §14): an issue that was opened, closed, reopened or relabelled was updated, so
 * the next run reads the issues updated since the last read (less a minute) and replaces them. They are read
 * without the label filter: an issue that lost a label must leave the cache, and a labelled listing would not
 * show it. The first page (the most recently updated, a query that repeats) is asked with its ETag.
 */
import type { Octokit } from '@octokit/rest';
import type { Issue } from '../records.js';
import { hasAllLabels, isWanted, labelNames, listIssues, type IssuesSpec, type ListedIssue } from '../issues.js';
import { epochMs, isoSeconds } from '../time.js';
import type { IssuesEntry } from './format.js';
import { getPage, PER_PAGE } from './conditional.js';
import { OVERLAP_MS } from './timing.js';

export function coldIssuesEntry(records: Issue[], spec: IssuesSpec, readAt: number): Omit<IssuesEntry, 'fullRead'> {
  return {
    kind: 'issues',
    readAt,
    since: spec.since.getTime(),
    openListed: spec.openAt !== undefined,
    etag: null,
    issues: records.map(narrow),
  };
}

export function coversIssues(entry: IssuesEntry, spec: IssuesSpec): boolean {
  return entry.since <= spec.since.getTime() && (spec.openAt === undefined || entry.openListed);
}

export async function readIssuesWarm(
  octokit: Octokit,
  spec: IssuesSpec,
  entry: IssuesEntry,
  readAt: number,
): Promise<{ records: Issue[]; entry: IssuesEntry }> {
  const byNumber = new Map(entry.issues.map((issue) => [issue.number, issue]));
  const update = (listed: ListedIssue): void => {
    if (listed.pull_request) return;
    const labels = labelNames(listed.labels);
    if (hasAllLabels(labels, spec.labels)) byNumber.set(listed.number, narrow({ ...listed, labels }));
    else byNumber.delete(listed.number);
  };
  const after = entry.readAt - OVERLAP_MS;
  const params = { owner: spec.owner, repo: spec.repo, state: 'all', sort: 'updated', direction: 'desc', page: 1 };
  const first = await getPage<ListedIssue[]>(octokit, 'GET /repos/{owner}/{repo}/issues', params, entry.etag);
  if (first.data !== null) {
    const oldest = first.data.at(-1);
    if (first.data.length < PER_PAGE || (oldest && epochMs(oldest.updated_at) < after)) first.data.forEach(update);
    else {
      // More changed than a page holds: list them oldest first, where one updated meanwhile cannot push another
      // past the pages already read (newest first, it would).
      const since = isoSeconds(Math.floor(after / 1000) - 1);
      await listIssues(octokit, spec, { state: 'all', since, labels: false }, update);
    }
  }
  const issues = [...byNumber.values()]
    .filter((issue) => isWanted(issue, spec))
    .sort((a, b) => epochMs(a.created_at) - epochMs(b.created_at) || a.number - b.number);
  return {
    records: issues,
    entry: {
      ...entry,
      readAt,
      since: spec.since.getTime(),
      // Open issues outside the window were kept only if this run asked for them.
      openListed: entry.openListed && spec.openAt !== undefined,
      etag: first.etag,
      issues,
    },
  };
}

function narrow(issue: Issue): Issue {
  const { number, created_at, closed_at, state, labels } = issue;
  return { number, created_at, closed_at, state, labels };
}
