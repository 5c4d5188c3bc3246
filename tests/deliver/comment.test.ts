import { describe, expect, it } from 'vitest';
import { upsertComment } from '../../src/deliver/comment.js';
import { resolveIdentity } from '../../src/deliver/identity.js';
import { extractPreviousRun, markerFor, previousRunFromReport } from '../../src/deliver/marker.js';
import type { FakeGitHub } from '../../src/fake-github/options.js';
import { renderComment } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { PR_NUMBER, type TOKENS, makeReport, recordingLog, useFakeGitHub, clientFor } from './fixtures.js';

const { start } = useFakeGitHub();

const MARKER = markerFor('.github/okrs.yml');
const marker = MARKER;

/** One run of the action's comment step, as main.ts wires it. */
async function deliver(server: FakeGitHub, report: Report, token: keyof typeof TOKENS = 'bot', marker = MARKER) {
  const octokit = clientFor(server, token);
  const log = recordingLog();
  const result = await upsertComment({
    octokit,
    owner: 'acme',
    repo: 'payments',
    prNumber: PR_NUMBER,
    marker,
    render: (previous, maxChars) =>
      renderComment(report, {
        marker,
        previous,
        maxChars,
        summaryUrl: 'https://github.com/acme/payments/actions/runs/1',
      }),
    state: previousRunFromReport(report),
    identity: await resolveIdentity(octokit),
    log,
  });
  return { result, log };
}

const comments = (server: FakeGitHub) => server.state.repositories.get('acme/payments')?.comments ?? [];
/** REST writes that create (GraphQL queries are POSTs too). */
const posts = (server: FakeGitHub) =>
  server.requests.filter((r) => r.method === 'POST' && r.path !== '/graphql').length;

const first = makeReport({ asOf: '2026-11-10T00:00:00.000Z', score: 0.5, incidents: 7, incidentScore: 0.55 });
const second = makeReport({ asOf: '2026-11-17T00:00:00.000Z', score: 0.75, incidents: 5, incidentScore: 0.77 });

describe('upsertComment', () => {
  it('two runs leave one comment, edited in place, with the change since the first run', async () => {
    const server = await start();
    const one = await deliver(server, first);
    expect(one.result).toEqual({ url: expect.stringMatching(/\/acme\/payments\/pull\/42#issuecomment-\d+$/) });
    // The first run has nothing to compare with.
    expect(comments(server)[0]?.body).not.toContain('since the last run');
    expect(comments(server)[0]?.body).not.toContain('| Change |');
    const two = await deliver(server, second);
    expect(two.result).toEqual(one.result);
    expect(comments(server)).toHaveLength(1);
    expect(posts(server)).toBe(1);

    const body = comments(server)[0]?.body ?? '';
    expect(body.startsWith(marker)).toBe(true);
    expect(extractPreviousRun(body)).toEqual(previousRunFromReport(second));
    // 0.5 → 0.75 overall; 7 → 5 incidents.
    expect(body).toContain('▲ 25 pts since the last run');
    expect(body).toMatch(/\| Cut incident issues opened per quarter from 12 to 3 \|[^\n]*\| ▼ 2 better \|/);
    expect(body).not.toContain('undefined');
  });

  it('keeps a long OKR path’s comment from before its marker had a hash, moved to the new marker', async () => {
    const server = await start();
    const longPath = `teams/${'платформа/'.repeat(12)}okrs.yml`;
    const hashed = markerFor(longPath);
    // What an earlier version wrote: the path cut at 200 characters, no hash.
    const legacy = hashed.replace(/\.[0-9a-f]{16} -->$/, ' -->');
    expect(legacy).not.toBe(hashed);
    await deliver(server, first, 'bot', legacy);
    const { result } = await deliver(server, second, 'bot', hashed);
    expect(result).toEqual({ url: expect.stringContaining('#issuecomment-') });
    expect(comments(server)).toHaveLength(1);
    expect(comments(server)[0]?.body.startsWith(hashed)).toBe(true);
    expect(comments(server)[0]?.body).toContain('since the last run');
  });

  it('a create GitHub applied but answered 502 leaves one comment', async () => {
    const server = await start({ applyThenFail: /^POST .*\/issues\/\d+\/comments$/ });
    const { result } = await deliver(server, first);
    expect(result).toEqual({ url: expect.stringContaining('#issuecomment-') });
    expect(comments(server)).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === 'POST' && r.status === 502)).toHaveLength(1);
    expect(posts(server)).toBe(1);
  });

  it('a read-only token (a PR from a fork) gets a warning, not a failure', async () => {
    const server = await start();
    const { result, log } = await deliver(server, first, 'reader');
    expect(result).toEqual({ skipped: expect.stringContaining('pull_request_target') });
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/workflow_run/);
    expect(log.warnings.join('')).not.toContain('reader');
    expect(comments(server)).toHaveLength(0);
  });

  it("leaves a person's comment that quotes the marker alone", async () => {
    const server = await start();
    const person = clientFor(server, 'person');
    const quoted = `Why does the bot write this?\n\n> ${marker}\n${marker}\n<!-- okr-scorecard-state:v1 ${Buffer.from(
      JSON.stringify({ version: 1, asOf: '2020-01-01T00:00:00Z', score: 0, keyResults: {} }),
    ).toString('base64')} -->`;
    await person.rest.issues.createComment({ owner: 'acme', repo: 'payments', issue_number: PR_NUMBER, body: quoted });

    await deliver(server, first);
    await deliver(server, second);
    const all = comments(server);
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ user: 'octocat', body: quoted });
    expect(all[1]?.user).toBe('github-actions[bot]');
    // The delta comes from our own previous comment, not from the person's planted state.
    expect(all[1]?.body).toContain('▲ 25 pts since the last run');
  });

  it('with a personal access token, the identity is the token’s user', async () => {
    const server = await start();
    expect(await resolveIdentity(clientFor(server, 'person'))).toBe('octocat');
    await deliver(server, first, 'person');
    await deliver(server, second, 'person');
    expect(comments(server).map((c) => c.user)).toEqual(['octocat']);
  });

  it('renders hostile titles inert and keeps the marker unique', async () => {
    const server = await start();
    const hostile = `${marker} </details> <img src=x onerror=alert(1)> | @acme/everyone @octocat\nnext`;
    await deliver(
      server,
      makeReport({ asOf: '2026-11-10T00:00:00.000Z', score: 0.5, incidents: 7, incidentScore: 0.55, title: hostile }),
    );
    await deliver(server, second);
    expect(comments(server)).toHaveLength(1);
    const body = comments(server)[0]?.body ?? '';
    expect(body.split(marker)).toHaveLength(2);
  });
});
