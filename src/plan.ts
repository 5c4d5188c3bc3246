/**
 * The plan stage: which listings to fetch for which key results, and which files besides (the coaching context:
 * the company file, and on a pull request the base version of this file). Key results that read the same listing
 * (same kind, repository and filters) share one fetch, over the union of their windows.
 */
import type { KeyResult, Objective, OkrFile } from './okrs/model.js';
import type { Metric } from './metric-types/index.js';
import type { SourceSpec } from './github/sources.js';
import type { ContextFiles, FileLocation } from './github/contents.js';
import type { Window } from './model/window.js';
import { mergeSpecs, sourceKey } from './github/fetch.js';
import { metricWindow, previousWindow } from './metrics/window.js';
import { checkpoints } from './trend/checkpoints.js';
import { sourceFor } from './metrics/catalog/index.js';
import { queryFor } from './metric-types/index.js';
import type { InstantQuery } from './prometheus/query.js';
import { queryKey } from './prometheus/source.js';
import { withWindow } from './prometheus/window.js';

export interface PlannedKeyResult {
  objective: Objective;
  keyResult: KeyResult;
  window: Window;
  /** The listing it is measured from; absent for supplied values. */
  source?: string;
  /** A queried metric's instants (each the key of its query in `Plan.queries`); absent for any other metric. */
  instants?: PlannedInstant[];
  /**
   * When calibrating (SPEC §13): the window of the previous period. A listing's key result is measured over it from
   * the same records (the listing reaches back that far); a queried one asks its `previous` instant. Absent for
   * supplied values.
   */
  previous?: Window;
}

/**
 * One instant a queried metric is asked at. `series`: a checkpoint of SPEC §9 (the last is the as-of: the value).
 * A list rather than fields, so that another purpose (calibration's previous period) is one more entry.
 */
export interface PlannedInstant {
  /** `previous`: the end of the previous period's window, when calibrating (SPEC §13). */
  purpose: 'series' | 'previous';
  at: Date;
  /** The window the query's `$window` stood for there. */
  window: Window;
  /** Its query's key in `Plan.queries`; undefined where the window is empty (an as-of before the period): no data. */
  query?: string;
}

export interface Plan {
  sources: Map<string, SourceSpec>;
  /** The instant queries the queried metrics need, by key: one request each, however many key results share it. */
  queries: Map<string, InstantQuery>;
  keyResults: PlannedKeyResult[];
  /** The files the coach reads, fetched with the listings. */
  files: ContextFiles;
}

export interface PlanOptions {
  /** `owner/name`: where a metric or a company file that names no repository is. */
  repository: string;
  asOf: Date;
  /** On a pull request: this OKR file on the base commit (the caller knows the event). */
  base?: FileLocation;
  /** Measure each measured key result over the previous period too (SPEC §13). */
  calibrate?: boolean;
}

export function planScorecard(okrs: OkrFile, options: PlanOptions): Plan {
  const sources = new Map<string, SourceSpec>();
  const queries = new Map<string, InstantQuery>();
  const keyResults: PlannedKeyResult[] = [];
  const at = checkpoints(okrs.period, options.asOf);
  const firstCheckpoint = at[0]!;
  for (const objective of okrs.objectives) {
    for (const keyResult of objective.keyResults) {
      const window = metricWindow(keyResult.metric, okrs.period, options.asOf);
      const query = queryFor(keyResult.metric);
      const previous =
        options.calibrate && keyResult.metric.type !== 'value'
          ? previousWindow(keyResult.metric, okrs.period, options.asOf)
          : undefined;
      const calibrated = previous ? { previous } : {};
      if (query !== undefined) {
        const instants = at.map((t) =>
          plannedInstant(query, metricWindow(keyResult.metric, okrs.period, t), queries, 'series'),
        );
        if (previous) instants.push(plannedInstant(query, previous, queries, 'previous'));
        keyResults.push({ objective, keyResult, window, instants, ...calibrated });
        continue;
      }
      // The series (SPEC §9) measures every weekly checkpoint from these same records: a rolling window's
      // first one starts a window's length before the first checkpoint. Calibrating reads the previous period
      // from the same listing, its range widened: only the records before the current ones cost more.
      const earliest = metricWindow(keyResult.metric, okrs.period, firstCheckpoint).start;
      const fetchWindow = { start: earliestOf(window.start, earliest, previous?.start), end: window.end };
      const spec = sourceFor(keyResult.metric, metricRepository(keyResult.metric, options.repository), fetchWindow);
      if (!spec) {
        keyResults.push({ objective, keyResult, window });
        continue;
      }
      const key = sourceKey(spec);
      const known = sources.get(key);
      sources.set(key, known ? mergeSpecs(known, spec) : spec);
      keyResults.push({ objective, keyResult, window, source: key, ...calibrated });
    }
  }
  absorbNarrowRunListings(sources, keyResults);
  return { sources, queries, keyResults, files: contextFiles(okrs, options) };
}

/** The query at the window's end with its `$window`, entered in `queries` (once per distinct query and time). */
function plannedInstant(
  query: string,
  window: Window,
  queries: Map<string, InstantQuery>,
  purpose: PlannedInstant['purpose'],
): PlannedInstant {
  if (window.end.getTime() <= window.start.getTime()) return { purpose, at: window.end, window };
  const request = { query: withWindow(query, window), time: window.end };
  const key = queryKey(request);
  queries.set(key, request);
  return { purpose, at: window.end, window, query: key };
}

/** The company file `company:` names (in this repository unless it says another), and the base version. */
function contextFiles(okrs: OkrFile, options: PlanOptions): ContextFiles {
  const files: ContextFiles = {};
  if (okrs.company) {
    const { owner, repo } = ownerAndRepo(okrs.company.repository ?? options.repository);
    files.company = { owner, repo, path: okrs.company.path, ref: okrs.company.ref };
  }
  if (options.base) files.base = options.base;
  return files;
}

/**
 * A workflow's runs filtered by branch or event, over a window inside that of an unfiltered listing of the same
 * workflow, are all in that listing already: measure them from it (the measure stage filters branch and event
 * exactly) instead of paging through them twice. A filtered window that starts earlier (a rolling window's first
 * checkpoint reaches back before the period) is absorbed too, by starting the unfiltered listing that much
 * earlier, when the extra stretch is no longer than the stretch the two share: reading every branch's runs of a
 * few more weeks costs fewer pages than a second listing of the whole filtered window.
 */
function absorbNarrowRunListings(sources: Map<string, SourceSpec>, keyResults: PlannedKeyResult[]): void {
  for (const [key, spec] of sources) {
    if (spec.kind !== 'workflow-runs' || (spec.branch === undefined && spec.event === undefined)) continue;
    const wideKey = sourceKey({ ...spec, branch: undefined, event: undefined });
    const wide = sources.get(wideKey);
    if (!wide || wide.until < spec.until) continue;
    const extra = wide.since.getTime() - spec.since.getTime();
    const shared = spec.until.getTime() - wide.since.getTime();
    if (extra > 0 && extra > shared) continue;
    if (extra > 0) sources.set(wideKey, { ...wide, since: spec.since });
    sources.delete(key);
    for (const planned of keyResults) if (planned.source === key) planned.source = wideKey;
  }
}

function earliestOf(first: Date, ...others: (Date | undefined)[]): Date {
  return others.reduce<Date>((earliest, date) => (date !== undefined && date < earliest ? date : earliest), first);
}

function metricRepository(metric: Metric, fallback: string): { owner: string; repo: string } {
  return ownerAndRepo(metric.repository ?? fallback);
}

function ownerAndRepo(fullName: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = fullName.split('/');
  return { owner, repo };
}
