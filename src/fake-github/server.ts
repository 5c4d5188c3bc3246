/**
 * The loopback GitHub stand-in: a plain `node:http` server on 127.0.0.1 (random port) that serves a FakeHistory
 * through the REST routes the scorecard uses, with GitHub's pagination, ordering, caps, rate-limit headers,
 * permission errors and, on request, its faults. The CLI's `--demo` and the tests point the real client at it.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultInjector } from './faults.js';
import type { Site } from './objects/site.js';
import type { FakeGitHub, FakeGitHubOptions, RequestLogEntry, TokenIdentity } from './options.js';
import { RateLimits } from './rate-limit.js';
import { actionsRoutes } from './routes/actions.js';
import { deploymentRoutes } from './routes/deployments.js';
import { commitRoutes } from './routes/commits.js';
import { issueRoutes } from './routes/issues.js';
import { metaRoutes } from './routes/meta.js';
import { pullRoutes } from './routes/pulls.js';
import { answerGraphql, isGraphqlPath } from './routes/graphql.js';
import { githubSchema } from './graphql/schema.js';
import { DOCS, type Reply, type Route } from './routes/route.js';
import { buildWorld, repositoryKey } from './world.js';
import { errorMessage } from '../model/error-message.js';

const ROUTES: Route[] = [
  ...actionsRoutes,
  ...deploymentRoutes,
  ...commitRoutes,
  ...issueRoutes,
  ...pullRoutes,
  ...metaRoutes,
];
/** GitHub Enterprise Server serves the REST API under this prefix; accepting it lets GHES-style URLs work. */
const ENTERPRISE_PREFIX = '/api/v3';
const DEFAULT_IDENTITY: TokenIdentity = { login: 'github-actions[bot]', permissions: 'write' };
const MAX_BODY_BYTES = 2 * 1024 * 1024;

const SECONDARY_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.';

function tokenOf(request: IncomingMessage): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  return match?.[1] ?? null;
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function message(status: number, text: string, docs = DOCS): Reply {
  return { status, body: { message: text, documentation_url: docs, status: String(status) } };
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const now = options.now ?? (() => new Date());
  const { state, views } = buildWorld(options.history);
  const faults = new FaultInjector(options.faults ?? {}, options.seed ?? 1);
  const limits = new RateLimits(now, options.faults?.primaryLimit);
  // GitHub's GraphQL budget: 1,000 points an hour for a GITHUB_TOKEN, 5,000 for a user token.
  const graphqlLimits = new RateLimits(now, options.faults?.graphqlLimit, (key) => {
    const identity = identify(key);
    return identity !== null && identity !== 'bad' && identity.login === DEFAULT_IDENTITY.login ? 1000 : 5000;
  });
  const requests: RequestLogEntry[] = [];
  let origin = '';
  let requestSerial = 0;

  function identify(token: string | null): TokenIdentity | null | 'bad' {
    if (token === null) return null;
    if (!options.tokens) return DEFAULT_IDENTITY;
    return options.tokens[token] ?? 'bad';
  }

  /** Whose primary rate limit a request spends: its token's, or the shared anonymous one. */
  function rateLimitKey(request: IncomingMessage): string | null {
    const token = tokenOf(request);
    const identity = identify(token);
    return identity === null || identity === 'bad' ? null : token;
  }

  async function answer(
    request: IncomingMessage,
    rawUrl: string,
    method: string,
    serial: number,
  ): Promise<Reply | 'hang'> {
    options.beforeAnswer?.({ method, path: rawUrl, serial }, { history: options.history, state });
    const verdict = faults.decide(method, rawUrl);
    if (verdict.kind === 'hang') return 'hang';
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    await faults.meet(method, rawUrl);

    // Links name the host the client asked for, as GitHub's name api.github.com (through a proxy's tunnel too).
    const host = request.headers.host;
    const base = host && /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(host) ? `http://${host}` : origin;
    const url = new URL(rawUrl, base);
    const prefixed = url.pathname === ENTERPRISE_PREFIX || url.pathname.startsWith(`${ENTERPRISE_PREFIX}/`);
    const path = (prefixed ? url.pathname.slice(ENTERPRISE_PREFIX.length) : url.pathname).replace(/\/+$/, '') || '/';
    const site: Site = { api: prefixed ? `${base}${ENTERPRISE_PREFIX}` : base, web: base };

    const identity = identify(tokenOf(request));
    if (identity === 'bad') return message(401, 'Bad credentials');
    const limitKey = rateLimitKey(request);
    const graphql = method === 'POST' && isGraphqlPath(url.pathname);
    // GitHub does not count `GET /rate_limit` against the limit it reports; GraphQL spends points of its own.
    if (path !== '/rate_limit' && !graphql && !limits.take(limitKey)) {
      return message(
        403,
        `API rate limit exceeded for ${identity?.login ?? 'this IP'}.`,
        `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api`,
      );
    }
    if (verdict.kind === 'secondary-limit') {
      const reply = message(
        403,
        SECONDARY_LIMIT_MESSAGE,
        `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
      );
      return { ...reply, headers: { 'retry-after': '1' } };
    }
    if (verdict.kind === 'server-error')
      return message(verdict.status, verdict.status === 502 ? 'Server Error' : 'Service Unavailable');

    if (graphql) {
      const text = await readBody(request);
      let body: unknown = null;
      try {
        body = text === null || text === '' ? null : JSON.parse(text);
      } catch {
        return message(400, 'Problems parsing JSON', 'https://docs.github.com/graphql');
      }
      const outage = options.faults?.graphqlOutage;
      const schema = options.graphqlSchema ?? githubSchema;
      return answerGraphql({
        site,
        identity,
        limitKey,
        body,
        repositories: views,
        limits: graphqlLimits,
        outage,
        schema,
      });
    }

    // GitHub answers an unknown route, or a known path with a method it does not serve, 404.
    const route = ROUTES.find((r) => r.method === method && r.pattern.test(path));
    if (!route) return message(404, 'Not Found');
    if (route.write) {
      if (identity === null) return message(401, 'Requires authentication', route.docs);
      if (identity.permissions !== 'write') return message(403, 'Resource not accessible by integration', route.docs);
    }

    let body: unknown;
    if (method !== 'GET') {
      const text = await readBody(request);
      if (text === null) return message(413, 'Request body too large', route.docs);
      try {
        body = text === '' ? {} : JSON.parse(text);
      } catch {
        return message(400, 'Problems parsing JSON', route.docs);
      }
    }

    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)/.exec(path);
    const repository = repoMatch ? views.get(repositoryKey(repoMatch[1] ?? '', repoMatch[2] ?? '')) : undefined;
    if (repoMatch && !repository) return message(404, 'Not Found', route.docs);

    const reply = route.handle({
      site,
      params: { ...route.pattern.exec(path)?.groups },
      query: url.searchParams,
      body,
      identity,
      now,
      pageUrl: (page) => {
        const query = new URLSearchParams(url.searchParams);
        query.set('page', String(page));
        return `${base}${url.pathname}?${query.toString()}`;
      },
      repository,
      newCommentId: () => state.nextCommentId++,
      rateLimit: limits.snapshot(limitKey),
    });
    // A write GitHub applied but whose answer was lost: the client must look before re-sending.
    if (route.write && reply.status < 300 && faults.appliesThenFails(method, path)) return message(502, 'Server Error');
    return method === 'GET' && reply.status === 200 ? conditional(request, reply, limitKey, base) : reply;
  }

  /**
   * GitHub's conditional requests: every 200 to a GET carries an ETag of its body (as seen by that token); a
   * request whose `If-None-Match` names the current one gets 304 with no body, and "does not count against your
   * primary rate limit" (docs: "Use conditional requests if appropriate").
   */
  function conditional(request: IncomingMessage, reply: Reply, limitKey: string | null, base: string): Reply {
    // Of the content, not of the host the client asked by (GitHub's is always the same; a stand-in's port is not).
    const text = JSON.stringify(reply.body);
    const content = text.replaceAll(new URL(base).host, '');
    const digest = createHash('sha256').update(`${limitKey ?? ''}\n${content}`);
    const etag = `W/"${digest.digest('hex').slice(0, 40)}"`;
    const asked = request.headers['if-none-match'];
    const matches = typeof asked === 'string' && asked.split(',').some((tag) => tag.trim() === etag);
    if (!matches) return { ...reply, headers: { ...reply.headers, etag }, text };
    limits.refund(limitKey);
    return { status: 304, body: null, headers: { etag } };
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? 'GET';
    const rawUrl = request.url ?? '/';
    const entry: RequestLogEntry = { method, path: rawUrl, status: 0, time: now() };
    requests.push(entry);
    const serial = ++requestSerial;
    answer(request, rawUrl, method, serial)
      .catch((error: unknown) => message(500, `Stand-in error: ${errorMessage(error)}`))
      .then((reply) => {
        if (reply === 'hang') return;
        const rate = limits.snapshot(rateLimitKey(request));
        entry.status = reply.status;
        // 204 No Content (a DELETE) and 304 Not Modified have no body at all.
        const empty = reply.status === 204 || reply.status === 304;
        const payload = empty ? Buffer.alloc(0) : Buffer.from(reply.text ?? JSON.stringify(reply.body), 'utf8');
        response.writeHead(reply.status, {
          // The stand-in's clock, which a test may have set anywhere in time.
          date: now().toUTCString(),
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(payload.length),
          'x-github-media-type': 'github.v3; format=json',
          'x-github-api-version-selected': '2022-11-28',
          'x-github-request-id': `0000:${serial.toString(16).padStart(4, '0')}`,
          'x-ratelimit-limit': String(rate.limit),
          'x-ratelimit-remaining': String(rate.remaining),
          'x-ratelimit-used': String(rate.used),
          'x-ratelimit-reset': String(rate.reset),
          'x-ratelimit-resource': 'core',
          ...reply.headers,
        });
        response.end(payload);
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    requests,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        // Hung requests hold their sockets open; drop them so close() cannot wait forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
