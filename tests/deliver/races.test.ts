/**
 * Runs that race (two quick pushes, no `concurrency:` group), whatever the token: the channels as the action
 * runs them (src/deliver/channels.ts), over real HTTP against the stand-in.
 */
import { describe, expect, it } from 'vitest';
import { deliverChannels } from '../../src/deliver/channels.js';
import { resolveIdentity } from '../../src/deliver/identity.js';
import { extractPreviousRun, markerFor, previousRunFromReport } from '../../src/deliver/marker.js';
import type { FakeGitHub } from '../../src/fake-github/options.js';
import { renderComment } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { createGitHubClient } from '../../src/github/client.js';
import { pullRequestEvent } from '../support/events.js';
import { PR_NUMBER, TOKENS, clientFor, makeReport, silentLog, useFakeGitHub } from './fixtures.js';

const { start } = useFakeGitHub();
const marker = markerFor('.github/okrs.yml');
const TITLE = 'Q4 OKR scorecard';
/** The channels' lookups: the pull request's comments, the open issues. */
const LOOKUPS = /^GET \/repos\/acme\/payments\/issues(\/\d+\/comments\?per_page|\?state=open&sort=created)/;

function recordingSink() {
  const infos: string[] = [];
  const warnings: string[] = [];
  const outputs: Record<string, string> = {};
  return {
    infos,
    warnings,
    outputs,
    info: (m: string) => void infos.push(m),
    warning: (m: string) => void warnings.push(m),
    setOutput: (name: string, value: string) => {
      outputs[name] = value;
    },
  };
}

/** One run of the action's delivery on pull request #42, with a tracking issue. */
async function run(server: FakeGitHub, report: Report, token: keyof typeof TOKENS) {
  const sink = recordingSink();
  await deliverChannels({
    sink,
    runner: {
      repository: 'acme/payments',
      eventName: 'pull_request',
      payload: pullRequestEvent({ repository: 'acme/payments', number: PR_NUMBER, action: 'synchronize' }),
    },
    inputs: { comment: 'auto', issue: TITLE, repository: 'acme/payments' },
    octokit: clientFor(server, token),
    marker,
    render: (previous, maxChars) => renderComment(report, { marker, previous, maxChars }),
    state: previousRunFromReport(report),
  });
  return sink;
}

const repository = (server: FakeGitHub) => server.state.repositories.get('acme/payments')!;
/** Scorecard comments on the pull request, and tracking issues, by one author (the marker's carriers only). */
const commentsBy = (server: FakeGitHub, login: string) =>
  repository(server).comments.filter((c) => c.user === login && c.issueNumber === PR_NUMBER && c.body.includes(marker));
const issuesBy = (server: FakeGitHub, login: string) =>
  repository(server).issues.filter((i) => i.user === login && !i.is_pull_request && (i.body ?? '').includes(marker));

const first = makeReport({ asOf: '2026-11-10T00:00:00.000Z', score: 0.5, incidents: 7, incidentScore: 0.55 });
const second = makeReport({ asOf: '2026-11-10T00:01:00.000Z', score: 0.5, incidents: 7, incidentScore: 0.55 });
const third = makeReport({ asOf: '2026-11-17T00:00:00.000Z', score: 0.75, incidents: 5, incidentScore: 0.77 });

describe.each([
  ['the GITHUB_TOKEN', 'bot', 'github-actions[bot]'],
  ['a GitHub App token', 'app', 'okr-bot[bot]'],
  ['a personal token', 'person', 'octocat'],
] as const)('two runs race with %s', (_kind, token, login) => {
  it('the next run keeps the oldest comment and issue, deletes the other comment, closes the other issue', async () => {
    // Both runs' lookups are held until both are in flight, so that both find nothing and both create.
    const server = await start({ rendezvous: { pattern: LOOKUPS, parties: 2 } });
    // Someone else quoting our marker (and our title) is never ours to edit, delete or close.
    const other = login === 'octocat' ? 'app' : 'person';
    const octo = clientFor(server, other);
    const pasted = `Is this right?\n${marker}`;
    await octo.rest.issues.createComment({ owner: 'acme', repo: 'payments', issue_number: PR_NUMBER, body: pasted });
    await octo.rest.issues.create({ owner: 'acme', repo: 'payments', title: TITLE, body: pasted });

    const racing = await Promise.all([run(server, first, token), run(server, second, token)]);
    expect(commentsBy(server, login)).toHaveLength(2);
    expect(issuesBy(server, login)).toHaveLength(2);
    const [oldestComment] = commentsBy(server, login).sort((a, b) => a.id - b.id);
    const [oldestIssue, newerIssue] = issuesBy(server, login).sort((a, b) => a.number - b.number);

    const next = await run(server, third, token);
    expect(next.warnings).toEqual([]);

    const comments = commentsBy(server, login);
    expect(comments.map((c) => c.id)).toEqual([oldestComment!.id]);
    expect(extractPreviousRun(comments[0]!.body)).toEqual(previousRunFromReport(third));
    expect(next.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${oldestComment!.id}$`));

    const open = issuesBy(server, login).filter((i) => i.state === 'open');
    expect(open.map((i) => i.number)).toEqual([oldestIssue!.number]);
    expect(extractPreviousRun(open[0]!.body)).toEqual(previousRunFromReport(third));
    expect(next.outputs['issue-url']).toMatch(new RegExp(`/issues/${oldestIssue!.number}$`));
    const closed = repository(server).issues.find((i) => i.number === newerIssue!.number)!;
    expect([closed.state, closed.state_reason]).toEqual(['closed', 'duplicate']);
    const link = repository(server).comments.filter((c) => c.issueNumber === closed.number);
    expect(link).toHaveLength(1);
    expect(link[0]?.body).toContain(`#${oldestIssue!.number} (http`);

    const othersLogin = TOKENS[other].login;
    expect(commentsBy(server, othersLogin).map((c) => c.body)).toEqual([pasted]);
    expect(issuesBy(server, othersLogin).map((i) => [i.state, i.body])).toEqual([['open', pasted]]);
    // Both racing runs said where they wrote; none of them warned.
    expect(racing.flatMap((r) => r.warnings)).toEqual([]);

    // And from then on, nothing more is created or removed.
    const requestsBefore = server.requests.length;
    await run(server, third, token);
    const writes = server.requests.slice(requestsBefore).filter((r) => r.method !== 'GET' && r.path !== '/graphql');
    expect(writes.map((r) => r.method)).toEqual(['PATCH', 'PATCH']);
  });
});

describe('identity', () => {
  it('comes from GraphQL viewer for every kind of token, never from GET /user', async () => {
    const server = await start();
    const logins = await Promise.all(
      (['bot', 'app', 'person', 'reader'] as const).map((token) => resolveIdentity(clientFor(server, token))),
    );
    expect(logins).toEqual(['github-actions[bot]', 'okr-bot[bot]', 'octocat', 'github-actions[bot]']);
    expect(server.requests.filter((r) => r.path === '/user')).toEqual([]);
  });

  it('on GitHub Enterprise Server, viewer is asked at /api/graphql beside the REST API at /api/v3', async () => {
    const server = await start();
    const octokit = createGitHubClient({ token: 'app', baseUrl: `${server.url}/api/v3`, log: silentLog });
    expect(await resolveIdentity(octokit)).toBe('okr-bot[bot]');
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/graphql']);
  });

  it('a GitHub App token edits its own comment and issue on the next run instead of posting new ones', async () => {
    const server = await start();
    await run(server, first, 'app');
    await run(server, third, 'app');
    expect(commentsBy(server, 'okr-bot[bot]')).toHaveLength(1);
    expect(issuesBy(server, 'okr-bot[bot]')).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === 'POST' && r.path !== '/graphql')).toHaveLength(2);
  });

  it('when GitHub will not say whose token it is, nothing is posted and the run warns', async () => {
    const server = await start({ graphqlOutage: 404 });
    const sink = await run(server, first, 'bot');
    const unknown = /^No PR comment or tracking issue: GitHub did not say whose token/;
    expect(sink.warnings).toEqual([expect.stringMatching(unknown)]);
    expect(server.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
  });
});
