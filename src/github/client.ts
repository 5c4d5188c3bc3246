/**
 * The one place an Octokit is built. Rate limits and faults are handled by Octokit's own throttling and retry
 * plugins; this file only configures them, adds a per-request deadline, and keeps a tally for the run's log.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import { RateLimitError, rateLimitReset } from './errors.js';
import { deadlineErrorOf, waitFitsDeadline } from './deadline.js';
import { permanentConnectionFailure, transientFailure } from './connection-errors.js';
import { countRequest, currentSourceCost, type SourceCost } from './budget.js';
import { leanListingFor } from './lean-json.js';
import { describeNonJsonError, parseBody, requestLine } from './response-body.js';

export interface ClientLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface GitHubClientOptions {
  /** Absent for the loopback stand-in in demo mode; never logged. */
  token?: string;
  /** `GITHUB_API_URL`: https://api.github.com, a GitHub Enterprise Server `/api/v3`, or the stand-in. */
  baseUrl: string;
  userAgent?: string;
  log?: ClientLog;
  /** A request with no complete answer by then is aborted and retried like a 5xx. */
  requestTimeoutMs?: number;
  /**
   * The run's deadline, asked before every attempt (so a caller can give delivery a budget of its own after
   * measuring). Once the signal has aborted, requests in flight end and later ones fail unsent, unretried, with
   * its DeadlineError.
   */
  deadline?: () => AbortSignal | undefined;
  /** How many times a 5xx, network error or timeout is retried (GET, PATCH, PUT, DELETE; never POST). */
  retries?: number;
  /** On an exhausted primary rate limit, wait for the reset if it is at most this far away; else fail. */
  onRateLimitWaitMaxSeconds?: number;
  /** How many times a secondary rate limit is waited out for one request before giving up. */
  secondaryRateLimitRetries?: number;
  /**
   * Milliseconds per second of `retry-after`, reset wait, backoff and the spacing of writes and GraphQL queries:
   * 1000 for real, a few in tests.
   */
  delayUnitMs?: number;
  /** What sends a request; default the global fetch (a runner's proxy: proxy.ts). */
  transport?: typeof fetch;
}

interface RateLimitSnapshot {
  limit: number;
  remaining: number;
  reset: Date;
}

export interface ClientStats {
  /** HTTP requests sent, retries included (REST and GraphQL). */
  requests: number;
  /** Of those, how many went to GraphQL (`POST /graphql`), which spends points of its own budget. */
  graphqlRequests: number;
  /** Of all requests, how many repeated an earlier one (after a fault or a rate limit). */
  retries: number;
  /** REST's budget, from the most recent REST response that carried rate-limit headers. */
  rateLimit?: RateLimitSnapshot;
  /** GraphQL's budget (points), likewise. */
  graphqlRateLimit?: RateLimitSnapshot;
}

export type GitHubClient = Octokit & { stats(): ClientStats };

const RetryingOctokit = Octokit.plugin(retry, throttling);

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const {
    token,
    baseUrl,
    userAgent = 'okr-scorecard',
    log = quietLog,
    requestTimeoutMs = 30_000,
    deadline = () => undefined,
    retries = 3,
    onRateLimitWaitMaxSeconds = 300,
    secondaryRateLimitRetries = 5,
    delayUnitMs = 1000,
    transport = fetch,
  } = options;
  const tally = {
    sent: 0,
    graphql: 0,
    asked: 0,
    rateLimit: undefined as RateLimitSnapshot | undefined,
    graphqlRateLimit: undefined as RateLimitSnapshot | undefined,
  };
  const sendWithDeadline = deadlineFetch(transport, requestTimeoutMs, deadline, (headers, url, cost, status) => {
    tally.sent += 1;
    const graphql = headers?.get('x-ratelimit-resource') === 'graphql' || isGraphqlUrl(url);
    countRequest(cost, graphql, status === 304);
    if (graphql) {
      tally.graphql += 1;
      tally.graphqlRateLimit = readRateLimit(headers) ?? tally.graphqlRateLimit;
    } else {
      tally.rateLimit = readRateLimit(headers) ?? tally.rateLimit;
    }
  });

  const octokit = new RetryingOctokit({
    auth: token,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    userAgent,
    // Octokit logs every answer it throws for as an error; a conditional request answered 304 is not one.
    log: { ...log, error: (message) => (/ - 304 with id /.test(message) ? log.debug : log.error)(message) },
    request: {
      fetch: sendWithDeadline,
    },
    retry: {
      retries,
      retryAfterBaseValue: delayUnitMs,
      // 403/429 rate limits belong to the throttling plugin; the other 4xx will not change on a retry.
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
    },
    throttle: {
      retryAfterBaseValue: delayUnitMs,
      ...scaledSpacing(delayUnitMs),
      // A wait that would outlast the run's deadline is not begun: the request fails now, with what to do.
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        const wait = retryCount < secondaryRateLimitRetries && waitFitsDeadline(deadline(), retryAfter * delayUnitMs);
        log.warn(
          `GitHub's secondary rate limit hit on ${request.method} ${request.url}` +
            (wait ? `: waiting ${retryAfter} s.` : ': not waiting again.'),
        );
        return wait;
      },
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        const wait =
          retryAfter <= onRateLimitWaitMaxSeconds &&
          retryCount < 2 &&
          waitFitsDeadline(deadline(), retryAfter * delayUnitMs);
        log.warn(
          `GitHub's API rate limit is exhausted (${request.method} ${request.url}); it resets in ${retryAfter} s` +
            (wait ? ': waiting for it.' : ': too long to wait.'),
        );
        return wait;
      },
    },
  });

  octokit.hook.before('request', (request) => {
    tally.asked += 1;
    // A POST that timed out or got a 5xx may still have created its comment or issue: never send it twice.
    // A GraphQL query is a POST that only reads, and is retried like a GET.
    if (request.method === 'POST' && !isGraphqlQuery(request)) request.request = { ...request.request, retries: 0 };
  });
  octokit.hook.wrap('request', async (request, options) => {
    // Octokit parses JSON with json-with-bigint, which runs a reviver over every value (on Node 20, a regular
    // expression over the whole text first): on 1 MB pages of workflow runs that is 5–15× slower than JSON.parse
    // and most of the job's garbage. GitHub's ids and counts are all below 2^53, so plain JSON.parse is exact.
    if (options.request?.parseSuccessResponseBody === false) return request(options);
    // In place: Octokit's hook chain hands the inner hooks the options object it started with, not a copy.
    // Every attempt (retries too) is counted into the source that asked, captured here, in the caller's context.
    const cost = currentSourceCost();
    const fetch: typeof globalThis.fetch = (input, init) => sendWithDeadline(input, init, cost);
    options.request = { ...options.request, parseSuccessResponseBody: false, fetch };
    const response = await request(options);
    if (response.status === 204 || response.status === 205) return { ...response, data: '' };
    const where = requestLine(options.method, response.url || String(options.url));
    // `mediaType.format` (raw, diff…) turns into the Accept header only later, inside the request.
    const format = (options.mediaType as { format?: string } | undefined)?.format;
    const accept = String(options.headers?.accept ?? 'application/json');
    const wantsJson = (!format || format === 'json') && /json/i.test(accept);
    const lean = options.method === 'GET' ? leanListingFor(response.url) : undefined;
    const data = await parseBody(response.data, response.headers['content-type'], where, wantsJson, lean);
    return { ...response, data };
  });
  octokit.hook.error('request', (error) => {
    const reset = rateLimitReset(error);
    if (reset) throw new RateLimitError(reset, error);
    describeNonJsonError(error);
    throw error;
  });

  return Object.assign(octokit, {
    stats: (): ClientStats => ({
      requests: tally.sent,
      graphqlRequests: tally.graphql,
      retries: Math.max(0, tally.sent - tally.asked),
      ...(tally.rateLimit ? { rateLimit: { ...tally.rateLimit } } : {}),
      ...(tally.graphqlRateLimit ? { graphqlRateLimit: { ...tally.graphqlRateLimit } } : {}),
    }),
  });
}

/**
 * Global fetch with a deadline over the whole exchange, body included: a connection that stalls after the
 * headers must fail (and be retried) too, not hang the job. The body is small (one page), so it is buffered.
 * The run's deadline, when it has passed, ends the request for good instead.
 */
type Attempt = (headers: Headers | undefined, url: string, cost: SourceCost | undefined, status?: number) => void;
type SendWithDeadline = (
  input: Parameters<typeof fetch>[0],
  init: Parameters<typeof fetch>[1],
  cost?: SourceCost,
) => Promise<Response>;

function deadlineFetch(
  transport: typeof fetch,
  timeoutMs: number,
  runDeadline: () => AbortSignal | undefined,
  onAttempt: Attempt,
): SendWithDeadline {
  // What the attempts before a deadline met, so that the deadline's message names the cause it cut short.
  let lastFailure: string | undefined;
  return async (input, init, cost) => {
    const url = input instanceof Request ? input.url : String(input);
    const run = runDeadline();
    if (run?.aborted) throw deadlineErrorOf(run, lastFailure);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([timeout, ...(init?.signal ? [init.signal] : []), ...(run ? [run] : [])]);
    try {
      const response = await transport(input, { ...init, signal });
      if (response.status < 500) lastFailure = undefined;
      else lastFailure = `GitHub answered ${response.status}`;
      const body = [101, 204, 205, 304].includes(response.status) ? null : await response.arrayBuffer();
      onAttempt(response.headers, url, cost, response.status);
      const buffered = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      // Octokit's paginator reads the page URL from the response.
      Object.defineProperty(buffered, 'url', { value: response.url });
      return buffered;
    } catch (error) {
      onAttempt(undefined, url, cost);
      if (run?.aborted) throw deadlineErrorOf(run, lastFailure);
      // Octokit turns the rest into a 500 RequestError, which the retry plugin retries.
      if (timeout.aborted) {
        lastFailure = `no answer within ${timeoutMs / 1000} s`;
        throw new Error(`GitHub did not answer within ${timeoutMs / 1000} s`);
      }
      const permanent = permanentConnectionFailure(error, url);
      if (permanent) throw permanent;
      lastFailure = transientFailure(error);
      throw error;
    }
  };
}

/**
 * The throttling plugin spaces writes and GraphQL queries 1 s apart (GitHub's advice for writes), searches 2 s and
 * writes that notify 3 s, in limiters every client of the process shares. At another delay unit (a few ms in tests)
 * the client gets limiters of its own with those spacings scaled, as its retries and rate-limit waits are.
 */
function scaledSpacing(delayUnitMs: number) {
  if (delayUnitMs === 1000) return {};
  const spaced = (seconds: number) => new Bottleneck.Group({ maxConcurrent: 1, minTime: seconds * delayUnitMs });
  return { write: spaced(1), search: spaced(2), notifications: spaced(3) };
}

function isGraphqlQuery(request: { url?: string; query?: unknown }): boolean {
  const query = request.query;
  return (
    isGraphqlUrl(String(request.url ?? '')) &&
    typeof query === 'string' &&
    !/^\s*(?:mutation|subscription)\b/.test(query)
  );
}

/** GitHub's GraphQL endpoint: `/graphql`, or an Enterprise Server's `/api/graphql`. */
function isGraphqlUrl(url: string): boolean {
  return /\/graphql(?:\?|$)/.test(url);
}

function readRateLimit(headers: Headers | undefined): RateLimitSnapshot | undefined {
  const limit = Number(headers?.get('x-ratelimit-limit') ?? NaN);
  const remaining = Number(headers?.get('x-ratelimit-remaining') ?? NaN);
  const reset = Number(headers?.get('x-ratelimit-reset') ?? NaN);
  if (![limit, remaining, reset].every(Number.isFinite)) return undefined;
  return { limit, remaining, reset: new Date(reset * 1000) };
}

const quietLog: ClientLog = {
  debug: () => {},
  info: () => {},
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};
