/**
 * A self-hosted runner behind a proxy: the runner gives the job `https_proxy`/`http_proxy` and `no_proxy`
 * (GitHub's "Using a proxy server with self-hosted runners"), and the bundled action must reach GitHub through it.
 * The stand-in's host name here resolves nowhere: only the proxy can reach it, so a scorecard proves the tunnel.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoGitHubOkrsText } from '../../demo/scenario.js';
import { proxiedFetch } from '../../src/github/proxy.js';
import { runAction } from '../support/run-dist.js';
import { startConnectProxy, type ConnectProxy } from '../support/connect-proxy.js';

const standIn = useStandIn();

const HOST = 'api.github.test';
let github: FakeGitHub | undefined;
let proxy: ConnectProxy | undefined;

afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
  github = undefined;
});

async function start() {
  github = await standIn.start({ history: demoHistory() });
  const port = Number(new URL(github.url).port);
  proxy = await startConnectProxy({ [HOST]: { host: '127.0.0.1', port } });
  return { github, proxy, apiUrl: `http://${HOST}:${port}` };
}

const scoreOf = (apiUrl: string, env: Record<string, string>) =>
  runAction({
    apiUrl,
    files: { '.github/okrs.yml': demoGitHubOkrsText },
    env,
    with: { 'as-of': DEMO_AS_OF, metrics: '{"p99-latency-ms": 112}', comment: 'never', issue: 'false' },
  });

describe('behind a proxy (self-hosted runner)', () => {
  it('reaches GitHub through http_proxy, with the proxy credentials the URL carries', async () => {
    const { github, proxy, apiUrl } = await start();
    const direct = await scoreOf(github.url, {});
    const through = await scoreOf(apiUrl, { http_proxy: proxy.url.replace('//', '//runner:s3cret@') });

    expect(through.code).toBe(0);
    expect(through.outputs.score).toBe(direct.outputs.score);
    expect(through.outputs.status).toBe(direct.outputs.status);
    expect(proxy.tunnels.length).toBeGreaterThan(0);
    expect(proxy.tunnels.every((t) => t.target === `${HOST}:${new URL(apiUrl).port}`)).toBe(true);
    expect(proxy.tunnels.every((t) => t.credentials === 'runner:s3cret')).toBe(true);
    // The proxy's password is not the job's to print.
    expect(through.stdout).not.toContain('s3cret');
  });

  it('goes direct for a host in no_proxy, and for loopback', () => {
    const saved = { ...process.env };
    try {
      process.env.https_proxy = 'http://proxy.corp.test:3128';
      process.env.no_proxy = 'ghe.corp.test,.internal.test';
      expect(proxiedFetch('https://api.github.com')).toBeTypeOf('function');
      expect(proxiedFetch('https://ghe.corp.test/api/v3')).toBeUndefined();
      expect(proxiedFetch('https://git.internal.test/api/v3')).toBeUndefined();
      expect(proxiedFetch('http://127.0.0.1:8080')).toBeUndefined();
      delete process.env.https_proxy;
      expect(proxiedFetch('https://api.github.com')).toBeUndefined();
    } finally {
      process.env = saved;
    }
  });
});
