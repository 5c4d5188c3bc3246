/**
 * One key result of a scorecard run, measured, scored, given its series, forecast and (when calibrating) its
 * previous period: the engine's per-key-result part, from the plan's entry, its listing's records or its query
 * answers, and what the run shares.
 */
import { keyResultKey, type OkrFile } from '../okrs/model.js';
import type { KeyResultReport, PreviousRun, PreviousValue, SeriesPoint } from '../report/model.js';
import type { SourceResult } from '../github/sources.js';
import type { PlannedInstant, PlannedKeyResult } from '../plan.js';
import type { QueryAnswer } from '../prometheus/answer.js';
import type { RunAnswers } from '../prometheus/run.js';
import type { SuppliedInputs } from '../metrics/supplied.js';
import { measurePrevious, previousValue } from '../trend/previous.js';
import { measureKeyResult } from '../metrics/measure.js';
import { metricUnit } from '../metric-types/index.js';
import { scoreCumulativeCount, scoreKeyResult } from '../scoring.js';
import type { Measurement } from '../metrics/measurement.js';
import { measuredSeries } from '../trend/series.js';
import { forecastFor, isCumulativeCount } from '../trend/forecast.js';
import { valueSeries } from '../trend/value-history.js';
import { isDoraType } from '../model/dora.js';
import { unscoredBeforeStart } from '../model/period.js';

/** What every key result of one run shares. */
export interface RunContext {
  input: SuppliedInputs & {
    okrs: OkrFile;
    /** What the last comment or tracking issue carried: the earlier points of `value` key results (SPEC §9). */
    history?: PreviousRun;
  };
  asOf: Date;
  elapsed: number;
  checkpoints: Date[];
  /** The queried metrics' answers; undefined when the file has none. */
  queried: RunAnswers | undefined;
}

export function keyResultReport(
  planned: PlannedKeyResult,
  source: SourceResult | undefined,
  run: RunContext,
): KeyResultReport {
  const { keyResult: kr, window } = planned;
  const { input, asOf, elapsed } = run;
  const period = input.okrs.period;
  const measurement: Measurement =
    source && !source.ok
      ? { value: null, samples: 0, unit: metricUnit(kr.metric), error: source.error }
      : measureKeyResult(kr.metric, {
          window,
          records: source?.records,
          metrics: input.metrics,
          readWorkspaceFile: input.readWorkspaceFile,
          answer: planned.instants && answerAt(planned, seriesInstants(planned).at(-1), run.queried),
        });
  const plain = scoreKeyResult(kr, measurement, elapsed);
  const series = seriesOf(planned, source, measurement, run);
  const forecast =
    plain.status === 'error'
      ? null
      : forecastFor({
          metric: kr.metric,
          unit: measurement.unit,
          baseline: kr.baseline,
          target: kr.target,
          direction: plain.direction,
          value: measurement.value,
          series,
          period,
          asOf,
        });
  const previous = previousOf(planned, source, run);
  const timing = { elapsed, ended: asOf.getTime() >= period.end.getTime() };
  const counted = isCumulativeCount(kr.metric) ? scoreCumulativeCount(kr, measurement, forecast, timing) : plain;
  const scored = unscoredBeforeStart(counted, period, asOf);
  return {
    id: kr.id,
    title: kr.title,
    metric: { ...kr.metric },
    value: measurement.value,
    unit: measurement.unit,
    samples: measurement.samples,
    baseline: kr.baseline ?? null,
    target: kr.target,
    direction: scored.direction,
    weight: kr.weight,
    score: scored.score,
    status: scored.status,
    error: measurement.error ?? scored.error ?? null,
    ...doraFields(kr.metric.type, measurement),
    series,
    forecast,
    window: { start: window.start.toISOString(), end: window.end.toISOString() },
    ...(previous !== undefined ? { previous } : {}),
    line: kr.position.line,
  };
}

/**
 * One point per checkpoint, from the records already fetched; a `value` key result's from the carried history.
 * A key result whose source failed has none: a series of errors would say nothing.
 */
function seriesOf(
  planned: PlannedKeyResult,
  source: SourceResult | undefined,
  measurement: Measurement,
  run: RunContext,
): SeriesPoint[] {
  const { keyResult: kr, objective } = planned;
  const period = run.input.okrs.period;
  if (measurement.error !== undefined && kr.metric.type === 'value') return [];
  if (kr.metric.type === 'value') {
    const carried = run.input.history?.keyResults[keyResultKey(objective.id, kr.id)]?.history ?? [];
    return valueSeries(carried, measurement, run.asOf, period.start);
  }
  if (planned.instants) {
    if (measurement.error !== undefined) return [];
    // A queried metric's points have no sample count (SPEC §12): each is one answer.
    return seriesInstants(planned).map((instant) => {
      const answer = answerAt(planned, instant, run.queried);
      const point = measureKeyResult(kr.metric, { window: instant.window, answer });
      return { at: instant.at.toISOString(), value: point.error === undefined ? point.value : null, samples: null };
    });
  }
  if (!source?.ok) return [];
  return measuredSeries(kr.metric, source.records, period, run.checkpoints, measurement);
}

/**
 * When calibrating: the key result over the previous period (SPEC §13), measured from its listing's records or
 * from the answer at its `previous` instant; null when its source could not be read; undefined when not calibrated.
 */
function previousOf(
  planned: PlannedKeyResult,
  source: SourceResult | undefined,
  run: RunContext,
): PreviousValue | null | undefined {
  const { keyResult: kr, previous: window } = planned;
  if (window === undefined) return undefined;
  const period = run.input.okrs.period;
  if (planned.instants) {
    const answer = answerAt(
      planned,
      planned.instants.find((instant) => instant.purpose === 'previous'),
      run.queried,
    );
    return previousValue(kr.metric, measureKeyResult(kr.metric, { window, answer }), window, period);
  }
  return source?.ok ? measurePrevious(kr.metric, source.records, window, period) : null;
}

/** The four DORA types carry their level (null without samples, or when unmeasured); recovery its open streaks. */
function doraFields(type: string, measurement: Measurement): Pick<KeyResultReport, 'dora' | 'unrecovered'> {
  if (!isDoraType(type)) return {};
  const dora = measurement.error === undefined ? (measurement.dora ?? null) : null;
  return measurement.unrecovered === undefined ? { dora } : { dora, unrecovered: measurement.unrecovered };
}

/** A queried key result's checkpoints (SPEC §9), without the previous period's instant. */
function seriesInstants(planned: PlannedKeyResult): PlannedInstant[] {
  return (planned.instants ?? []).filter((instant) => instant.purpose === 'series');
}

/** A queried key result's answer at one of its instants: its refusal, no data for an empty window, or the answer. */
function answerAt(
  planned: PlannedKeyResult,
  instant: PlannedInstant | undefined,
  queried: RunAnswers | undefined,
): QueryAnswer | undefined {
  const refused = queried?.refused.get(keyResultKey(planned.objective.id, planned.keyResult.id));
  if (refused !== undefined) return { ok: false, error: refused };
  if (instant && instant.query === undefined) return { ok: true, value: null };
  return instant?.query === undefined ? undefined : queried?.answers.get(instant.query);
}
