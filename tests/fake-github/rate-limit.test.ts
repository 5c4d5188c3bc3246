import { expect, test } from 'vitest';
import { useStandIn } from '../support/stand-in.js';
import { call } from './helpers.js';
import { history } from './fixture.js';

const standIn = useStandIn();

const header = (headers: Headers, name: string) => headers.get(`x-ratelimit-${name}`);

test('every response carries x-ratelimit-* headers that count down per identity', async () => {
  const gh = await standIn.start({ history: history(5) });
  const first = await call(gh, '/repos/acme/payments/deployments');
  const second = await call(gh, '/repos/acme/payments/nope');
  expect([header(first.headers, 'limit'), header(first.headers, 'remaining'), header(first.headers, 'used')]).toEqual([
    '5000',
    '4999',
    '1',
  ]);
  expect([header(second.headers, 'remaining'), header(second.headers, 'used')]).toEqual(['4998', '2']);
  expect(header(second.headers, 'resource')).toBe('core');
  expect(header(second.headers, 'reset')).toBe(header(first.headers, 'reset'));
  expect(Number(header(first.headers, 'reset'))).toBeGreaterThan(Date.now() / 1000);

  const anonymous = await call(gh, '/repos/acme/payments/deployments', { token: null });
  expect([header(anonymous.headers, 'limit'), header(anonymous.headers, 'remaining')]).toEqual(['60', '59']);
});

test('GET /rate_limit reports the budget without spending it', async () => {
  const gh = await standIn.start({ history: history(5) });
  await call(gh, '/repos/acme/payments/issues');
  const limit = await call<{ rate: { remaining: number; used: number }; resources: { core: { remaining: number } } }>(
    gh,
    '/rate_limit',
  );
  expect(limit.body.rate).toMatchObject({ remaining: 4999, used: 1 });
  expect(limit.body.resources.core.remaining).toBe(4999);
  expect(header(limit.headers, 'remaining')).toBe('4999');
});

test('an exhausted primary limit answers 403 with remaining 0 and the reset, then recovers after it', async () => {
  let clock = new Date('2026-11-01T12:00:00Z');
  const start = clock.getTime() / 1000;
  const gh = await standIn.start({
    history: history(5),
    now: () => clock,
    faults: { primaryLimit: { remaining: 2, resetInSeconds: 90 } },
  });
  expect((await call(gh, '/repos/acme/payments/issues')).status).toBe(200);
  const last = await call(gh, '/repos/acme/payments/issues');
  expect(last.status).toBe(200);
  expect(header(last.headers, 'remaining')).toBe('0');

  const refused = await call<{ message: string }>(gh, '/repos/acme/payments/issues');
  expect(refused.status).toBe(403);
  expect(refused.body.message).toMatch(/^API rate limit exceeded/);
  expect(header(refused.headers, 'remaining')).toBe('0');
  expect(header(refused.headers, 'reset')).toBe(String(start + 90));

  clock = new Date(clock.getTime() + 90_000);
  const again = await call(gh, '/repos/acme/payments/issues');
  expect(again.status).toBe(200);
  expect(header(again.headers, 'remaining')).toBe('4999');
  expect(header(again.headers, 'reset')).toBe(String(start + 90 + 3600));
});
