/**
 * What a careful hand-written REST client needs for the same listings, counted from the history itself (no
 * requests): the yardstick for the engine's request count. Per listing, it knows what GitHub offers:
 * - workflow runs: the `status`/`created` filters, 100 a page, and the 1,000-result cap on filtered listings.
 *   The careful client learns `total_count` from a first page and, above the cap, halves the time range until
 *   each part fits (each oversized probe is one request spent). `floor` is the bare minimum: every run, 100 a page.
 * - deployments: no date filter; newest first, so it pages until one page reaches before the window; then one
 *   status listing per deployment in the window (GitHub has no bulk route for statuses). `floor` is GraphQL's:
 *   the same pages of 100 deployments, each with its first 100 statuses, plus a page per further 100 statuses.
 * - issues: `since` (updated at or after the window's start) and labels on the server.
 * - pull requests: closed, sorted by update newest first, until a page reaches before the window.
 * The listings are the engine plan's (one per distinct source); sharing them is what any careful client does.
 */
import type { FakeRepository, FakeRun } from '../../src/fake-github/history.js';
import type { SourceSpec } from '../../src/github/sources.js';

const PAGE = 100;
const CAP = 1000;

export interface CarefulCount {
  /** What the listing covers, e.g. `runs ci.yml (main)`. */
  source: string;
  /** Records the listing must deliver (runs in the window; deployments in the window; …). */
  records: number;
  careful: number;
  floor: number;
  /** How the careful count is made up. */
  detail: string;
}

export function carefulCount(spec: SourceSpec, repo: FakeRepository): CarefulCount {
  const since = spec.since.getTime();
  const until = spec.until.getTime();
  switch (spec.kind) {
    case 'workflow-runs': {
      const workflow = repo.workflows.find(
        (w) => w.path.endsWith(`/${spec.workflow}`) || String(w.id) === spec.workflow,
      );
      const times = repo.runs
        .filter(
          (run: FakeRun) =>
            run.workflow_id === workflow?.id &&
            run.status === 'completed' &&
            (spec.branch === undefined || run.head_branch === spec.branch) &&
            (spec.event === undefined || run.event === spec.event),
        )
        .map((run) => Date.parse(run.created_at) / 1000)
        .filter((t) => t >= since / 1000 && t < until / 1000)
        .sort((a, b) => a - b);
      const split = bisect(times, Math.ceil(since / 1000), Math.ceil(until / 1000) - 1);
      return {
        source: `runs ${spec.workflow}${spec.branch ? ` (${spec.branch})` : ''}`,
        records: times.length,
        careful: split.requests,
        floor: Math.max(1, Math.ceil(times.length / PAGE)),
        detail:
          split.parts === 1
            ? `${pages(times.length)} pages`
            : `${split.probes} over-cap probes + ${split.parts} parts of ≤${CAP}, ` +
              `${split.requests - split.probes} pages`,
      };
    }
    case 'deployments': {
      const listed = repo.deployments
        .filter((d) => spec.environment === undefined || d.environment === spec.environment)
        .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id);
      const inWindow = listed.filter((d) => Date.parse(d.created_at) >= since && Date.parse(d.created_at) < until);
      const listingPages = pagesUntilOlder(
        listed.map((d) => Date.parse(d.created_at)),
        since,
      );
      const statusPages = inWindow.reduce((sum, d) => sum + pages(d.statuses.length), 0);
      // By GraphQL, a page of 100 deployments carries their first 100 statuses each: only longer ones add pages.
      const morePages = inWindow.reduce((sum, d) => sum + pages(d.statuses.length) - 1, 0);
      return {
        source: `deployments${spec.environment ? ` (${spec.environment})` : ''}`,
        records: inWindow.length,
        careful: listingPages + statusPages,
        floor: listingPages + morePages,
        detail:
          `${listingPages} listing pages + ${statusPages} status listings ` +
          `(GraphQL: ${listingPages + morePages} queries)`,
      };
    }
    case 'issues': {
      const labels = spec.labels.map((l) => l.toLowerCase());
      const listed = repo.issues.filter(
        (i) =>
          Date.parse(i.updated_at) >= since && labels.every((l) => i.labels.some((have) => have.toLowerCase() === l)),
      );
      return {
        source: `issues${labels.length > 0 ? ` [${labels.join(', ')}]` : ''}`,
        records: listed.length,
        careful: pages(listed.length),
        floor: pages(listed.length),
        detail: `${pages(listed.length)} pages (updated since the window's start)`,
      };
    }
    case 'pull-requests': {
      const listed = repo.pulls
        .filter((p) => p.closed_at !== null && (spec.base === undefined || p.base === spec.base))
        .sort((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at));
      const merged = listed.filter(
        (p) => p.merged_at !== null && Date.parse(p.merged_at) >= since && Date.parse(p.merged_at) < until,
      );
      const count = pagesUntilOlder(
        listed.map((p) => Date.parse(p.updated_at)),
        since,
      );
      return {
        source: `pull requests${spec.base ? ` (${spec.base})` : ''}`,
        records: merged.length,
        careful: count,
        floor: count,
        detail: `${count} pages (closed, by update, newest first)`,
      };
    }
  }
}

function pages(count: number): number {
  return Math.max(1, Math.ceil(count / PAGE));
}

/** Pages of a newest-first listing up to and including the first that holds something older than `since`. */
function pagesUntilOlder(newestFirstTimes: number[], since: number): number {
  const firstOlder = newestFirstTimes.findIndex((t) => t < since);
  return firstOlder === -1 ? pages(newestFirstTimes.length) : Math.floor(firstOlder / PAGE) + 1;
}

/** The careful client's split of [first, last] (whole seconds): halve until each part holds at most CAP runs. */
function bisect(
  sortedSeconds: number[],
  first: number,
  last: number,
): { requests: number; parts: number; probes: number } {
  const inRange = countBetween(sortedSeconds, first, last);
  if (inRange <= CAP || first >= last) return { requests: pages(inRange), parts: 1, probes: 0 };
  const middle = Math.floor((first + last) / 2);
  const left = bisect(sortedSeconds, first, middle);
  const right = bisect(sortedSeconds, middle + 1, last);
  return {
    requests: 1 + left.requests + right.requests,
    parts: left.parts + right.parts,
    probes: 1 + left.probes + right.probes,
  };
}

function countBetween(sorted: number[], first: number, last: number): number {
  return lowerBound(sorted, last + 1) - lowerBound(sorted, first);
}

function lowerBound(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
