/** The scorecard as data: the JSON report of SPEC §6. Renderers (Markdown, terminal, JSON) read only this. */
import type { Direction, Metric } from '../okrs/model.js';

export type Status = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'error';

/** `seconds`, `count`, `per-day`, `per-week`, `ratio`, or the label a `value` metric names. */
export type Unit = string;

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
  /** Window actually measured, ISO instants, [start, end). */
  window: { start: string; end: string };
  line: number;
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
  /** `objectiveId/keyResultId` of the key results measured from it. */
  keyResults: string[];
}

export interface RequestsReport {
  /** Totals over the sources (the identity lookup and the delivery's requests come after the report). */
  restRequests: number;
  graphqlRequests: number;
  graphqlPoints: number;
  sources: SourceCostReport[];
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
}

/**
 * What a comment or tracking issue carries from one run to the next (hidden in its body, versioned), so the
 * next run can show the change since the last one.
 */
export interface PreviousRun {
  version: 1;
  asOf: string;
  score: number | null;
  /** Keyed by `objectiveId/keyResultId`. */
  keyResults: Record<string, { value: number | null; score: number | null }>;
}
