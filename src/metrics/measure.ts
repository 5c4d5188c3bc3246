/**
 * The measure stage: one key result's metric, its source's records and its window → a Measurement.
 * Pure: the records were fetched and the workspace file reader is injected by the caller.
 */
import type { Metric } from '../okrs/model.js';
import type { Deployment, Issue, PullRequest, WorkflowRun } from '../github/records.js';
import type { SourceKind, SourceRecords } from '../github/sources.js';
import type { Unit } from '../report/model.js';
import type { Measurement, Window } from './measurement.js';
import { measureWorkflow } from './workflows.js';
import { measureDeployments } from './deployments.js';
import { measureIssues } from './issues.js';
import { measurePullRequests } from './pull-requests.js';
import { DEFAULT_VALUE_UNIT, measureSupplied, type SuppliedInputs } from './supplied.js';

export interface MeasureInput extends SuppliedInputs {
  window: Window;
  /** The records of the key result's source (the plan decides which); absent for `value` metrics. */
  records?: SourceRecords[SourceKind];
}

export function measureKeyResult(metric: Metric, input: MeasureInput): Measurement {
  const { window, records } = input;
  if (metric.type === 'value') return measureSupplied(metric, input);
  if (!records) {
    return { value: null, samples: 0, unit: metricUnit(metric), error: `no ${metric.type} data was fetched for this key result` };
  }
  // The plan pairs each metric type with the listing of its kind, so the cast names what the plan guarantees.
  switch (metric.type) {
    case 'workflow-duration':
    case 'workflow-runs':
    case 'workflow-success-rate':
      return measureWorkflow(metric, records as WorkflowRun[], window);
    case 'deployment-duration':
    case 'deployment-frequency':
    case 'change-failure-rate':
      return measureDeployments(metric, records as Deployment[], window);
    case 'issue-count':
    case 'time-to-close':
      return measureIssues(metric, records as Issue[], window);
    case 'pr-merge-time':
      return measurePullRequests(metric, records as PullRequest[], window);
  }
}

/**
 * The unit a metric's value is in, known before measuring (for a key result whose source failed): `seconds`
 * for durations, `ratio` for shares, the count stat for counts, the label of a `value` metric.
 */
export function metricUnit(metric: Metric): Unit {
  switch (metric.type) {
    case 'workflow-duration':
    case 'deployment-duration':
    case 'time-to-close':
    case 'pr-merge-time':
      return 'seconds';
    case 'workflow-success-rate':
    case 'change-failure-rate':
      return 'ratio';
    case 'workflow-runs':
    case 'deployment-frequency':
    case 'issue-count':
      return metric.stat === 'per-day' || metric.stat === 'per-week' ? metric.stat : 'count';
    case 'value':
      return metric.unit ?? DEFAULT_VALUE_UNIT;
  }
}
