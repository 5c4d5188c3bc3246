/**
 * A key result's series (SPEC §9): at every checkpoint, the value and sample count the scorecard would report
 * with that as-of. Measured again from the records the run already holds (the plan fetched back far enough),
 * through the very same measure stage, so a point cannot drift from what a run at that time would say.
 *
 * Cost: a run or a deployment counts only when it was created inside the window, so each checkpoint of those is
 * handed just the records created inside its window: runs are a table in creation order already (a view, no
 * copy), deployments are sorted once. Issues and pull requests go whole: one closed or merged "before" it was
 * created would still count.
 */
import type { Metric } from '../metric-types/index.js';
import type { Period } from '../model/period.js';
import type { SourceKind, SourceRecords } from '../github/sources.js';
import type { SeriesPoint } from '../report/model.js';
import type { Measurement } from '../metrics/measurement.js';
import { measureKeyResult } from '../metrics/measure.js';
import { metricWindow } from '../metrics/window.js';
import { reachesBack, sourceKindOf } from '../metrics/catalog/index.js';
import { RunTable } from '../github/run-table.js';

type Records = SourceRecords[SourceKind];
type Dated = Exclude<Records, RunTable>[number];

/**
 * Metric types read from runs or deployments, which count only when created inside the window (unless their
 * measure reads further back: lead time's predecessor, recovery time's streak start).
 */
const createdInWindow = (type: Metric['type']): boolean => {
  if (reachesBack(type)) return false;
  const kind = sourceKindOf(type);
  return kind === 'workflow-runs' || kind === 'deployments';
};

/**
 * One point per checkpoint. `last`, when given, is the measurement the run already made at the last checkpoint
 * (its as-of): it is used as it is rather than measured twice.
 */
export function measuredSeries(
  metric: Metric,
  records: Records,
  period: Period,
  at: readonly Date[],
  last?: Measurement,
): SeriesPoint[] {
  const byCreation =
    createdInWindow(metric.type) && !(records instanceof RunTable) ? sortedByCreation(records) : undefined;
  return at.map((t, index) => {
    if (last !== undefined && index === at.length - 1) return pointOf(t, last);
    const window = metricWindow(metric, period, t);
    const start = window.start.getTime();
    const end = window.end.getTime();
    const inWindow =
      records instanceof RunTable
        ? records.createdBetween(start, end)
        : byCreation
          ? (byCreation.records.slice(
              firstAtOrAfter(byCreation.times, start),
              firstAtOrAfter(byCreation.times, end),
            ) as Records)
          : records;
    return pointOf(t, measureKeyResult(metric, { window, records: inWindow }));
  });
}

function pointOf(t: Date, measured: Measurement): SeriesPoint {
  if (measured.error !== undefined) return { at: t.toISOString(), value: null, samples: null };
  return { at: t.toISOString(), value: measured.value, samples: measured.samples };
}

/** Records in creation order with their creation times; one without a readable time (never counted) sorts first. */
function sortedByCreation(records: Exclude<Records, RunTable>): { records: Dated[]; times: number[] } {
  const dated = (records as readonly Dated[]).map((record) => {
    const t = Date.parse(record.created_at);
    return { record, t: Number.isNaN(t) ? -Infinity : t };
  });
  dated.sort((a, b) => a.t - b.t);
  return { records: dated.map((d) => d.record), times: dated.map((d) => d.t) };
}

/** The index of the first time ≥ `t` in ascending `times` (its length when there is none). */
function firstAtOrAfter(times: readonly number[], t: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid]! < t) low = mid + 1;
    else high = mid;
  }
  return low;
}
