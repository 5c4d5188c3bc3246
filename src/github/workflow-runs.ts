/**
 * Completed runs of one workflow created in [since, until), filtered on the server (status, branch, event,
 * created range). GitHub returns at most 1,000 results for a filtered run listing, so a range whose
 * `total_count` is above that is cut by time into disjoint parts, each read separately.
 */
import type { Octokit } from '@octokit/rest';
import type { SourceSpec } from './sources.js';
import type { WorkflowRun } from './records.js';
import { RunTableBuilder, type RunTable } from './run-table.js';
import { SourceError, statusOf } from './errors.js';
import { mapConcurrent } from './concurrency.js';
import { epochMs, inclusiveSeconds, isoSeconds } from './time.js';
import type { Budget } from './budget.js';

export type WorkflowRunsSpec = Extract<SourceSpec, { kind: 'workflow-runs' }>;

/** GitHub's cap on any filtered listing. */
export const LISTING_CAP = 1000;
/** Parts are sized for this many runs so that an uneven spread rarely pushes one over the cap. */
const RUNS_PER_PART = 700;
/** Parts of one workflow read at once. */
const PART_CONCURRENCY = 2;

/** The listing's budget claim: made once, from the whole range's first page, released when the listing is read. */
interface Claim {
  budget?: Budget;
  release?: () => void;
  /** The listing's whole range (its parts are read with ranges of their own). */
  range?: SecondRange;
}

interface SecondRange {
  first: number;
  last: number;
}

export async function fetchWorkflowRuns(octokit: Octokit, spec: WorkflowRunsSpec, budget?: Budget): Promise<RunTable> {
  // Runs created while we read can shift pages by one; ids keep them from being counted twice.
  const runs = new RunTableBuilder();
  const range = inclusiveSeconds(spec.since, spec.until);
  if (!range) return runs.build();
  const claim: Claim = { budget, range };
  try {
    await readRange(octokit, spec, range, runs, claim);
  } catch (error) {
    throw await explainNotFound(octokit, spec, error);
  } finally {
    claim.release?.();
  }
  return runs.build();
}

async function readRange(
  octokit: Octokit,
  spec: WorkflowRunsSpec,
  range: SecondRange,
  runs: RunTableBuilder,
  claim: Claim,
): Promise<void> {
  const created = `${isoSeconds(range.first)}..${isoSeconds(range.last)}`;
  const pages = octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
    ...completedRunsQuery(spec, created),
    per_page: 100,
  });
  let firstPage = true;
  for await (const { data } of pages) {
    if (firstPage) {
      firstPage = false;
      const total = (data as { total_count?: number }).total_count ?? 0;
      // At the cap, not only above it: a total GitHub itself capped at 1,000 must not hide the rest.
      const split = total >= LISTING_CAP;
      // The probe page holds every run newer than its oldest second: keep those, and split only what is older.
      const probed = split ? keepNewerThanOldest(data, range, runs) : undefined;
      const rest = probed ? { first: range.first, last: probed.oldestSecond } : range;
      const parts = split ? splitRange(rest, Math.ceil((total - (probed?.kept ?? 0)) / RUNS_PER_PART)) : [];
      if (claim.budget && !claim.release) {
        // Every page of every part (one more per part at most, for its last partial page), or the rest of this one.
        const needed = split ? Math.ceil(total / 100) + parts.length : Math.ceil(total / 100) - 1;
        const what = () =>
          `${total.toLocaleString('en-US')} runs of \`${spec.workflow}\` in ${spec.owner}/${spec.repo}`;
        claim.release = claim.budget.claim('rest', needed, what);
      }
      // The whole range's count (GitHub may cap it at the listing cap; the table grows past a low one).
      if (range === claim.range) runs.reserve(total);
      if (split) {
        // Leave this listing (its newest runs are kept) and read the older ones in parts.
        if (parts.length < 2) throw new SourceError(tooDense(spec, range));
        await mapConcurrent(parts, PART_CONCURRENCY, (part) => readRange(octokit, spec, part, runs, claim));
        return;
      }
    }
    for (const run of data) {
      const createdSecond = epochMs(run.created_at) / 1000;
      // GitHub's range is inclusive at both ends; keeping to our own part keeps neighbours disjoint.
      if (createdSecond < range.first || createdSecond > range.last) continue;
      runs.add(run);
    }
  }
}

/** The completed runs of the listing created in `created` (GitHub's date-range syntax). */
export function completedRunsQuery(spec: WorkflowRunsSpec, created: string) {
  return {
    owner: spec.owner,
    repo: spec.repo,
    workflow_id: spec.workflow,
    status: 'completed' as const,
    branch: spec.branch,
    event: spec.event,
    created,
    exclude_pull_requests: true,
  };
}

/**
 * A probe page (newest first) holds every run of the range created after the second of its oldest run; those
 * are kept, so the parts need only cover up to that second (inclusive: it may hold more runs than the page shows).
 * When the whole page is one second, nothing is kept and the parts cover the whole range.
 */
function keepNewerThanOldest(
  page: WorkflowRun[],
  range: SecondRange,
  runs: RunTableBuilder,
): { oldestSecond: number; kept: number } {
  const seconds = page.map((run) => Math.floor(epochMs(run.created_at) / 1000));
  const oldestSecond = Math.min(range.last, ...seconds);
  if (page.length === 0 || oldestSecond <= range.first) return { oldestSecond: range.last, kept: 0 };
  let kept = 0;
  page.forEach((run, i) => {
    if (seconds[i]! > oldestSecond && seconds[i]! <= range.last) {
      runs.add(run);
      kept += 1;
    }
  });
  return { oldestSecond, kept };
}

/** `count` disjoint consecutive ranges that together cover `range` (fewer if it has fewer seconds). */
export function splitRange(range: SecondRange, count: number): SecondRange[] {
  const seconds = range.last - range.first + 1;
  const parts = Math.max(2, Math.min(count, seconds));
  const result: SecondRange[] = [];
  for (let i = 0; i < parts; i += 1) {
    const first = range.first + Math.floor((seconds * i) / parts);
    const last = range.first + Math.floor((seconds * (i + 1)) / parts) - 1;
    if (first <= last) result.push({ first, last });
  }
  return result;
}

/** The fields the metrics read: a page of runs carries two repository objects per run, which we do not keep. */
export function narrowRun(run: WorkflowRun): WorkflowRun {
  return {
    id: run.id,
    created_at: run.created_at,
    updated_at: run.updated_at,
    run_started_at: run.run_started_at,
    status: run.status,
    conclusion: run.conclusion,
    run_attempt: run.run_attempt,
    head_branch: run.head_branch,
    event: run.event,
  };
}

/** A 404 on the runs listing means either the workflow or the repository: one extra request tells which. */
async function explainNotFound(octokit: Octokit, spec: WorkflowRunsSpec, error: unknown): Promise<unknown> {
  if (statusOf(error) !== 404) return error;
  try {
    await octokit.rest.repos.get({ owner: spec.owner, repo: spec.repo });
  } catch {
    return error;
  }
  return new SourceError(
    `workflow \`${spec.workflow}\` not found in ${spec.owner}/${spec.repo}: check the \`workflow\` file name or id ` +
      `(the file name under .github/workflows, e.g. \`deploy.yml\`, or the numeric id GitHub shows for it).`,
  );
}

function tooDense(spec: WorkflowRunsSpec, range: SecondRange): string {
  return (
    `more than ${LISTING_CAP} runs of \`${spec.workflow}\` in ${spec.owner}/${spec.repo} were created within ` +
    `one second (${isoSeconds(range.first)}): GitHub cannot list them all.`
  );
}
