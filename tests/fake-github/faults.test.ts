import { expect, test } from 'vitest';
import type { FakeGitHubOptions } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { call } from './helpers.js';
import { history } from './fixture.js';

const standIn = useStandIn();

const paths = Array.from(
  { length: 60 },
  (_, i) => `/repos/acme/payments/actions/workflows/ci.yml/runs?per_page=1&page=${i + 1}`,
);

async function statuses(options: Omit<FakeGitHubOptions, 'history'>, list = paths): Promise<number[]> {
  const gh = await standIn.start({ history: history(60), ...options });
  // Concurrently, so arrival order varies: the verdicts must not depend on it.
  return await Promise.all(list.map(async (path) => (await call(gh, path)).status));
}

test('a failure rate fails a deterministic share of requests with 502/503, the same for the same seed', async () => {
  const first = await statuses({ seed: 7, faults: { failureRate: 0.3 } });
  const second = await statuses({ seed: 7, faults: { failureRate: 0.3 } });
  const other = await statuses({ seed: 8, faults: { failureRate: 0.3 } });
  expect(second).toEqual(first);
  expect(other).not.toEqual(first);
  const failed = first.filter((s) => s !== 200);
  expect(new Set(failed)).toEqual(new Set([502, 503]));
  expect(failed.length).toBeGreaterThan(6);
  expect(failed.length).toBeLessThan(30);
});

test('a retried request gets a fresh draw, so retrying gets through', async () => {
  const gh = await standIn.start({ history: history(5), seed: 3, faults: { failureRate: 0.5 } });
  const seen: number[] = [];
  for (let attempt = 0; attempt < 20 && seen.at(-1) !== 200; attempt++) {
    seen.push((await call(gh, '/repos/acme/payments/issues')).status);
  }
  expect(seen.at(-1)).toBe(200);
  expect(gh.requests.map((r) => r.status)).toEqual(seen);
});

test('every Nth request hits the secondary rate limit with retry-after', async () => {
  const gh = await standIn.start({ history: history(5), faults: { secondaryLimitEvery: 3 } });
  const answers = [];
  for (let i = 0; i < 6; i++) answers.push(await call<{ message: string }>(gh, '/repos/acme/payments/issues'));
  expect(answers.map((a) => a.status)).toEqual([200, 200, 403, 200, 200, 403]);
  expect(answers[2]?.headers.get('retry-after')).toBe('1');
  expect(answers[2]?.body.message).toMatch(/secondary rate limit/);
});

test('a hang fault never answers the first matching request, and answers the next', async () => {
  const gh = await standIn.start({ history: history(5), faults: { hangPaths: /\/deployments/ } });
  const hung = fetch(`${gh.url}/repos/acme/payments/deployments`, { signal: AbortSignal.timeout(300) });
  await expect(hung).rejects.toThrow();
  expect((await call(gh, '/repos/acme/payments/deployments')).status).toBe(200);
  expect(gh.requests.map((r) => r.status)).toEqual([0, 200]);
});

test('apply-then-fail applies a write and answers 502', async () => {
  const gh = await standIn.start({ history: history(5), faults: { applyThenFail: /^POST .*\/comments$/ } });
  const created = await call(gh, '/repos/acme/payments/issues/4/comments', {
    method: 'POST',
    body: { body: 'scorecard' },
  });
  expect(created.status).toBe(502);
  const listed = await call<{ body: string }[]>(gh, '/repos/acme/payments/issues/4/comments');
  expect(listed.body.map((c) => c.body)).toEqual(['scorecard']);
  expect(gh.state.repositories.get('acme/payments')?.comments).toHaveLength(1);
});

test('latency delays every answer', async () => {
  const gh = await standIn.start({ history: history(5), faults: { latencyMs: 120 } });
  const started = performance.now();
  await call(gh, '/repos/acme/payments/issues');
  expect(performance.now() - started).toBeGreaterThanOrEqual(110);
});
