/** One query over real HTTP to a loopback server that misbehaves: each failure blames what the user can fix. */
import { afterEach, describe, expect, it } from 'vitest';
import { queryInstant } from '../../src/prometheus/query.js';
import type { PrometheusServer } from '../../src/prometheus/server.js';
import { startScriptedServer, type FrontEnd, type Handler } from '../support/prometheus/proxies.js';

const SUCCESS = JSON.stringify({ status: 'success', data: { resultType: 'scalar', result: [0, '1'] } });
const REQUEST = { query: 'up', time: new Date('2026-11-01T00:00:00Z') };

let server: FrontEnd | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function ask(answer: Handler, headers: Record<string, string> = {}) {
  server = await startScriptedServer(answer);
  const prometheus: PrometheusServer = { url: server.url, headers, secrets: Object.values(headers) };
  return queryInstant(prometheus, REQUEST, {});
}

describe('a query the server does not answer plainly', () => {
  it('answers the one sample', async () => {
    expect(await ask(async (_i, _b, response) => void response.end(SUCCESS))).toEqual({ ok: true, value: 1 });
  });

  it('a redirect is not followed: the error says to give the URL it redirects to', async () => {
    const answer = await ask(async (_i, _b, response) => {
      response.writeHead(302, { location: 'https://elsewhere.example.com/api/v1/query' }).end();
    });
    expect(answer).toEqual({
      ok: false,
      error: expect.stringMatching(/redirected the query: give `prometheus-url` as the URL it redirects to$/),
    });
  });

  it('a header value with a control character blames the header by name, never its value', async () => {
    const answer = await ask(async (_i, _b, response) => void response.end(SUCCESS), {
      'X-Scope-OrgID': 'tenant\u0001secret',
    });
    expect(answer).toEqual({
      ok: false,
      error: expect.stringMatching(/^the header X-Scope-OrgID could not be sent .*check `prometheus-headers`$/),
    });
    expect(JSON.stringify(answer)).not.toContain('secret');
  });

  it.each([
    ['announced by its length', true],
    ['sent without a length', false],
  ])('an answer over 10 MB is refused, %s', async (_name, withLength) => {
    const chunk = Buffer.alloc(1_000_000, 0x20);
    const answer = await ask(async (_i, _b, response) => {
      response.writeHead(200, withLength ? { 'content-length': String(11 * chunk.length) } : {});
      for (let i = 0; i < 11 && !response.destroyed; i++) response.write(chunk);
      response.end();
    });
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('answer is larger than 10 MB') });
  });
});
