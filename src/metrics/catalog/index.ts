/**
 * How each metric type is measured, one file per type, listed here under its type. The types themselves (kind,
 * fields, direction) are defined in `src/metric-types/`; `MeasureCatalog` makes the compiler refuse a defined
 * type that has no measure here, or a measure filed under another type.
 */
import type { Metric, MetricType } from '../../metric-types/index.js';
import { metricUnit } from '../../metric-types/index.js';
import type { Window } from '../../model/window.js';
import type { SourceKind, SourceSpec } from '../../github/sources.js';
import type { Measurement } from '../measurement.js';
import type { SuppliedInputs } from '../supplied.js';
import type { FetchedFrom, MeasureCatalog, MeasureInput, QueriedFrom } from './measure-entry.js';
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

export const MEASURES: MeasureCatalog = {
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
};

/** Any measure, its functions taking any metric: what `measureOf` gives for the metric it was picked by. */
interface MeasureOfAny {
  source?: FetchedFrom<Metric, SourceKind>;
  measureSupplied?: (metric: Metric, inputs: SuppliedInputs) => Measurement;
  queried?: QueriedFrom<Metric>;
}

/**
 * The measure of a metric's type, whose functions then take that metric. (TypeScript cannot correlate
 * `metric.type` with the entry it picks, so this is the one place that says so.)
 */
function measureOf(metric: Pick<Metric, 'type'>): MeasureOfAny {
  return MEASURES[metric.type] as unknown as MeasureOfAny;
}

/** The kind of listing a metric type is read from; undefined for a supplied value. */
export function sourceKindOf(type: MetricType): SourceKind | undefined {
  return measureOf({ type }).source?.kind;
}

/** Whether a metric type's measure reads records created before its window (measure-entry.ts). */
export function reachesBack(type: MetricType): boolean {
  return measureOf({ type }).source?.reachesBack === true;
}

/** The listing a metric is measured from over `window`, in `repo`; undefined for a supplied value. */
export function sourceFor(
  metric: Metric,
  repo: { owner: string; repo: string },
  window: Window,
): SourceSpec | undefined {
  return measureOf(metric).source?.spec(metric, { ...repo, since: window.start, until: window.end }, window);
}

/** One key result's metric, its source's records and its window → a Measurement. */
export function measureMetric(metric: Metric, input: MeasureInput): Measurement {
  const entry = measureOf(metric);
  if (entry.queried !== undefined) return entry.queried.measure(metric, input.answer);
  if (entry.source === undefined) return entry.measureSupplied!(metric, input);
  if (!input.records) {
    const error = `no ${metric.type} data was fetched for this key result`;
    return { value: null, samples: 0, unit: metricUnit(metric), error };
  }
  // The plan pairs each metric with a listing of its entry's kind, so the records are of that kind.
  return entry.source.measure(metric, input.records as never, input.window);
}
