/**
 * What series and forecasts (SPEC §9) add to a run: in a child process of its own, the plan's sources are
 * fetched once, then every key result is measured at as-of (what a run without trends does after fetching) and,
 * separately, given its series at every checkpoint and its forecast (what trends add). CPU is user + system time,
 * the median of five repetitions; memory is how far the resident high-water mark rises during one pass of the
 * trend part, and the heap that pass leaves behind after a collection.
 */
import type { Octokit } from '@octokit/rest';
import type { OkrFile } from '../../src/okrs/model.js';
import { planScorecard } from '../../src/plan.js';
import { fetchSources } from '../../src/github/fetch.js';
import { measureKeyResult } from '../../src/metrics/measure.js';
import { checkpoints } from '../../src/trend/checkpoints.js';
import { measuredSeries } from '../../src/trend/series.js';
import { forecastFor } from '../../src/trend/forecast.js';
import { resolveDirection } from '../../src/scoring.js';
import type { TrendCost } from './protocol.js';

const REPEATS = 5;

export async function trendCost(okrs: OkrFile, octokit: Octokit, repository: string, asOf: Date): Promise<TrendCost> {
  const plan = planScorecard(okrs, { repository, asOf });
  const fetched = await fetchSources(octokit, [...plan.sources.values()]);
  const at = checkpoints(okrs.period, asOf);
  const measured = plan.keyResults.flatMap((planned) => {
    const source = planned.source ? fetched.get(planned.source) : undefined;
    return source?.ok ? [{ planned, records: source.records }] : [];
  });

  // What a run does without trends once the records are in: measure every key result at as-of.
  const atAsOf = measured.map(({ planned, records }) =>
    measureKeyResult(planned.keyResult.metric, { window: planned.window, records }),
  );
  const measureOnce = () => {
    for (const { planned, records } of measured) {
      measureKeyResult(planned.keyResult.metric, { window: planned.window, records });
    }
  };
  let kept: unknown[] = [];
  // What trends add, as the engine does it: the earlier checkpoints (the last one is the as-of measurement) and
  // the forecast.
  const trendOnce = () => {
    kept = measured.map(({ planned, records }, i) => {
      const kr = planned.keyResult;
      const now = atAsOf[i]!;
      const series = measuredSeries(kr.metric, records, okrs.period, at, now);
      const { value, unit } = now;
      const direction = resolveDirection(kr);
      const forecast = forecastFor({ ...kr, unit, direction, value, series, period: okrs.period, asOf });
      return { series, forecast };
    });
  };

  // Memory first, over one pass as a run makes it (repetitions would pile up garbage a run never makes).
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssPeakBefore = process.resourceUsage().maxRSS * 1024;
  trendOnce();
  const rssPeakAfter = process.resourceUsage().maxRSS * 1024;
  gc();
  const retainedBytes = Math.max(0, process.memoryUsage().heapUsed - heapBefore);
  const trendCpuMs = medianCpuMs(trendOnce);
  const measureCpuMs = medianCpuMs(measureOnce);
  return {
    keyResults: measured.length,
    checkpoints: at.length,
    measureCpuMs,
    trendCpuMs,
    peakRssGrowthBytes: Math.max(0, rssPeakAfter - rssPeakBefore),
    retainedBytes: kept.length > 0 ? retainedBytes : 0,
  };
}

function medianCpuMs(work: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(REPEATS / 2)]!;
}

/** A full collection when the child runs with --expose-gc; otherwise nothing (the figures are then upper bounds). */
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
