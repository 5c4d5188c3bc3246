/** Failures that name their cause, at once (issue #21 item 5): no retries for what retrying cannot change. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchSources } from '../../src/github/fetch.js';
import { deadlineSignal } from '../../src/github/deadline.js';
import { proxiedFetch } from '../../src/github/proxy.js';
import { startFakeGitHub, type FakeGitHub } from '../../src/fake-github/index.js';
import type { GitHubClientOptions } from '../../src/github/client.js';
import type { SourceSpec } from '../../src/github/sources.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoOkrsText } from '../../demo/scenario.js';
import { runCliAt } from '../support/run-cli.js';
import { OWNER, REPO, SINCE, UNTIL, history, testClient } from './support/history.js';

const SPEC: SourceSpec = { kind: 'issues', owner: OWNER, repo: REPO, labels: ['incident'], since: SINCE, until: UNTIL };
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function readOnce(baseUrl: string, options: Partial<GitHubClientOptions> = {}) {
  const octokit = testClient(baseUrl, options);
  const result = (await fetchSources(octokit, [SPEC], { graphql: false })).values().next().value!;
  return { error: result.ok ? undefined : result.error, requests: octokit.stats().requests };
}

/** A port that was free a moment ago: nothing listens on it. */
async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('a request that never reaches GitHub says why, unretried', () => {
  it('a name that does not resolve', async () => {
    const { error, requests } = await readOnce('https://no-such-host.invalid/api/v3');
    expect(error).toMatch(/^the name no-such-host\.invalid does not resolve \(DNS: E[A-Z_]+\): check the API URL/);
    expect(error).not.toMatch(/re-run later/);
    expect(requests).toBe(1);
  });

  it('a port nothing listens on, and a port fetch refuses', async () => {
    const port = await freePort();
    const refused = await readOnce(`http://127.0.0.1:${port}`);
    expect(refused.error).toMatch(
      /^the connection to 127\.0\.0\.1:\d+ was refused \(ECONNREFUSED\): nothing listens there/,
    );
    expect(refused.requests).toBe(1);
    const blocked = await readOnce('http://127.0.0.1:1');
    expect(blocked.error).toBe(
      'the port of 127.0.0.1:1 is one fetch refuses to connect to (bad port): ' +
        'check the API URL (--api-url, GITHUB_API_URL)',
    );
    expect(blocked.requests).toBe(1);
  });

  it('a dead proxy', async () => {
    const saved = { ...process.env };
    closers.push(() => {
      process.env = saved;
    });
    process.env.https_proxy = `http://127.0.0.1:${await freePort()}`;
    delete process.env.no_proxy;
    delete process.env.NO_PROXY;
    const { error, requests } = await readOnce('https://api.github.com', {
      transport: proxiedFetch('https://api.github.com'),
    });
    expect(error).toMatch(/the connection to 127\.0\.0\.1:\d+ was refused .*HTTPS_PROXY/);
    expect(requests).toBe(1);
  });

  it('a certificate that does not verify', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okr-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const server = createServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (_req, res) => res.end('{}'),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    closers.push(() => new Promise<void>((done) => server.close(() => done())));
    const { port } = server.address() as AddressInfo;
    const { error, requests } = await readOnce(`https://127.0.0.1:${port}`);
    expect(error).toMatch(
      /^the TLS certificate of 127\.0\.0\.1:\d+ could not be verified \([A-Z_]+.*NODE_EXTRA_CA_CERTS/,
    );
    expect(requests).toBe(1);
  });
});

describe('a deadline names the cause it cut short', () => {
  it('502s until the deadline: the deadline says the last attempt got a 502', async () => {
    const github: FakeGitHub = await startFakeGitHub({ history: history(), faults: { failureRate: 1 } });
    closers.push(() => github.close());
    const deadline = deadlineSignal(0.3, 'the run reached its deadline.');
    const { error } = await readOnce(github.url, { deadline: () => deadline, delayUnitMs: 100, retries: 10 });
    expect(error).toMatch(/^the run reached its deadline\. \(The last attempt failed: GitHub answered 50[23]\.\)$/);
  });
});

describe('the command line', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'okr-conn-'));
  writeFileSync(join(cwd, 'okrs.yml'), demoOkrsText);

  it('--api-url that is not a URL is a usage error, at once', async () => {
    const started = Date.now();
    const { code, stderr } = await runCliAt(['--okrs', 'okrs.yml', '--repo', 'a/b', '--api-url', 'notaurl'], {
      cwd,
      now: new Date(DEMO_AS_OF),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('--api-url: expected an http(s) URL like https://ghe.example.com/api/v3, got "notaurl"');
    expect(Date.now() - started).toBeLessThan(1000);
    const env = await runCliAt(['--okrs', 'okrs.yml', '--repo', 'a/b'], {
      cwd,
      now: new Date(DEMO_AS_OF),
      env: { GITHUB_API_URL: 'notaurl' },
    });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('GITHUB_API_URL: expected an http(s) URL');
  });

  it('no token: said once, with the limit and how to set one; no GraphQL 401 warnings', async () => {
    const github = await startFakeGitHub({ history: demoHistory(), now: () => new Date(DEMO_AS_OF) });
    closers.push(() => github.close());
    const { stderr, stdout } = await runCliAt(
      ['--okrs', 'okrs.yml', '--repo', 'acme/payments', '--api-url', github.url, '--json', '--fail-on', 'never'],
      { cwd, now: new Date(DEMO_AS_OF) },
    );
    const warnings = stderr.match(/unauthenticated requests 60 an hour/g) ?? [];
    expect(warnings).toHaveLength(1);
    expect(stderr).toContain('Set GITHUB_TOKEN to a personal access token');
    expect(stderr).not.toMatch(/GraphQL answered 401/);
    expect(stdout + stderr).not.toContain('GitHub App token');
  });
});
