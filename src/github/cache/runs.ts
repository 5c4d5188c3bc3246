/**
 * Workflow runs through the cache (SPEC §14): runs never change once completed, except that a run can be re-run,
 * and its latest attempt replaces it. So the cached runs are kept up to 3 days before the last read, and from there
 * on the listing is read again, in parts of whole days aligned on the calendar (their queries repeat from run to
 * run, so each page can be asked with its ETag: a part where nothing was re-run or finished answers 304, free).
 */
import type { Octokit } from '@octokit/rest';
import type { WorkflowRun } from '../records.js';
import { RunTableBuilder, type RunTable } from '../run-table.js';
import { completedRunsQuery, fetchWorkflowRuns, LISTING_CAP, type WorkflowRunsSpec } from '../workflow-runs.js';
import { mapConcurrent } from '../concurrency.js';
import type { Budget } from '../budget.js';
import type { ConditionalPages, RunsEntry } from './format.js';
import { readPagesUnlessUnchanged } from './conditional.js';
import { columnsOf, runsOf } from './run-columns.js';
import { DAY_MS, OVERLAP_MS } from './timing.js';

/** SPEC §14: a run re-run within this long of its creation is read again. */
const RERUN_MS = 3 * DAY_MS;
/** Runs a part is sized for: one page, with room for a busier day than the average. */
const RUNS_PER_PART = 80;
const MAX_PART_DAYS = 64;
const ROUTE = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs';

interface RunsPage {
  total_count: number;
  workflow_runs: WorkflowRun[];
}

export function coldRunsEntry(table: RunTable, spec: WorkflowRunsSpec, readAt: number): Omit<RunsEntry, 'fullRead'> {
  const since = spec.since.getTime();
  return {
    kind: 'workflow-runs',
    readAt,
    since,
    partDays: partDaysFor(table.length, since, readAt),
    parts: [],
    runs: columnsOf(table),
  };
}

export async function readRunsWarm(
  octokit: Octokit,
  spec: WorkflowRunsSpec,
  entry: RunsEntry,
  readAt: number,
  budget?: Budget,
): Promise<{ records: RunTable; entry: RunsEntry }> {
  const since = spec.since.getTime();
  const partDays = keepOrChoosePartDays(entry, since);
  const parts = partsFrom(entry.readAt - RERUN_MS - OVERLAP_MS, readAt + OVERLAP_MS, partDays);
  const rereadFrom = parts[0]!.start;
  const runs = new RunTableBuilder();
  const cached = [...runsOf(entry.runs)];
  for (const run of cached) {
    const created = Date.parse(run.created_at);
    if (created >= since && created < rereadFrom) runs.add(run);
  }
  const kept: ConditionalPages[] = [];
  await mapConcurrent(parts, 2, async (part) => {
    const params = completedRunsQuery(spec, `${day(part.start)}..${day(part.end - DAY_MS)}`);
    const known = entry.parts.find((pages) => pages.query === JSON.stringify(params));
    const read = await readPagesUnlessUnchanged<WorkflowRun>(
      octokit,
      ROUTE,
      params,
      (page) => (page as RunsPage).workflow_runs,
      known,
    );
    if (read === null) {
      // Unchanged since the last read: its runs are the cached ones.
      for (const run of cached) if (inPart(run, part, since)) runs.add(run);
      kept.push(known!);
    } else if (((read.firstPage as RunsPage).total_count ?? 0) >= LISTING_CAP) {
      // More than a listing serves: read the part as a cold read does, in pieces (no ETags to keep then).
      const table = await fetchWorkflowRuns(
        octokit,
        { ...spec, since: new Date(part.start), until: new Date(part.end) },
        budget,
      );
      for (const run of table.runs()) if (inPart(run, part, since)) runs.add(run);
    } else {
      for (const run of read.items) if (inPart(run, part, since)) runs.add(run);
      kept.push(read.pages);
    }
  });
  const table = runs.build();
  const next: RunsEntry = { ...entry, readAt, since, partDays, parts: kept, runs: columnsOf(table) };
  return { records: table, entry: next };
}

interface Part {
  start: number;
  end: number;
}

/** Parts of `partDays` whole UTC days, aligned on multiples of it since 1970, covering [from, to). */
function partsFrom(from: number, to: number, partDays: number): Part[] {
  const size = partDays * DAY_MS;
  const parts: Part[] = [];
  for (let start = Math.floor(from / size) * size; start < to; start += size) parts.push({ start, end: start + size });
  return parts;
}

/** Created in the part, and not before the listing's window (older runs are dropped from the cache). */
function inPart(run: WorkflowRun, part: Part, since: number): boolean {
  const created = Date.parse(run.created_at);
  return created >= Math.max(part.start, since) && created < part.end;
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The largest power of two of days whose runs, at the listing's pace so far, fit one page. */
function partDaysFor(runs: number, since: number, readAt: number): number {
  const perDay = runs / Math.max(1, (readAt - since) / DAY_MS);
  let days = 1;
  while (days < MAX_PART_DAYS && perDay * days * 2 <= RUNS_PER_PART) days *= 2;
  return days;
}

/** The part size kept while it still fits (parts that change size change queries, and lose their ETags). */
function keepOrChoosePartDays(entry: RunsEntry, since: number): number {
  const chosen = partDaysFor(entry.runs.id.length, Math.max(since, entry.since), entry.readAt);
  return chosen === entry.partDays || chosen === entry.partDays * 2 ? entry.partDays : chosen;
}
