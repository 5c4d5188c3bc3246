/**
 * The normalised OKR model: what `parseOkrFile` produces from `.github/okrs.yml` (SPEC §2).
 * Durations are seconds, percentages fractions, periods UTC instants with an exclusive end.
 * Every stage after parsing works on these types only, never on raw YAML.
 */

export type Direction = 'increase' | 'decrease';

export const PERCENTILE_STATS = ['p50', 'p75', 'p90', 'p95', 'p99'] as const;
export const SAMPLE_STATS = [...PERCENTILE_STATS, 'mean', 'min', 'max'] as const;
export const COUNT_STATS = ['count', 'per-day', 'per-week'] as const;
export type SampleStat = (typeof SAMPLE_STATS)[number];
export type CountStat = (typeof COUNT_STATS)[number];
export type Stat = SampleStat | CountStat;

/**
 * The metric types and their metrics are declared by the metric catalog (`src/metrics/catalog/`, one file per
 * type): a metric is exactly what its entry's schema fields produce. Type-only, so no module cycle at runtime.
 */
export type { Metric, MetricOf, MetricType } from '../metrics/catalog/index.js';
import type { Metric, MetricOf } from '../metrics/catalog/index.js';

/** The metrics whose fields include K (a family's shared filter): a new type declaring that field joins it. */
type MetricsWith<K extends string> = Having<Metric, K>;
type Having<M, K extends string> = M extends unknown ? (K extends keyof M ? M : never) : never;

/** Metrics read from a workflow's runs (workflow-duration, workflow-runs, workflow-success-rate). */
export type WorkflowMetric = MetricsWith<'workflow'>;
/** Metrics read from deployments (deployment-duration, deployment-frequency, change-failure-rate). */
export type DeploymentMetric = MetricsWith<'environment'>;
/** Metrics read from issues (issue-count, time-to-close). */
export type IssueMetric = MetricsWith<'labels'>;
/** Metrics read from pull requests (pr-merge-time). */
export type PullRequestMetric = MetricsWith<'base'>;
/** A number supplied from outside (the `metrics` input or a JSON file in the workspace). */
export type ValueMetric = MetricOf<'value'>;

/** 1-based line and column in the OKR file. */
export interface Position {
  line: number;
  column: number;
}

export interface KeyResult {
  id: string;
  title: string;
  metric: Metric;
  baseline?: number;
  target: number;
  direction?: Direction;
  weight: number;
  owner?: string;
  /** Where the key result's mapping starts, and where each of its fields is (for findings and annotations). */
  position: Position;
  positions: Partial<Record<'title' | 'metric' | 'baseline' | 'target' | 'direction' | 'weight' | 'owner', Position>>;
}

/**
 * What a key result is known by across runs and versions of the file: the PR comment's carried state, the
 * goalpost guard and the report's change column all key on `objective/key-result`.
 */
export function keyResultKey(objectiveId: string, keyResultId: string): string {
  return `${objectiveId}/${keyResultId}`;
}

export interface Objective {
  id: string;
  title: string;
  alignsTo?: string;
  owner?: string;
  keyResults: KeyResult[];
  position: Position;
  positions: Partial<Record<'title' | 'aligns-to' | 'owner' | 'key-results', Position>>;
}

export interface Period {
  /** `2026-Q4`, `2026-H1`, `2026`, or the custom name (default `START..END`). */
  name: string;
  /** Inclusive start, UTC midnight. */
  start: Date;
  /** Exclusive end, UTC midnight after the last day. */
  end: Date;
}

export interface CompanyRef {
  repository?: string;
  path: string;
  ref?: string;
}

export interface OkrFile {
  /** The path it was read from, as given (used in messages and annotations). */
  file: string;
  version: 1;
  period: Period;
  team?: string;
  owner?: string;
  company?: CompanyRef;
  objectives: Objective[];
  positions: Partial<Record<'period' | 'team' | 'owner' | 'company' | 'objectives', Position>>;
}

/** One problem in an OKR file. `toString` form: `file:line:column: message`. */
export interface OkrFileError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type ParseResult = { ok: true; okrs: OkrFile } | { ok: false; errors: OkrFileError[] };
