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

export const METRIC_TYPES = [
  'workflow-duration',
  'workflow-runs',
  'workflow-success-rate',
  'deployment-duration',
  'deployment-frequency',
  'change-failure-rate',
  'issue-count',
  'time-to-close',
  'pr-merge-time',
  'value',
] as const;
export type MetricType = (typeof METRIC_TYPES)[number];

/** Fields every metric may carry. */
interface MetricCommon {
  /** `owner/name`; absent = the repository being scored. */
  repository?: string;
  /** Rolling window length in seconds (`window: 30d`); absent = period start → as-of. */
  window?: number;
  /** Statistic over samples; absent = the type's default (p50 for samples, count for countable types). */
  stat?: Stat;
}

export interface WorkflowMetric extends MetricCommon {
  type: 'workflow-duration' | 'workflow-runs' | 'workflow-success-rate';
  /** Workflow file name (`deploy.yml`) or numeric id (as a string). */
  workflow: string;
  branch?: string;
  event?: string;
  /** Conclusions that count (workflow-duration, workflow-runs); default ['success']. Ignored by success-rate. */
  conclusion?: string[];
}

export interface DeploymentMetric extends MetricCommon {
  type: 'deployment-duration' | 'deployment-frequency' | 'change-failure-rate';
  environment?: string;
}

export interface IssueMetric extends MetricCommon {
  type: 'issue-count' | 'time-to-close';
  /** The issue must carry all of these labels. */
  labels?: string[];
  /** issue-count only: opened (default) | closed | open. */
  state?: 'opened' | 'closed' | 'open';
}

export interface PullRequestMetric extends MetricCommon {
  type: 'pr-merge-time';
  base?: string;
}

export interface ValueMetric extends MetricCommon {
  type: 'value';
  /** Key in the `metrics` input (JSON object). Exactly one of name / file. */
  name?: string;
  /** JSON file inside the workspace, with `path` a dot path into it. */
  file?: string;
  path?: string;
  /** A label for the value's unit, e.g. `ms`. */
  unit?: string;
}

export type Metric = WorkflowMetric | DeploymentMetric | IssueMetric | PullRequestMetric | ValueMetric;

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
