/**
 * The command line tool's Prometheus (SPEC §12), in-process: `--prometheus-url` or PROMETHEUS_URL, headers in
 * PROMETHEUS_HEADERS, through the real HTTP path to a loopback server answering Prometheus's API.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../src/fake-github/index.js';
import { startFakePrometheus, type FakePrometheus } from '../../src/fake-prometheus/server.js';
import { demoHistory } from '../../demo/history.js';
import { demoPrometheusQueries } from '../../demo/prometheus.js';
import { DEMO_AS_OF, demoOkrsText } from '../../demo/scenario.js';
import { runCliIn } from '../support/run-cli.js';
import { startScriptedServer } from '../support/prometheus/proxies.js';

const SECRET = 'prom-header-secret-0123456789';

let github: FakeGitHub;
let prometheus: FakePrometheus;
let dir: string;
beforeAll(async () => {
  github = await startFakeGitHub({ history: demoHistory() });
  prometheus = await startFakePrometheus(demoPrometheusQueries());
  dir = mkdtempSync(join(tmpdir(), 'okr-cli-prometheus-'));
  writeFileSync(join(dir, 'okrs.yml'), demoOkrsText);
});
afterAll(async () => {
  await github?.close();
  await prometheus?.close();
});

const score = (args: string[], extra: Record<string, string>) =>
  runCliIn(dir, ['--okrs', 'okrs.yml', '--repo', 'acme/payments', '--as-of', DEMO_AS_OF, '--json', ...args], {
    PATH: process.env.PATH ?? '',
    GITHUB_TOKEN: 'ghs_cliToken',
    GITHUB_API_URL: github.url,
    ...extra,
  });

const availability = (stdout: string) =>
  JSON.parse(stdout)
    .objectives.flatMap((o: { keyResults: unknown[] }) => o.keyResults)
    .find((kr: { id: string }) => kr.id === 'checkout-availability');

describe('okr-scorecard and a Prometheus server', () => {
  it('PROMETHEUS_URL and PROMETHEUS_HEADERS: scored, the header value never printed', async () => {
    const { stdout, stderr } = await score([], {
      PROMETHEUS_URL: prometheus.url,
      PROMETHEUS_HEADERS: `Authorization: Bearer ${SECRET}`,
    });
    expect(availability(stdout)).toMatchObject({ status: 'at-risk', error: null });
    expect(availability(stdout).series).toHaveLength(9);
    expect(stdout + stderr).not.toContain(SECRET);
  });

  it('--prometheus-url wins over PROMETHEUS_URL', async () => {
    const { stdout } = await score(['--prometheus-url', prometheus.url], { PROMETHEUS_URL: 'http://127.0.0.1:9' });
    expect(availability(stdout)).toMatchObject({ status: 'at-risk' });
  });

  it('without a server the key result says which flag to give; a bad header line is a usage error', async () => {
    const unset = await score([], {});
    expect(availability(unset.stdout).error).toMatch(/`prometheus-url` input \(CLI --prometheus-url\)/);
    expect(unset.code).toBe(1);
    const bad = await score([], { PROMETHEUS_URL: prometheus.url, PROMETHEUS_HEADERS: SECRET });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('PROMETHEUS_HEADERS, line 1: expected a header as `Name: value`');
    expect(bad.stderr).not.toContain(SECRET);
  });

  it('a malformed %-escape in the password is a usage error naming the flag, the password never echoed', async () => {
    const bad = await score(['--prometheus-url', 'http://user:p%ZZss-word@127.0.0.1:9'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--prometheus-url: the password has a malformed %-escape');
    expect(bad.stderr).not.toMatch(/ZZss|ss-word|URI malformed/);
  });

  it('a server whose error echoes the header: the failure line on stderr redacted, one line', async () => {
    const echoing = await startScriptedServer(async (incoming, _body, response) => {
      const error = `bad tenant for ${String(incoming.headers.authorization)}\r\nokr-scorecard: forged line`;
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: 'error', errorType: 'bad_data', error }));
    });
    try {
      const { code, stdout, stderr } = await score(['--prometheus-url', echoing.url], {
        PROMETHEUS_HEADERS: `Authorization: Bearer ${SECRET}`,
      });
      expect(code).toBe(1);
      expect(availability(stdout).error).toContain('bad tenant for ***');
      expect(stderr).toMatch(/^okr-scorecard: \d key results? could not be measured: .*checkout-availability \(/);
      expect(stderr).toContain('bad tenant for ***');
      expect(stderr).not.toContain(SECRET);
      expect(stderr.match(/^okr-scorecard:/gm)).toHaveLength(1);
    } finally {
      await echoing.close();
    }
  });
});
