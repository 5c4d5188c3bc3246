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
 *   For lead time and recovery time (`reachBack`) it reads on to each environment's last success before the
 *   window (one status listing each by REST); for lead time (`commits`), the comparisons of commits (dora.ts).
 * The listings are the engine plan's (one per distinct source); sharing them is what any careful client does.
 */
import type { FakeRepository, FakeRun } from '../../src/fake-github/history.js';
import type { SourceSpec } from '../../src/github/sources.js';
import { comparisonFloor, outcomeAt } from './dora.js';

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

/** A listing's count, and for lead time its comparisons of commits as a line of their own. */
export function carefulCounts(spec: SourceSpec, repo: FakeRepository): CarefulCount[] {
  const listing = carefulCount(spec, repo);
  if (spec.kind !== 'deployments' || !spec.commits) return [listing];
  const span = { from: spec.since.getTime(), to: spec.until.getTime() };
  const compares = comparisonFloor(repo, spec.environment, span);
  const comparisons = {
    source: COMPARISONS,
    records: compares,
    careful: compares,
    floor: compares,
    detail: 'one compare per pair of shas (≤ 250 commits); roll-backs known from their roll-forward',
  };
  return [listing, comparisons];
}

/** The name of lead time's compare requests in the tables (requests.ts names them so too). */
export const COMPARISONS = 'comparisons of commits';

function carefulCount(spec: SourceSpec, repo: FakeRepository): CarefulCount {
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
      const firstOlder = listed.findIndex((d) => Date.parse(d.created_at) < since);
      // Reaching back: each environment of the window, to its last success before the window's start.
      const before: typeof listed = [];
      let reached = firstOlder;
      const open = new Set(spec.kind === 'deployments' && spec.reachBack ? inWindow.map((d) => d.environment) : []);
      for (let i = firstOlder; i >= 0 && i < listed.length && open.size > 0; i++) {
        const d = listed[i]!;
        if (!open.has(d.environment)) continue;
        before.push(d);
        reached = i;
        if (outcomeAt(d, since)?.state === 'success') open.delete(d.environment);
      }
      const listingPages = reached === -1 ? pages(listed.length) : Math.floor(reached / PAGE) + 1;
      const read = [...inWindow, ...before];
      const statusPages = read.reduce((sum, d) => sum + pages(d.statuses.length), 0);
      // By GraphQL, a page of 100 deployments carries their first 100 statuses each: only longer ones add pages.
      const morePages = read.reduce((sum, d) => sum + pages(d.statuses.length) - 1, 0);
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
