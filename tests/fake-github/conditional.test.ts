/**
 * GitHub's conditional requests, as the stand-in serves them: an ETag on every 200 to a GET; `If-None-Match` with
 * the current one answers 304 with no body and "does not count against your primary rate limit"; a changed
 * listing answers 200 with a new ETag. The `Date` header follows the stand-in's clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../src/fake-github/index.js';
import { history, issue } from '../github/support/history.js';

let gh: FakeGitHub | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const get = (path: string, token: string, etag?: string) =>
  fetch(`${gh!.url}${path}`, {
    headers: { authorization: `token ${token}`, ...(etag ? { 'if-none-match': etag } : {}) },
  });

describe('conditional requests', () => {
  it('304 for an unchanged page, free; 200 with a new ETag once it changed', async () => {
    const now = new Date('2026-11-28T12:00:00Z');
    const repo = history({ issues: [issue('2026-10-05T00:00:00Z')] });
    gh = await startFakeGitHub({ history: repo, now: () => now });
    const path = '/repos/acme/payments/issues?state=all&sort=updated&direction=desc&per_page=100';
    const first = await get(path, 'a');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]+"$/);
    expect(first.headers.get('date')).toBe(now.toUTCString());
    const remaining = Number(first.headers.get('x-ratelimit-remaining'));

    const again = await get(path, 'a', etag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(Number(again.headers.get('x-ratelimit-remaining'))).toBe(remaining);
    // Another token sees the same body with an ETag of its own (GitHub's vary by Authorization).
    expect((await get(path, 'b', etag)).status).toBe(200);

    gh.state.repositories.get('acme/payments')!.issues[0]!.labels = ['bug'];
    const changed = await get(path, 'a', etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(Number(changed.headers.get('x-ratelimit-remaining'))).toBe(remaining - 1);
  });
});
