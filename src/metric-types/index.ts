/**
 * The metric types: every one defined once in its own file and listed here. The model's `MetricType` and
 * `Metric` are derived from this object, so a type exists only once it is listed, and its metric is exactly what
 * its definition's fields declare; the compiler refuses a definition that misses a part or sits under another key.
 * How each type is measured is its entry in `src/metrics/catalog/` (also required by the compiler).
 */
import type { Direction } from '../model/direction.js';
import { DEFAULT_VALUE_UNIT, type Unit } from '../model/units.js';
import { defineMetricTypes, type MetricShape } from './definition.js';
import { workflowDuration } from './workflow-duration.js';
import { workflowRuns } from './workflow-runs.js';
import { workflowSuccessRate } from './workflow-success-rate.js';
import { deploymentDuration } from './deployment-duration.js';
import { deploymentFrequency } from './deployment-frequency.js';
import { changeFailureRate } from './change-failure-rate.js';
import { leadTimeForChanges } from './lead-time-for-changes.js';
import { deploymentRecoveryTime } from './deployment-recovery-time.js';
import { issueCount } from './issue-count.js';
import { timeToClose } from './time-to-close.js';
import { prMergeTime } from './pr-merge-time.js';
import { value } from './value.js';
import { prometheus } from './prometheus.js';

export const METRIC_CATALOG = defineMetricTypes({
  'workflow-duration': workflowDuration,
  'workflow-runs': workflowRuns,
  'workflow-success-rate': workflowSuccessRate,
  'deployment-duration': deploymentDuration,
  'deployment-frequency': deploymentFrequency,
  'change-failure-rate': changeFailureRate,
  'issue-count': issueCount,
  'time-to-close': timeToClose,
  'pr-merge-time': prMergeTime,
  value,
  'lead-time-for-changes': leadTimeForChanges,
  'deployment-recovery-time': deploymentRecoveryTime,
  prometheus,
});

type Catalog = typeof METRIC_CATALOG;

/** Every metric type: the catalog's keys. */
export type MetricType = keyof Catalog;

/** The metric of type T (of a union of types, the union of their metrics), as its definition declares it. */
export type MetricOf<T extends MetricType> = T extends MetricType ? MetricShape<T, Catalog[T]['fields']> : never;

/** The metric of a key result: one of the catalog's, told apart by `type`. */
export type Metric = MetricOf<MetricType>;

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

/** The metric types in the catalog's order (the order messages list them in). */
export const METRIC_TYPES = Object.keys(METRIC_CATALOG) as readonly MetricType[];

/** Which way a metric type improves (SPEC §3); undefined for `value`, which needs `direction` or a baseline. */
export function naturalDirection(type: MetricType): Direction | undefined {
  return METRIC_CATALOG[type].direction;
}

/** The unit a metric's value is in, known before measuring: from its kind, its count stat, or its label. */
export function metricUnit(metric: Metric): Unit {
  switch (METRIC_CATALOG[metric.type].kind) {
    case 'duration':
      return 'seconds';
    case 'ratio':
      return 'ratio';
    case 'count':
      return metric.stat === 'per-day' || metric.stat === 'per-week' ? metric.stat : 'count';
    case 'supplied':
    case 'queried':
      return ('unit' in metric ? metric.unit : undefined) ?? DEFAULT_VALUE_UNIT;
  }
}

/** The query a metric is measured by, as written (`$window` not yet replaced); undefined for any other metric. */
export function queryFor(metric: Metric): string | undefined {
  const definition = METRIC_CATALOG[metric.type] as { query?: (metric: Metric) => string };
  return definition.query?.(metric);
}

/**
 * Whether a key result's baseline and target are shares, written as percentages: a ratio type's, or a queried
 * metric's whose `unit` is `ratio`. Reads the file's plain data (`rateValueProblems`) as well as parsed metrics.
 */
export function isRateMetric(metric: { type?: unknown; unit?: unknown }): boolean {
  if (typeof metric.type !== 'string' || !Object.hasOwn(METRIC_CATALOG, metric.type)) return false;
  const kind = METRIC_CATALOG[metric.type as MetricType].kind;
  return kind === 'ratio' || (kind === 'queried' && metric.unit === 'ratio');
}

/**
 * Whether a key result's baseline and target are seconds, written as durations (or numbers): a duration type's,
 * or a queried or supplied metric's whose `unit` is `seconds`. Reads plain data like `isRateMetric`.
 */
export function isDurationMetric(metric: { type?: unknown; unit?: unknown }): boolean {
  if (typeof metric.type !== 'string' || !Object.hasOwn(METRIC_CATALOG, metric.type)) return false;
  const kind = METRIC_CATALOG[metric.type as MetricType].kind;
  return kind === 'duration' || ((kind === 'queried' || kind === 'supplied') && metric.unit === 'seconds');
}

/** Metric types whose value is a share of runs or deployments: their baselines and targets are percentages. */
export const RATIO_TYPES: readonly MetricType[] = METRIC_TYPES.filter((type) => METRIC_CATALOG[type].kind === 'ratio');

/** Metric types whose value is whatever a query computes, in the unit its `unit` names. */
export const QUERIED_TYPES: readonly MetricType[] = METRIC_TYPES.filter(
  (type) => METRIC_CATALOG[type].kind === 'queried',
);

/** Metric types that count (and so take count statistics). */
export const COUNT_TYPES: readonly MetricType[] = METRIC_TYPES.filter((type) => METRIC_CATALOG[type].kind === 'count');

/** Every key some metric type's schema takes, in catalog order (each once). */
export const METRIC_FIELD_KEYS: readonly string[] = [
  ...new Set(METRIC_TYPES.flatMap((type) => Object.keys(METRIC_CATALOG[type].fields))),
];
