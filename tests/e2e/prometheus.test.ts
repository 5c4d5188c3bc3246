/**
 * A `prometheus` key result through the action as a runner runs its step (SPEC §12, in-process): a real Prometheus
 * (tests/support/prometheus) behind an authenticating front end that wants a bearer token or Basic auth and
 * Mimir's tenant header. The key result scores with its series and forecast, and no credential reaches
 * anything the action writes: log, annotations, summary, outputs, JSON report, comment, tracking issue.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../src/fake-github/index.js';
import { demoHistory } from '../../demo/history.js';
import type { Report } from '../../src/report/model.js';
import { runAction } from '../support/run-action.js';
import { pullRequestEvent } from '../support/events.js';
import { published } from '../support/published.js';
import { startPrometheus, type RunningPrometheus } from '../support/prometheus/server.js';
import { startAuthenticatingProxy, startScriptedServer, type FrontEnd } from '../support/prometheus/proxies.js';
import { P99_SECONDS } from '../support/prometheus/history.js';

const BEARER = 'glc_eyJvIjoiMTIzNDU2Nzg5MCIsIm4iOiJva3Itc2NvcmVjYXJkIn0';
const TENANT = 'team-checkout-4711';
const PASSWORD = 'pr0m-S3cret-passw0rd';
const P99 =
  'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{job="checkout"}[$window])))';

const okrFile = (extraTitle = '') =>
  [
    'version: 1',
    'period: 2026-Q3',
    'objectives:',
    '  - title: Checkout that customers trust',
    '    key-results:',
    `      - title: P99 checkout latency under 150ms${extraTitle}`,
    `        metric: { type: prometheus, query: '${P99}', unit: seconds }`,
    '        baseline: 300ms',
    '        target: 150ms',
    '      - title: A bad query fails alone',
    "        metric: { type: prometheus, query: 'sum(rate(' }",
    '        target: 1',
    '        direction: decrease',
    '',
  ].join('\n');

let prometheus: RunningPrometheus;
let github: FakeGitHub | undefined;
let front: FrontEnd | undefined;
beforeAll(async () => {
  prometheus = await startPrometheus();
}, 60_000);
afterAll(async () => {
  await prometheus?.stop();
});
afterEach(async () => {
  await github?.close();
  await front?.close();
  github = undefined;
  front = undefined;
});

const PR = 31;

async function run(prometheusWith: Record<string, string>, title = '', eventName = 'pull_request') {
  github = await startFakeGitHub({ history: demoHistory() });
  const result = await runAction({
    apiUrl: github.url,
    eventName,
    event: pullRequestEvent({ repository: 'acme/payments', number: PR }),
    files: { '.github/okrs.yml': okrFile(title) },
    with: { 'as-of': '2026-08-26T00:00:00Z', issue: 'OKR scorecard', 'fail-on': 'never', ...prometheusWith },
  });
  const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as Report;
  return { result, report, text: published(github, result) };
}

describe('a prometheus key result through an authenticating front end', () => {
  it('a bearer token and a tenant header: scored with its series and forecast, neither leaked', async () => {
    front = await startAuthenticatingProxy(prometheus.url, { bearer: BEARER, tenant: TENANT });
    // A title that quotes the token, as a careless pull request might: redacted like the job's token.
    const { result, report, text } = await run(
      {
        'prometheus-url': front.url,
        'prometheus-headers': `Authorization: Bearer ${BEARER}\nX-Scope-OrgID: ${TENANT}`,
      },
      ` (token ${BEARER})`,
    );
    expect(result.code).toBe(0);
    const [p99, bad] = report.objectives[0]!.keyResults;
    expect(p99!.error).toBeNull();
    expect(p99!.value).toBeCloseTo(P99_SECONDS, 9);
    expect(p99!.series).toHaveLength(8);
    expect(p99!.forecast).toMatchObject({ method: 'theil-sen' });
    expect(p99!.forecast!.value).toBeCloseTo(P99_SECONDS, 9);
    expect(bad!.status).toBe('error');
    expect(bad!.error).toMatch(/^Prometheus refused the query \(bad_data: /);
    // 8 checkpoints each, and one query more each for the previous period: this pull request changes the OKR
    // file, so `calibrate: auto` calibrates (SPEC §13).
    expect(report.requests?.prometheusRequests).toBe(8 + 8 + 2);
    expect(p99!.previous).toMatchObject({ end: '2026-07-01T00:00:00.000Z' });
    // Every request carried the credentials; the front end let them all through.
    expect(front.seen).toHaveLength(18);
    expect(front.seen.every((r) => r.headers['x-scope-orgid'] === TENANT)).toBe(true);
    // Masked in the log, and nowhere in what the action wrote.
    expect(result.stdout).toContain(`::add-mask::${BEARER}`);
    expect(result.stdout).toContain(`::add-mask::${TENANT}`);
    expect(text).toContain('175ms');
    expect(text).not.toContain(BEARER);
    expect(text).not.toContain(TENANT);
    expect(text).not.toContain(BEARER.slice(0, 16));
  });

  it('Basic auth from the URL: scored, and neither the password nor the URL with it leaked', async () => {
    front = await startAuthenticatingProxy(prometheus.url, { basic: { user: 'okr', password: PASSWORD } });
    const withCredentials = front.url.replace('http://', `http://okr:${PASSWORD}@`);
    const { report, text } = await run({ 'prometheus-url': withCredentials });
    const p99 = report.objectives[0]!.keyResults[0]!;
    expect(p99.value).toBeCloseTo(P99_SECONDS, 9);
    expect(p99.series.every((point) => point.value !== null)).toBe(true);
    expect(front.seen.length).toBeGreaterThan(0);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(Buffer.from(`okr:${PASSWORD}`).toString('base64'));
  });

  it('wrong credentials: its key results say to check the headers; nothing leaked', async () => {
    front = await startAuthenticatingProxy(prometheus.url, { bearer: BEARER, tenant: TENANT });
    const { report, text } = await run({
      'prometheus-url': front.url,
      'prometheus-headers': `Authorization: Bearer not-${BEARER}`,
    });
    const p99 = report.objectives[0]!.keyResults[0]!;
    expect(p99.status).toBe('error');
    expect(p99.error).toMatch(/refused the credentials \(HTTP 401\): check `prometheus-headers`/);
    expect(text).not.toContain(`not-${BEARER}`);
  });

  it('on pull_request_target, a query the base commit does not have is not sent', async () => {
    front = await startAuthenticatingProxy(prometheus.url, { bearer: BEARER, tenant: TENANT });
    // The sample repository's own .github/okrs.yml (the base commit's) has no prometheus key result.
    const { report } = await run(
      {
        'prometheus-url': front.url,
        'prometheus-headers': `Authorization: Bearer ${BEARER}\nX-Scope-OrgID: ${TENANT}`,
      },
      '',
      'pull_request_target',
    );
    for (const kr of report.objectives[0]!.keyResults) {
      expect(kr.status).toBe('error');
      expect(kr.error).toMatch(/not the base commit's: .* it runs once merged$/);
    }
    expect(front.seen).toEqual([]);
  });

  it('a malformed header line fails the step naming the input and the line, never echoing it', async () => {
    github = await startFakeGitHub({ history: demoHistory() });
    const result = await runAction({
      apiUrl: github.url,
      files: { '.github/okrs.yml': okrFile() },
      with: { 'prometheus-url': 'http://127.0.0.1:9', 'prometheus-headers': `X-Scope-OrgID: ${TENANT}\n${BEARER}` },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('input "prometheus-headers", line 2: expected a header as `Name: value`');
    expect(published(github, result)).not.toContain(BEARER);
  });

  it('a server whose error echoes the credentials: the step fails on one line, redacted', async () => {
    front = await startScriptedServer(async (incoming, _body, response) => {
      const error = `no tenant for ${String(incoming.headers.authorization)}\r\n::error::forged`;
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: 'error', errorType: 'bad_data', error }));
    });
    const { result } = await run({
      'prometheus-url': front.url,
      'prometheus-headers': `Authorization: Bearer ${BEARER}`,
      'fail-on': 'error',
    });
    expect(result.code).toBe(1);
    const failure = result.stdout.split('\n').find((line) => line.includes('could not be measured'));
    expect(failure).toMatch(/^::error::2 key results could not be measured: .*no tenant for \*\*\*/);
    expect(failure).not.toMatch(/%0D|%0A/);
    const logged = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(logged.join('\n')).not.toContain(BEARER);
  });

  it('a malformed %-escape in the URL’s password fails the step naming the input, never echoing it', async () => {
    github = await startFakeGitHub({ history: demoHistory() });
    const result = await runAction({
      apiUrl: github.url,
      files: { '.github/okrs.yml': okrFile() },
      with: { 'prometheus-url': 'http://okr:p%ZZ-secret@127.0.0.1:9' },
    });
    expect(result.code).toBe(1);
    // `%` is `%25` in a workflow command.
    expect(result.stdout).toContain('::error::input "prometheus-url": the password has a malformed %25-escape');
    expect(result.stdout).not.toMatch(/ZZ-secret|unexpectedly/);
  });
});
