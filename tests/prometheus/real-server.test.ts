/**
 * `prometheus` key results (SPEC §12) against a real Prometheus holding a backfilled quarter (tests/support/
 * prometheus): every answer goes through the real HTTP path, and the expected values come from how the history
 * was built (history.ts), never from asking Prometheus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecard } from '../../src/engine.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { prometheusServer, type PrometheusServer } from '../../src/prometheus/server.js';
import type { PrometheusSettings } from '../../src/prometheus/run.js';
import { deadlineSignal, measuringDeadlineMessage } from '../../src/github/deadline.js';
import type { KeyResultReport } from '../../src/report/model.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { testClient } from '../github/support/history.js';
import { startPrometheus, freePort, type RunningPrometheus } from '../support/prometheus/server.js';
import { startSlowProxy } from '../support/prometheus/proxies.js';
import { ERROR_RATIO, P99_SECONDS, queueDepthAt } from '../support/prometheus/history.js';

/** Day 56 of 2026-Q3, midnight: the checkpoints are days 7, 14, …, 49, then this. */
const AS_OF = new Date('2026-08-26T00:00:00Z');
const CHECKPOINTS = [7, 14, 21, 28, 35, 42, 49, 56].map((day) => new Date(Date.parse('2026-07-01') + day * 86_400_000));

const P99 =
  'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{job="checkout"}[$window])))';
const ERRORS =
  'sum(rate(http_requests_total{job="checkout",code=~"5.."}[$window])) / ' +
  'sum(rate(http_requests_total{job="checkout"}[$window]))';

let prometheus: RunningPrometheus;
beforeAll(async () => {
  prometheus = await startPrometheus();
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
});

function serverAt(url: string): PrometheusServer {
  const parsed = prometheusServer(url, '', { url: 'url', headers: 'headers' });
  if (!parsed.ok || !parsed.server) throw new Error('bad test server');
  return parsed.server;
}

/** One objective of the given key results (`- { … }` flow mappings), scored as of AS_OF. */
async function score(keyResults: string[], settings?: Partial<PrometheusSettings>) {
  const text = [
    'version: 1',
    'period: 2026-Q3',
    'objectives:',
    '  - title: Checkout that customers trust',
    '    key-results:',
    ...keyResults.map((kr) => `      - ${kr}`),
  ].join('\n');
  const parsed = parseOkrFile(text, '.github/okrs.yml');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  const { report } = await scorecard({
    okrs: parsed.okrs,
    repository: 'acme/checkout',
    asOf: AS_OF,
    now: AS_OF,
    octokit: testClient('http://127.0.0.1:9'),
    prometheus: { server: serverAt(prometheus.url), ...settings },
  });
  return { report, krs: report.objectives[0]!.keyResults };
}

const kr = (title: string, query: string, rest = 'target: 1, direction: decrease') =>
  `{ title: ${title}, metric: { type: prometheus, query: '${query.replaceAll("'", "''")}' }, ${rest} }`;
const krWithUnit = (title: string, query: string, unit: string, rest: string) =>
  `{ title: ${title}, metric: { type: prometheus, query: '${query.replaceAll("'", "''")}', unit: ${unit} }, ${rest} }`;

describe('prometheus key results against a real Prometheus', () => {
  it('a histogram quantile in seconds, a series at every checkpoint, a forecast from its first run', async () => {
    const { krs, report } = await score([
      krWithUnit('P99 under 150ms', P99, 'seconds', 'baseline: 300ms, target: 150ms'),
    ]);
    const p99 = krs[0]!;
    expect(p99.error).toBeNull();
    expect(p99.value).toBeCloseTo(P99_SECONDS, 9);
    expect(p99.unit).toBe('seconds');
    expect(p99.baseline).toBe(0.3);
    expect(p99.target).toBe(0.15);
    expect(p99.series.map((p) => p.at)).toEqual(CHECKPOINTS.map((t) => t.toISOString()));
    for (const point of p99.series) {
      expect(point.value).toBeCloseTo(P99_SECONDS, 9);
      expect(point.samples).toBeNull();
    }
    expect(p99.forecast?.method).toBe('theil-sen');
    expect(p99.forecast?.value).toBeCloseTo(P99_SECONDS, 9);
    expect(report.requests?.prometheusRequests).toBe(CHECKPOINTS.length);
    expect(renderTerminal(report, { color: false })).toContain('175ms');
  });

  it('a ratio of counters is a rate: percentages in baseline and target, shown as a percentage', async () => {
    const { krs, report } = await score([
      krWithUnit('Errors below 0.5%', ERRORS, 'ratio', 'baseline: 2%, target: 0.5%'),
    ]);
    expect(krs[0]!.error).toBeNull();
    expect(krs[0]!.value).toBeCloseTo(ERROR_RATIO, 12);
    expect(krs[0]!.unit).toBe('ratio');
    expect(renderTerminal(report, { color: false })).toMatch(/1%.*2% → 0\.5%/s);
  });

  it('$window is the window in whole seconds at each instant: the period so far, or a rolling window', async () => {
    // Eight scrapes a day; Prometheus 2's range selectors include both ends, so the midnight scrape that starts
    // the window counts too.
    const { krs } = await score([
      kr('Scrapes so far', 'count_over_time(checkout_queue_depth[$window])'),
      '{ title: Scrapes in a week, metric: { type: prometheus, window: 7d, ' +
        "query: 'count_over_time(checkout_queue_depth[$window])' }, target: 1, direction: decrease }",
    ]);
    expect(krs[0]!.value).toBe(56 * 8 + 1);
    expect(krs[0]!.series.map((p) => p.value)).toEqual(CHECKPOINTS.map((_, k) => 7 * (k + 1) * 8 + 1));
    expect(krs[1]!.value).toBe(7 * 8 + 1);
    expect(krs[1]!.series.every((p) => p.value === 57)).toBe(true);
  });

  it('a query without $window: its value at each checkpoint, and the Theil–Sen line forecasts it', async () => {
    const { krs } = await score([
      kr('Queue under 20', 'checkout_queue_depth{job="checkout"}', 'baseline: 100, target: 20'),
    ]);
    const queue = krs[0]!;
    expect(queue.value).toBe(queueDepthAt(AS_OF));
    expect(queue.series.map((p) => p.value)).toEqual(CHECKPOINTS.map(queueDepthAt));
    // 100 − day, projected to day 92.
    expect(queue.forecast).toMatchObject({ value: 8, low: 8, high: 8, method: 'theil-sen', status: 'on-track' });
  });

  it('bad queries fail their own key results with what to do; no data is no-data; the others are scored', async () => {
    const { krs, report } = await score([
      kr('Several', 'http_requests_total{job="checkout"}'),
      kr('Empty', 'http_requests_total{job="nowhere"}'),
      kr('Syntax', 'sum(rate(http_requests_total[$window]'),
      kr('NaN', '0/0'),
      kr('Infinite', '1/0'),
      kr('Range', 'checkout_queue_depth[$window]'),
      kr('Fine', 'checkout_queue_depth{job="checkout"}', 'target: 50, direction: decrease'),
    ]);
    const by = (title: string): KeyResultReport => krs.find((k) => k.title === title)!;
    expect(by('Several').status).toBe('error');
    expect(by('Several').error).toMatch(
      /returns 2 series \(\{.*code="200".*\}.*\), a key result needs one: aggregate them, e\.g\. `max\(…\)`/,
    );
    expect(by('Empty')).toMatchObject({ status: 'no-data', error: null, value: null });
    expect(by('Syntax').status).toBe('error');
    expect(by('Syntax').error).toMatch(/^Prometheus refused the query \(bad_data: .*parse error.*\); fix `query`\.$/);
    expect(by('NaN')).toMatchObject({ status: 'no-data', value: null });
    expect(by('Infinite').error).toMatch(/value is \+Inf/);
    expect(by('Range').error).toMatch(/range vector/);
    expect(by('Fine')).toMatchObject({ status: 'achieved', value: 44, error: null });
    expect(report.status).toBe('error');
  });

  it('an unreachable server and one without a URL fail only the key results that need them', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const { krs } = await score(
      [kr('Latency', P99), '{ title: Supplied, metric: { type: value, name: x }, target: 1, direction: increase }'],
      {
        server: serverAt(closed),
      },
    );
    expect(krs[0]!.error).toMatch(
      /the Prometheus server at http:\/\/127\.0\.0\.1:\d+ could not be reached \(ECONNREFUSED\): check `prometheus-/,
    );
    expect(krs[0]!.series).toEqual([]);
    expect(krs[1]!.error).toMatch(/no `metrics` input/);

    const unset = await score([kr('Latency', P99)], { server: undefined });
    expect(unset.krs[0]!.error).toMatch(/no Prometheus server is set: give its URL in the `prometheus-url` input/);
  });

  it('a server slower than the deadline ends at the deadline, with what to do', async () => {
    const slow = await startSlowProxy(prometheus.url, 20_000);
    try {
      const started = Date.now();
      const { krs } = await score([kr('Latency', P99)], {
        server: serverAt(slow.url),
        signal: deadlineSignal(1, measuringDeadlineMessage('1s', 'the `deadline` input')),
      });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(krs[0]!.status).toBe('error');
      expect(krs[0]!.error).toMatch(/^The Prometheus server did not answer in time: the run's deadline of 1s passed/);
    } finally {
      await slow.close();
    }
  });
});
