import { describe, expect, test } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { GITHUB_TOKEN_IDENTITY, appInstallation, personalToken, readOnly } from '../../src/fake-github/tokens.js';
import { call } from './helpers.js';
import { history } from './fixture.js';

const standIn = useStandIn();

interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}
interface Issue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: string;
  state_reason: string | null;
  closed_at: string | null;
  labels: { name: string }[];
  user: { login: string; type: string };
}

const clock = () => new Date('2026-11-02T10:00:00.123Z');

test('with the default token, writes are by github-actions[bot], and edits change the same comment', async () => {
  const gh = await standIn.start({ history: history(5), now: clock });
  const created = await call<Comment>(gh, '/repos/acme/payments/issues/4/comments', {
    method: 'POST',
    body: { body: 'v1' },
  });
  expect(created.status).toBe(201);
  expect(created.body.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
  expect(created.body).toMatchObject({ created_at: '2026-11-02T10:00:00Z' });

  const edited = await call<Comment>(gh, `/repos/acme/payments/issues/comments/${created.body.id}`, {
    method: 'PATCH',
    body: { body: 'v2' },
  });
  expect(edited.status).toBe(200);
  const listed = await call<Comment[]>(gh, '/repos/acme/payments/issues/4/comments');
  expect(listed.body.map((c) => [c.id, c.body])).toEqual([[created.body.id, 'v2']]);
  expect((await call<{ comments: number }>(gh, '/repos/acme/payments/issues/4')).body.comments).toBe(1);

  expect(
    (await call(gh, '/repos/acme/payments/issues/99/comments', { method: 'POST', body: { body: 'x' } })).status,
  ).toBe(404);
  expect(
    (await call(gh, '/repos/acme/payments/issues/comments/424242', { method: 'PATCH', body: { body: 'x' } })).status,
  ).toBe(404);
  expect((await call(gh, '/repos/acme/payments/issues/4/comments', { method: 'POST', body: {} })).status).toBe(422);
});

test('a tracking issue: created with labels, found by creator and label, its body replaced', async () => {
  const gh = await standIn.start({ history: history(5), now: clock });
  const created = await call<Issue>(gh, '/repos/acme/payments/issues', {
    method: 'POST',
    body: { title: 'OKR scorecard', body: 'first', labels: ['okr-scorecard'] },
  });
  expect(created.status).toBe(201);
  // Numbers are shared with pull requests: the next after the history's highest (PR #6).
  expect(created.body).toMatchObject({
    number: 7,
    state: 'open',
    body: 'first',
    user: { login: 'github-actions[bot]' },
  });

  const found = await call<Issue[]>(
    gh,
    '/repos/acme/payments/issues?creator=github-actions%5Bbot%5D&labels=okr-scorecard',
  );
  expect(found.body.map((i) => i.number)).toEqual([7]);

  const updated = await call<Issue>(gh, '/repos/acme/payments/issues/7', {
    method: 'PATCH',
    body: { body: 'second' },
  });
  expect(updated.body).toMatchObject({ number: 7, body: 'second', title: 'OKR scorecard' });
  const closed = await call<Issue & { closed_at: string }>(gh, '/repos/acme/payments/issues/7', {
    method: 'PATCH',
    body: { state: 'closed' },
  });
  expect(closed.body).toMatchObject({ state: 'closed', closed_at: '2026-11-02T10:00:00Z' });
  expect(gh.state.repositories.get('acme/payments')?.issues.find((i) => i.number === 7)?.body).toBe('second');
});

test('a read-only token (fork PR) reads but gets 403 "Resource not accessible by integration" on writes', async () => {
  const gh = await standIn.start({
    history: history(5),
    tokens: { ro: { login: 'github-actions[bot]', permissions: 'read' }, rw: { login: 'alice', permissions: 'write' } },
  });
  expect((await call(gh, '/repos/acme/payments/issues', { token: 'ro' })).status).toBe(200);
  for (const [method, path] of [
    ['POST', '/repos/acme/payments/issues/4/comments'],
    ['POST', '/repos/acme/payments/issues'],
    ['PATCH', '/repos/acme/payments/issues/2'],
  ] as const) {
    const refused = await call<{ message: string }>(gh, path, {
      method,
      token: 'ro',
      body: { body: 'x', title: 'x' },
    });
    expect(refused.status, `${method} ${path}`).toBe(403);
    expect(refused.body.message).toBe('Resource not accessible by integration');
  }
  expect(gh.state.repositories.get('acme/payments')?.comments).toEqual([]);

  const bad = await call<{ message: string }>(gh, '/repos/acme/payments/issues', { token: 'stolen' });
  expect([bad.status, bad.body.message]).toEqual([401, 'Bad credentials']);

  const person = await call<Comment>(gh, '/repos/acme/payments/issues/4/comments', {
    method: 'POST',
    token: 'rw',
    body: { body: '<!-- marker -->' },
  });
  expect(person.body.user).toMatchObject({ login: 'alice', type: 'User' });
});

test('no token reads like a public repository and cannot write', async () => {
  const gh = await standIn.start({ history: history(5) });
  expect((await call(gh, '/repos/acme/payments/pulls', { token: null })).status).toBe(200);
  expect(
    (await call(gh, '/repos/acme/payments/issues/4/comments', { method: 'POST', token: null, body: { body: 'x' } }))
      .status,
  ).toBe(401);
});

test('the request log records method, path with query, status and time', async () => {
  const gh = await standIn.start({ history: history(5), now: clock });
  await call(gh, '/repos/acme/payments/issues?state=all');
  await call(gh, '/nope');
  expect(gh.requests).toEqual([
    { method: 'GET', path: '/repos/acme/payments/issues?state=all', status: 200, time: clock() },
    { method: 'GET', path: '/nope', status: 404, time: clock() },
  ]);
});

const COMMENTS = '/repos/acme/payments/issues/4/comments';
const ISSUES = '/repos/acme/payments/issues';
const post = <T>(gh: FakeGitHub, path: string, token: string | undefined, body: unknown) =>
  call<T>(gh, path, { method: 'POST', token, body });

describe('token identities, as GitHub has them', () => {
  const tokens = {
    actions: GITHUB_TOKEN_IDENTITY,
    app: appInstallation('okr-bot'),
    pat: personalToken('octocat'),
    forkPr: readOnly(GITHUB_TOKEN_IDENTITY),
    triage: personalToken('helper', { push: false }),
  };

  test.each([
    ['actions', 'github-actions[bot]', 'Bot'],
    ['app', 'okr-bot[bot]', 'Bot'],
    ['pat', 'octocat', 'User'],
  ] as const)('a %s token: comments and issues it writes carry its login (%s, a %s)', async (token, login, type) => {
    const gh = await standIn.start({ history: history(5), tokens, now: clock });
    const comment = await post<Comment>(gh, COMMENTS, token, { body: 'x' });
    expect(comment.body.user).toMatchObject({ login, type });
    const issue = await post<Issue>(gh, ISSUES, token, { title: 't' });
    expect(issue.body.user).toMatchObject({ login, type });
  });

  test('GET /user: refused to installation tokens (GITHUB_TOKEN, a GitHub App), answered for a person', async () => {
    const gh = await standIn.start({ history: history(5), tokens });
    for (const token of ['actions', 'app', 'forkPr']) {
      const refused = await call<{ message: string }>(gh, '/user', { token });
      const expected = [token, 403, 'Resource not accessible by integration'];
      expect([token, refused.status, refused.body.message]).toEqual(expected);
    }
    const user = await call<{ login: string; type: string }>(gh, '/user', { token: 'pat' });
    expect([user.status, user.body.login, user.body.type]).toEqual([200, 'octocat', 'User']);
  });

  test('labels are silently dropped, on creation and on edit, for a token that cannot push', async () => {
    const gh = await standIn.start({ history: history(5), tokens });
    const labels = ['okr-scorecard'];
    const dropped = await post<Issue>(gh, ISSUES, 'triage', { title: 't', labels });
    expect([dropped.status, dropped.body.labels]).toEqual([201, []]);
    const edited = await call<Issue>(gh, `${ISSUES}/${dropped.body.number}`, {
      method: 'PATCH',
      token: 'triage',
      body: { labels, body: 'edited' },
    });
    expect([edited.status, edited.body.labels, edited.body.body]).toEqual([200, [], 'edited']);
    const kept = await post<Issue>(gh, ISSUES, 'app', { title: 't', labels });
    expect(kept.body.labels.map((l) => l.name)).toEqual(labels);
  });
});

test('DELETE a comment: 204 with no body, then gone (404 the second time); a read-only token is refused', async () => {
  const tokens = { rw: GITHUB_TOKEN_IDENTITY, ro: readOnly(GITHUB_TOKEN_IDENTITY) };
  const gh = await standIn.start({ history: history(5), tokens });
  const created = await post<Comment>(gh, COMMENTS, 'rw', { body: 'x' });
  const remove = (token: string) =>
    fetch(`${gh.url}/repos/acme/payments/issues/comments/${created.body.id}`, {
      method: 'DELETE',
      headers: { authorization: `token ${token}` },
    });
  expect((await remove('ro')).status).toBe(403);
  const deleted = await remove('rw');
  expect([deleted.status, await deleted.text()]).toEqual([204, '']);
  expect((await call<Comment[]>(gh, COMMENTS, { token: 'rw' })).body).toEqual([]);
  expect((await remove('rw')).status).toBe(404);
});

test('closing an issue: state_reason as asked (default completed), duplicate_issue_id checked, reopening', async () => {
  const gh = await standIn.start({ history: history(5), now: clock });
  const open = async () => (await post<Issue>(gh, ISSUES, undefined, { title: 't' })).body;
  const [kept, extra, other] = [await open(), await open(), await open()];
  const patch = (number: number, body: unknown) => call<Issue>(gh, `${ISSUES}/${number}`, { method: 'PATCH', body });

  const duplicate = await patch(extra.number, {
    state: 'closed',
    state_reason: 'duplicate',
    duplicate_issue_id: kept.id,
  });
  const closedAt = '2026-11-02T10:00:00Z';
  expect(duplicate.body).toMatchObject({ state: 'closed', state_reason: 'duplicate', closed_at: closedAt });
  const closed = await patch(other.number, { state: 'closed' });
  expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'completed' });
  const reopened = await patch(other.number, { state: 'open' });
  expect(reopened.body).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });

  expect((await patch(other.number, { state: 'closed', state_reason: 'because' })).status).toBe(422);
  const unknownDuplicate = { state: 'closed', state_reason: 'duplicate', duplicate_issue_id: 1 };
  expect((await patch(other.number, unknownDuplicate)).status).toBe(422);
  expect((await patch(other.number, { state: 'shut' })).status).toBe(422);
  expect((await call<Issue>(gh, `${ISSUES}/${other.number}`)).body.state).toBe('open');
});
