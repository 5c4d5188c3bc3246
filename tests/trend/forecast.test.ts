/** Forecasts (SPEC §9) and the scoring of cumulative counts by them (SPEC §4), on hand-computed cases. */
import { describe, expect, it } from 'vitest';
import { forecastFor, forecastStatus, isCumulativeCount, type ForecastInput } from '../../src/trend/forecast.js';
import { checkpoints } from '../../src/trend/checkpoints.js';
import { scoreCumulativeCount } from '../../src/scoring.js';
import type { Metric } from '../../src/metric-types/index.js';
import type { SeriesPoint } from '../../src/report/model.js';

// 2026-Q4: 92 days. Mid-quarter is 46 days in.
const period = { start: new Date('2026-10-01T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z') };
const day = (n: number) => new Date(period.start.getTime() + n * 86_400_000);
const incidents: Metric = { type: 'issue-count', labels: ['incident'] };
const point = (days: number, value: number | null, samples: number | null = 10): SeriesPoint => ({
  at: day(days).toISOString(),
  value,
  samples,
});

function input(overrides: Partial<ForecastInput>): ForecastInput {
  return {
    metric: incidents,
    unit: 'count',
    baseline: 24,
    target: 6,
    direction: 'decrease',
    value: 11,
    series: [],
    period,
    asOf: day(46),
    ...overrides,
  };
}

describe('checkpoints', () => {
  it('every 7 days after the start while before as-of, then as-of', () => {
    expect(checkpoints(period, day(15)).map((d) => d.toISOString())).toEqual([
      day(7).toISOString(),
      day(14).toISOString(),
      day(15).toISOString(),
    ]);
    // On a checkpoint, it is not repeated; past the period's end, the end is the last one.
    expect(checkpoints(period, day(14))).toEqual([day(7), day(14)]);
    expect(checkpoints(period, day(200)).at(-1)).toEqual(period.end);
    expect(checkpoints(period, day(200))).toHaveLength(14);
  });
});

describe('cumulative counts', () => {
  it('are counts with stat count, no window, and not open issues', () => {
    expect(isCumulativeCount(incidents)).toBe(true);
    expect(isCumulativeCount({ type: 'deployment-frequency' })).toBe(true);
    expect(isCumulativeCount({ type: 'workflow-runs', workflow: 'ci.yml' })).toBe(true);
    expect(isCumulativeCount({ type: 'issue-count', state: 'open' })).toBe(false);
    expect(isCumulativeCount({ type: 'deployment-frequency', stat: 'per-week' })).toBe(false);
    expect(isCumulativeCount({ type: 'deployment-frequency', window: 30 * 86_400 })).toBe(false);
    expect(isCumulativeCount({ type: 'time-to-close' })).toBe(false);
  });

  it('forecast their rate: 11 incidents at mid-quarter project 22', () => {
    // score of 22 from 24 to 6: (22 − 24) / (6 − 24) = 1/9; gap 8/9 → off-track.
    const forecast = forecastFor(input({}))!;
    expect(forecast).toEqual({ value: 22, low: 22, high: 22, score: 1 / 9, status: 'off-track', method: 'rate' });
    // Before any time has passed there is no rate.
    expect(forecastFor(input({ asOf: period.start, value: 0 }))).toBeNull();
  });

  it('are scored by the forecast, not paced: the example of the issue is off-track, not on-track', () => {
    const kr = { metric: incidents, baseline: 24, target: 6 };
    const measurement = { value: 11, samples: 11, unit: 'count' };
    const forecast = forecastFor(input({}));
    const scored = scoreCumulativeCount(kr, measurement, forecast, { elapsed: 0.5, ended: false });
    expect(scored).toEqual({ direction: 'decrease', score: 1 / 9, status: 'off-track', error: null });
  });

  it('going up: achieved as soon as the count reaches the target; else the forecast, achieved at the end', () => {
    const kr = { metric: { type: 'deployment-frequency' } as Metric, baseline: 10, target: 40 };
    const early = { value: 40, samples: 40, unit: 'count' };
    const reached = forecastFor(input({ ...kr, direction: 'increase', value: 40, asOf: day(23) }));
    expect(scoreCumulativeCount(kr, early, reached, { elapsed: 0.25, ended: false }).status).toBe('achieved');
    // 19 at mid-quarter → 38: (38 − 10) / 30 = 0.9333, gap 0.0667 → on-track.
    const half = forecastFor(input({ ...kr, direction: 'increase', value: 19 }))!;
    expect(half.value).toBe(38);
    const scored = scoreCumulativeCount(kr, { value: 19, samples: 19, unit: 'count' }, half, {
      elapsed: 0.5,
      ended: false,
    });
    expect(scored.score).toBeCloseTo(28 / 30, 12);
    expect(scored.status).toBe('on-track');
  });

  it('going down, with a baseline: a full forecast score is on-track until the period has ended', () => {
    const kr = { metric: incidents, baseline: 24, target: 6 };
    const now = forecastFor(input({ value: 2 }))!; // 4 projected: score 1
    expect(now.score).toBe(1);
    expect(
      scoreCumulativeCount(kr, { value: 2, samples: 2, unit: 'count' }, now, { elapsed: 0.5, ended: false }).status,
    ).toBe('on-track');
    const atEnd = forecastFor(input({ value: 5, asOf: period.end }))!;
    expect(atEnd.value).toBe(5);
    expect(
      scoreCumulativeCount(kr, { value: 5, samples: 5, unit: 'count' }, atEnd, { elapsed: 1, ended: true }).status,
    ).toBe('achieved');
  });

  it('as a threshold: scored on the count so far; going down, met is on-track until the period ends', () => {
    const kr = { metric: incidents, target: 3 };
    const forecast = forecastFor(input({ baseline: undefined, target: 3, value: 2 }));
    expect(forecast?.status).toBe('off-track'); // 4 projected, above 3
    const so = { value: 2, samples: 2, unit: 'count' };
    expect(scoreCumulativeCount(kr, so, forecast, { elapsed: 0.5, ended: false })).toEqual({
      direction: 'decrease',
      score: 1,
      status: 'on-track',
      error: null,
    });
    expect(scoreCumulativeCount(kr, so, forecast, { elapsed: 1, ended: true }).status).toBe('achieved');
    const broken = { value: 4, samples: 4, unit: 'count' };
    expect(scoreCumulativeCount(kr, broken, forecast, { elapsed: 0.5, ended: false }).status).toBe('off-track');
  });
});

describe('Theil–Sen forecasts', () => {
  const duration: Metric = { type: 'workflow-duration', workflow: 'deploy.yml' };
  const base = { metric: duration, unit: 'seconds', baseline: 2700, target: 600, direction: 'decrease' as const };

  it('project the line to the period end (day 92), scored and with the status the end would get', () => {
    // 2000 − 10·x: at day 92, 1080. Score (1080 − 2700) / (600 − 2700) = 0.771…, gap 0.229 → at-risk.
    const series = [point(7, 1930), point(14, 1860), point(21, 1790), point(28, 1720)];
    const forecast = forecastFor(input({ ...base, series, value: 1720 }))!;
    expect(forecast.method).toBe('theil-sen');
    expect(forecast.value).toBeCloseTo(1080, 9);
    expect(forecast.low).toBeCloseTo(1080, 9);
    expect(forecast.high).toBeCloseTo(1080, 9);
    expect(forecast.score).toBeCloseTo(1620 / 2100, 12);
    expect(forecast.status).toBe('at-risk');
  });

  it('need 3 points, each of 5 or more samples for a sample statistic', () => {
    const thin = [point(7, 1930, 4), point(14, 1860, 4), point(21, 1790), point(28, 1720)];
    expect(forecastFor(input({ ...base, series: thin }))).toBeNull();
    const gaps = [point(7, null, 0), point(14, 1860), point(21, 1790), point(28, 1720)];
    expect(forecastFor(input({ ...base, series: gaps }))?.value).toBeCloseTo(1080, 9);
    // A per-week count is no sample statistic: its points count whatever their samples.
    const perWeek = [point(7, 2, 1), point(14, 2, 2), point(21, 3, 3)];
    const rate: Metric = { type: 'deployment-frequency', stat: 'per-week' };
    expect(
      forecastFor(
        input({ metric: rate, unit: 'per-week', baseline: 1, target: 5, direction: 'increase', series: perWeek }),
      ),
    ).not.toBeNull();
  });

  it('are bounded: never below 0, a ratio at most 1', () => {
    const falling = [point(7, 700), point(14, 400), point(21, 100)];
    expect(forecastFor(input({ ...base, series: falling }))).toMatchObject({ value: 0, low: 0, high: 0, score: 1 });
    const rising = [point(7, 0.9), point(14, 0.95), point(21, 0.99)];
    const ratio = { metric: { type: 'workflow-success-rate', workflow: 'ci.yml' } as Metric, unit: 'ratio' };
    expect(
      forecastFor(input({ ...ratio, baseline: 0.8, target: 0.99, direction: 'increase', series: rising })),
    ).toMatchObject({ value: 1, high: 1, status: 'on-track' });
  });

  it('status: on-track within 0.10 of a full score, at-risk within 0.25; a threshold met or not', () => {
    expect(forecastStatus(0.9, false)).toBe('on-track');
    expect(forecastStatus(0.75, false)).toBe('at-risk');
    expect(forecastStatus(0.7, false)).toBe('off-track');
    expect(forecastStatus(1, true)).toBe('on-track');
    expect(forecastStatus(0, true)).toBe('off-track');
  });
});
