/**
 * A key result's series (SPEC §9): at every checkpoint, the value and sample count the scorecard would report
 * with that as-of. Measured again from the records the run already holds (the plan fetched back far enough),
 * through the very same measure stage, so a point cannot drift from what a run at that time would say.
 */
import type { Metric, Period } from '../okrs/model.js';
import type { SourceKind, SourceRecords } from '../github/sources.js';
import type { SeriesPoint } from '../report/model.js';
import { measureKeyResult } from '../metrics/measure.js';
import { metricWindow } from '../metrics/window.js';

export function measuredSeries(
  metric: Metric,
  records: SourceRecords[SourceKind],
  period: Period,
  at: readonly Date[],
): SeriesPoint[] {
  return at.map((t) => {
    const measured = measureKeyResult(metric, { window: metricWindow(metric, period, t), records });
    if (measured.error !== undefined) return { at: t.toISOString(), value: null, samples: null };
    return { at: t.toISOString(), value: measured.value, samples: measured.samples };
  });
}
