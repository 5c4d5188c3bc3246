import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { fetchSources, sourceKey } from '../../src/github/fetch.js';
import { describeSourceError } from '../../src/github/errors.js';
import type { SourceSpec } from '../../src/github/sources.js';
import { OWNER, REPO, SINCE, UNTIL, history, issue, run, testClient } from './support/history.js';

const standIn = useStandIn();
let github: FakeGitHub | undefined;

const scope = { owner: OWNER, repo: REPO, since: SINCE, until: UNTIL };

describe('sourceKey', () => {
  it('names the listing, not the window', () => {
    const october: SourceSpec = { ...scope, kind: 'issues', labels: ['incident', 'Sev1'] };
    const rolling: SourceSpec = {
      ...scope,
      owner: 'ACME',
      since: new Date('2026-10-20T00:00:00Z'),
      kind: 'issues',
      labels: ['sev1', 'incident'],
    };
    expect(sourceKey(october)).toBe(sourceKey(rolling));
    expect(sourceKey({ ...scope, kind: 'issues', labels: ['incident'] })).not.toBe(sourceKey(october));
    expect(sourceKey({ ...scope, kind: 'workflow-runs', workflow: 'ci.yml' })).not.toBe(
      sourceKey({ ...scope, kind: 'workflow-runs', workflow: 'ci.yml', branch: 'main' }),
    );
  });
});

describe('fetchSources', () => {
  it('fails only the source that cannot be read, and says what to do', async () => {
    const incident = issue('2026-10-03T00:00:00Z');
    github = await standIn.start({ history: history({ runs: [run('2026-10-02T00:00:00Z')], issues: [incident] }) });
    const good: SourceSpec = { ...scope, kind: 'issues', labels: ['incident'] };
    const bad: SourceSpec = { ...scope, kind: 'workflow-runs', workflow: 'nope.yml' };

    const results = await fetchSources(testClient(github.url), [good, bad]);

    expect(results.get(sourceKey(good))).toEqual({
      ok: true,
      records: [expect.objectContaining({ number: incident.number })],
    });
    expect(results.get(sourceKey(bad))).toEqual({
      ok: false,
      error: expect.stringContaining('workflow `nope.yml` not found'),
    });
  });

  it('reads a listing once for specs that share its key, over both windows', async () => {
    github = await standIn.start({
      history: history({ runs: [run('2026-10-02T00:00:00Z'), run('2026-10-20T00:00:00Z')] }),
    });
    const early: SourceSpec = {
      ...scope,
      kind: 'workflow-runs',
      workflow: 'deploy.yml',
      until: new Date('2026-10-10T00:00:00Z'),
    };
    const late: SourceSpec = {
      ...scope,
      kind: 'workflow-runs',
      workflow: 'deploy.yml',
      since: new Date('2026-10-15T00:00:00Z'),
    };

    const results = await fetchSources(testClient(github.url), [early, late]);

    expect(results.size).toBe(1);
    const result = results.get(sourceKey(early));
    expect(result?.ok && result.records).toHaveLength(2);
    expect(github.requests).toHaveLength(1);
  });

  it('says a token was rejected without ever showing it', async () => {
    github = await standIn.start({
      history: history(),
      tokens: { 'the-real-token': { login: 'octocat', permissions: 'read' } },
    });
    const spec: SourceSpec = { ...scope, kind: 'pull-requests' };

    const results = await fetchSources(testClient(github.url, { token: 'ghp_wrongTOKENvalue' }), [spec]);

    const result = results.get(sourceKey(spec));
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^GitHub rejected the token \(401 Bad credentials\): check the `github-token` input/,
      ),
    });
    expect(JSON.stringify(result)).not.toContain('wrongTOKEN');
  });

  it('retries network errors that may pass (a connection cut), then says GitHub is unavailable', async () => {
    // Accepts and hangs up at once: a reset that a retry may get past (a refused connection is not retried).
    const cutter = createNetServer((socket) => socket.destroy());
    await new Promise<void>((done) => cutter.listen(0, '127.0.0.1', done));
    const { port } = cutter.address() as AddressInfo;
    const spec: SourceSpec = { ...scope, kind: 'deployments' };
    try {
      const octokit = testClient(`http://127.0.0.1:${port}`, { retries: 1 });
      const results = await fetchSources(octokit, [spec]);
      expect(results.get(sourceKey(spec))).toEqual({
        ok: false,
        error: expect.stringMatching(/^GitHub is unavailable \(.*\): re-run later\.$/),
      });
      expect(octokit.stats().requests).toBe(2);
    } finally {
      await new Promise<void>((done) => cutter.close(() => done()));
    }
  });
});

describe('describeSourceError', () => {
  const forbidden = (message: string) => ({ status: 403, message, response: { headers: {}, data: { message } } });

  it('names the permission a listing needs', () => {
    const error = forbidden('Resource not accessible by integration');
    expect(describeSourceError(error, { ...scope, kind: 'workflow-runs', workflow: 'ci.yml' })).toBe(
      'the token may not read workflow runs of acme/payments (403 Resource not accessible by integration): add ' +
        '`permissions: actions: read` to the workflow or job, or use a token with access to acme/payments.',
    );
    expect(describeSourceError(error, { ...scope, kind: 'deployments' })).toContain('`permissions: deployments: read`');
    expect(describeSourceError(error, { ...scope, kind: 'issues', labels: [] })).toContain(
      '`permissions: issues: read`',
    );
    expect(describeSourceError(error, { ...scope, kind: 'pull-requests' })).toContain(
      '`permissions: pull-requests: read`',
    );
  });

  it('shortens GitHub’s own text', () => {
    const error = { status: 418, response: { headers: {}, data: { message: `x${'y'.repeat(500)}` } } };
    expect(describeSourceError(error, { ...scope, kind: 'pull-requests' }).length).toBeLessThan(250);
  });
});
