/**
 * The client parses success bodies itself (plain JSON.parse instead of Octokit's bigint-safe parser): every kind of
 * answer must come back as Octokit would give it, and a broken JSON body must be an error, never an empty page.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { testClient } from './support/history.js';

type Answer = { status: number; type?: string; body?: string };
let server: Server | undefined;

/** A server answering each request with the next of `answers` (the last one repeats). */
async function serve(answers: Answer[]): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  server = createServer((_request, response) => {
    const answer = answers[Math.min(hits++, answers.length - 1)]!;
    response.writeHead(answer.status, answer.type ? { 'content-type': answer.type } : {});
    response.end(answer.body ?? '');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits };
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

const JSON_TYPE = 'application/json; charset=utf-8';

describe('success bodies', () => {
  it('parses JSON with JSON.parse (a 2^64 integer stays a number, as no GitHub id is that large)', async () => {
    const { url } = await serve([{ status: 200, type: JSON_TYPE, body: '{"id": 18446744073709551616, "name": "ci"}' }]);
    const { data } = await testClient(url).request('GET /thing');
    // 18446744073709551616 is exactly 2 ** 64, so JSON.parse reads it as that double, without loss.
    expect(data).toEqual({ id: 2 ** 64, name: 'ci' });
  });

  it('gives text for text, bytes for bytes, and an empty string for 204', async () => {
    const { url } = await serve([
      { status: 200, type: 'text/plain; charset=utf-8', body: 'hello' },
      { status: 200, type: 'application/vnd.github.raw', body: 'raw bytes' },
      { status: 204 },
    ]);
    const client = testClient(url);
    expect((await client.request('GET /text', { headers: { accept: 'text/plain' } })).data).toBe('hello');
    const raw = (await client.request('GET /raw', { mediaType: { format: 'raw' } })).data as unknown;
    expect(raw).toBeInstanceOf(ArrayBuffer);
    expect(new TextDecoder().decode(raw as ArrayBuffer)).toBe('raw bytes');
    expect((await client.request('DELETE /thing')).data).toBe('');
  });

  it('parses what a POST created, and a body reached after retried 5xx answers', async () => {
    const created = await serve([{ status: 201, type: JSON_TYPE, body: '{"id": 7}' }]);
    expect((await testClient(created.url).request('POST /comments', { body: 'x' })).data).toEqual({ id: 7 });
    await new Promise((resolve) => server?.close(resolve));

    const flaky = await serve([{ status: 502 }, { status: 502 }, { status: 200, type: JSON_TYPE, body: '[1, 2]' }]);
    expect((await testClient(flaky.url).request('GET /list')).data).toEqual([1, 2]);
    expect(flaky.hits()).toBe(3);
  });

  it('refuses a JSON body that does not parse, instead of reading it as an empty page', async () => {
    const { url } = await serve([{ status: 200, type: JSON_TYPE, body: '' }]);
    await expect(testClient(url).request('GET /repos/a/b/issues')).rejects.toThrow(
      /GitHub sent an unreadable JSON body for GET .*\/repos\/a\/b\/issues/,
    );
  });

  it('describes a body that is not JSON where JSON was asked for, instead of reading it as an empty page', async () => {
    const page = '<!DOCTYPE html><html><body>Sign in to continue</body></html>';
    const { url } = await serve([{ status: 200, type: 'text/html; charset=utf-8', body: page }]);
    await expect(testClient(url).request('GET /repos/{owner}/{repo}/pulls', { owner: 'a', repo: 'b' })).rejects.toThrow(
      'GitHub answered text/html, not JSON, for GET /repos/a/b/pulls: check GITHUB_API_URL (on GitHub Enterprise ' +
        'Server, it ends in /api/v3)',
    );
  });
});

describe('error bodies', () => {
  it('an HTML error page is described as such (after the retries), not quoted whole', async () => {
    const page = `<html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(5000)}</body></html>`;
    const { url, hits } = await serve([{ status: 502, type: 'text/html', body: page }]);
    const failure = await testClient(url)
      .request('GET /repos/{owner}/{repo}/issues', { owner: 'a', repo: 'b' })
      .catch((error: unknown) => error as Error & { status: number });
    expect(failure).toMatchObject({
      status: 502,
      message: 'GitHub answered text/html, not JSON, for GET /repos/a/b/issues',
    });
    expect(hits()).toBeGreaterThan(1);
  });

  it("a JSON error keeps GitHub's own message", async () => {
    const { url } = await serve([{ status: 404, type: JSON_TYPE, body: '{"message": "Not Found"}' }]);
    await expect(testClient(url).request('GET /repos/a/b')).rejects.toMatchObject({
      status: 404,
      message: expect.stringMatching(/^Not Found/),
    });
  });
});
