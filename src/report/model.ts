/** The scorecard as data: the JSON report of SPEC §6. Renderers (Markdown, terminal, JSON) read only this. */
import type { Metric } from '../metric-types/index.js';
import type { Direction } from '../model/direction.js';
import type { DoraReading } from '../model/dora.js';

import type { Status } from '../model/status.js';
import type { Unit } from '../model/units.js';

export interface KeyResultReport {
  id: string;
  title: string;
  /** The metric as configured, in the file's kebab-case keys, durations in seconds. */
  metric: { type: Metric['type'] } & Record<string, unknown>;
  value: number | null;
  unit: Unit;
  samples: number;
  baseline: number | null;
  target: number;
  direction: Direction;
  weight: number;
  score: number | null;
  status: Status;
  error: string | null;
  /** The DORA level its samples reach (SPEC §11): only on the four DORA types, null without samples. */
  dora?: DoraReading | null;
  /** deployment-recovery-time only: failure streaks begun in the window and not yet recovered (no sample). */
  unrecovered?: number;
  /** One point per weekly checkpoint (SPEC §9), oldest first; empty for a key result without one. */
  series: SeriesPoint[];
  /** The value projected to the period's end; null when there is too little to project from. */
  forecast: Forecast | null;
  /** Window actually measured, ISO instants, [start, end). */
  window: { start: string; end: string };
  /**
   * When calibrating (SPEC §13): what the previous period measured; null when its source could not be read.
   * Absent when not calibrated (and on `value` key results, which never are).
   */
  previous?: PreviousValue | null;
  line: number;
}

/** A key result measured over the previous period (SPEC §13), with `as-of` at that period's end. */
export interface PreviousValue {
  /** null: no samples (the metric or the repository is newer than that period). */
  value: number | null;
  samples: number;
  /** The window measured, ISO instants, [start, end). */
  start: string;
  end: string;
}

export interface SeriesPoint {
  /** The checkpoint (ISO instant): the as-of this point was measured with. */
  at: string;
  value: number | null;
  samples: number | null;
}

export interface Forecast {
  value: number;
  /** The band: the projections of the 10th and 90th percentile slopes, lower first (equal for a rate). */
  low: number;
  high: number;
  score: number;
  /** The status the period's end would get at this score. */
  status: Status;
  method: 'rate' | 'theil-sen';
}

export interface ObjectiveReport {
  id: string;
  title: string;
  alignsTo: string | null;
  /** The title of the company objective it serves, when the company file was read. */
  alignsToTitle: string | null;
  score: number | null;
  status: Status;
  keyResults: KeyResultReport[];
  line: number;
}

export interface Finding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
}

/** What reading one listing cost (docs/SPEC-NOTES.md, "Request economy"). */
export interface SourceCostReport {
  /** `deployments`, `workflow-runs`, `issues` or `pull-requests`. */
  kind: string;
  repository: string;
  /** The listing's filters (workflow, branch, event, environment, labels, base), null where unset. */
  filters: Record<string, unknown>;
  /** Which API served it: `graphql`, or `rest` (also after a GraphQL fallback). */
  api: 'rest' | 'graphql';
  restRequests: number;
  graphqlRequests: number;
  graphqlPoints: number;
  /**
   * With a cache (SPEC §14): of `restRequests`, those answered 304 Not Modified (GitHub does not count them);
   * whether the listing was read in full (`cold`) or only where it may have changed (`warm`); and the requests
   * its last full read took, which a warm read saved but for what it spent.
   */
  cache?: { state: 'cold' | 'warm'; notModified: number; fullReadRequests: number };
  /** `objectiveId/keyResultId` of the key results measured from it. */
  keyResults: string[];
}

export interface RequestsReport {
  /** Totals over the sources (the identity lookup and the delivery's requests come after the report). */
  restRequests: number;
  graphqlRequests: number;
  graphqlPoints: number;
  /** With a cache: requests answered 304 (free), and about how many requests it saved against full reads. */
  cache?: { notModified: number; saved: number };
  /** Instant queries sent to the Prometheus server (SPEC §12); absent when none were. */
  prometheusRequests?: number;
  sources: SourceCostReport[];
}

/** A field whose change the goalpost guard reports. */
export type ChangedField = 'target' | 'baseline' | 'weight' | 'direction' | 'metric';

/** One version (base or head) of a key result, as the "Changes to the OKRs" show it. */
export interface KeyResultVersion {
  /** The metric as configured, like `KeyResultReport.metric`. */
  metric: { type: Metric['type'] } & Record<string, unknown>;
  /** The unit its baseline and target are in. */
  unit: Unit;
  baseline: number | null;
  target: number;
  /** As written; null: the metric's natural direction. */
  direction: Direction | null;
  weight: number;
  /** Today's measured value scored against this version's baseline and target; null when not comparable. */
  scoreToday: number | null;
}

/**
 * How a key result differs between the OKR file on a pull request and on its base branch (matched by objective
 * id + key result id): `before` is the base version, `after` the head one; `fields` lists what changed.
 */
export interface KeyResultChange {
  kind: 'added' | 'removed' | 'changed';
  objectiveId: string;
  keyResultId: string;
  title: string;
  /** For `changed`: the fields that differ, in a fixed order; empty for `added` and `removed`. */
  fields: ChangedField[];
  before: KeyResultVersion | null;
  after: KeyResultVersion | null;
  /** Line in the scored file: the key result's, or for a removed one its objective's (or the objectives'). */
  line: number;
}

export interface Report {
  version: 1;
  repository: string;
  /** The OKR file scored, as given. */
  file: string;
  asOf: string;
  generatedAt: string;
  period: { name: string; start: string; end: string; elapsed: number };
  team: string | null;
  score: number | null;
  status: Status;
  objectives: ObjectiveReport[];
  findings: Finding[];
  /** What the run's listings cost; absent where nothing was fetched (an offline render, a roll-up). */
  requests?: RequestsReport;
  /** "Changes to the OKRs": on a pull request, how the file differs from its base; empty otherwise. */
  changes: KeyResultChange[];
}

/**
 * What a comment or tracking issue carries from one run to the next (hidden in its body, versioned), so the
 * next run can show the change since the last one and a `value` key result's history (SPEC §9).
 * Version 2 added `history`; a version 1 state is read as version 2 (see deliver/marker.ts).
 */
export interface PreviousRun {
  version: 2;
  asOf: string;
  score: number | null;
  /** Keyed by `objectiveId/keyResultId`. */
  keyResults: Record<string, { value: number | null; score: number | null; history?: HistoryPoint[] }>;
}

/**
 * One earlier run's value of a `value` key result: [as-of in epoch seconds, value]. A pair rather than an
 * object: a hundred of them per key result ride in every body, so every character counts.
 */
export type HistoryPoint = [at: number, value: number];
