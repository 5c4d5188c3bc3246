/**
 * A quarter of a checkout service's metrics (2026-Q3), as OpenMetrics text for `promtool tsdb create-blocks-from
 * openmetrics`. Scraped in a burst each day (every 15 minutes from midnight to 01:45): promtool writes a block per
 * two hours that hold samples, and round-the-clock scrapes would make it write 1,100 of them (two minutes on a
 * busy machine) where 93 serve every query at midnight just as well. Built so that the answers are known without
 * Prometheus:
 * - `http_requests_total{job="checkout"}`: code 200 grows by 99 and code 500 by 1 every sample, so the error
 *   ratio over any window is exactly 1%.
 * - `http_request_duration_seconds{job="checkout"}`: every sample adds 100 requests, 90 at most 50 ms, 8 at most
 *   100 ms, 2 at most 250 ms, so the P99 (histogram_quantile) over any window is 100 + (250 − 100) · ½ = 175 ms.
 * - `checkout_queue_depth{job="checkout"}`: a gauge falling by one a day from 100 at the quarter's start: at day d
 *   it reads 100 − d, so its series has a line to forecast.
 */

const QUARTER = {
  name: '2026-Q3',
  start: Date.parse('2026-07-01T00:00:00Z'),
  end: Date.parse('2026-10-01T00:00:00Z'),
};
const DAY_SECONDS = 86_400;
const BURST = [0, 15, 30, 45, 60, 75, 90, 105].map((minutes) => minutes * 60);
export const ERROR_RATIO = 0.01;
export const P99_SECONDS = 0.175;
export const queueDepthAt = (at: Date): number => 100 - (at.getTime() - QUARTER.start) / 86_400_000;

const BUCKETS: Array<[le: string, perStep: number]> = [
  ['0.05', 90],
  ['0.1', 98],
  ['0.25', 100],
  ['0.5', 100],
  ['1', 100],
  ['+Inf', 100],
];
const SUM_PER_STEP = 90 * 0.03 + 8 * 0.07 + 2 * 0.2;

/** Every scrape: its number (counters grow by a fixed step per scrape) and its time in Unix seconds. */
function* steps(): Generator<{ i: number; t: number }> {
  let i = 0;
  for (let day = QUARTER.start / 1000; day * 1000 <= QUARTER.end; day += DAY_SECONDS) {
    for (const offset of BURST) yield { i: i++, t: day + offset };
  }
}

export function quarterOpenMetrics(): string {
  const lines: string[] = ['# TYPE http_requests counter'];
  for (const [code, perStep] of [
    ['200', 99],
    ['500', 1],
  ] as const) {
    for (const { i, t } of steps())
      lines.push(`http_requests_total{job="checkout",code="${code}"} ${i * perStep} ${t}`);
  }
  lines.push('# TYPE http_request_duration_seconds histogram');
  for (const { i, t } of steps()) {
    for (const [le, perStep] of BUCKETS) {
      lines.push(`http_request_duration_seconds_bucket{job="checkout",le="${le}"} ${i * perStep} ${t}`);
    }
    lines.push(`http_request_duration_seconds_sum{job="checkout"} ${(i * SUM_PER_STEP).toFixed(3)} ${t}`);
    lines.push(`http_request_duration_seconds_count{job="checkout"} ${i * 100} ${t}`);
  }
  lines.push('# TYPE checkout_queue_depth gauge');
  for (const { t } of steps())
    lines.push(`checkout_queue_depth{job="checkout"} ${queueDepthAt(new Date(t * 1000))} ${t}`);
  lines.push('# EOF', '');
  return lines.join('\n');
}
