/**
 * What the demo's Prometheus stand-in (src/fake-prometheus) knows: the checkout API's availability, the query
 * the demo's `prometheus` key result asks. Its 5xx share of requests eases from 0.6% at the quarter's start
 * toward 0.2% (an exponential with a 25-day time constant), so the availability over the quarter so far climbs
 * week by week; the answer is that share's exact mean over the window asked.
 */
import type { KnownQuery } from '../src/fake-prometheus/server.js';

const DEMO_AVAILABILITY_QUERY =
  '1 - sum(rate(http_requests_total{job="checkout-api",code=~"5.."}[$window])) / ' +
  'sum(rate(http_requests_total{job="checkout-api"}[$window]))';

const QUARTER_START = Date.parse('2026-10-01T00:00:00Z') / 1000;
const DAY = 86_400;
const FLOOR = 0.002;
const EXCESS = 0.004;
const DAYS = 25;

/** The mean 5xx share over [from, to] (days since the quarter began): FLOOR + EXCESS·e^(−d/DAYS) integrated. */
function meanErrorShare(from: number, to: number): number {
  if (to <= from) return FLOOR + EXCESS * Math.exp(-from / DAYS);
  const integral = EXCESS * DAYS * (Math.exp(-from / DAYS) - Math.exp(-to / DAYS));
  return FLOOR + integral / (to - from);
}

const availability: KnownQuery = (time, windowSeconds) => {
  const to = (time - QUARTER_START) / DAY;
  const from = to - windowSeconds / DAY;
  if (to <= 0) return null;
  return 1 - meanErrorShare(Math.max(0, from), to);
};

export const demoPrometheusQueries = (): Record<string, KnownQuery> => ({ [DEMO_AVAILABILITY_QUERY]: availability });
