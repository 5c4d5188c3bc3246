/**
 * One instant query over HTTP (`POST /api/v1/query`, form-encoded: a long query never meets a URL length limit;
 * every Prometheus-compatible server takes it). Whatever goes wrong is the query's answer, never a throw: a bad
 * server fails its key results, not the run.
 */
import { isDeadlineError } from '../github/deadline.js';
import { readAnswer, type QueryAnswer } from './answer.js';
import type { PrometheusServer } from './server.js';
import { errorMessage } from '../model/error-message.js';

export interface InstantQuery {
  /** PromQL, `$window` already replaced. */
  query: string;
  /** The evaluation time. */
  time: Date;
}

export interface QueryTransport {
  /** The fetch to send with (a runner's proxy: `proxiedFetch`); default: the global one. */
  fetch?: typeof fetch;
  /** The run's deadline: a request in flight is aborted, and none is sent after it. */
  signal?: AbortSignal;
}

export async function queryInstant(
  server: PrometheusServer,
  request: InstantQuery,
  transport: QueryTransport,
): Promise<QueryAnswer> {
  const { signal } = transport;
  if (signal?.aborted) return { ok: false, error: timeoutError(signal) };
  const body = new URLSearchParams({ query: request.query, time: String(request.time.getTime() / 1000) });
  try {
    const response = await (transport.fetch ?? fetch)(`${server.url}/api/v1/query`, {
      method: 'POST',
      headers: { ...server.headers, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: body.toString(),
      signal,
      redirect: 'error',
    });
    const text = await readCapped(response, MAX_ANSWER_BYTES);
    if (text === undefined) {
      return {
        ok: false,
        error:
          `the Prometheus server's answer is larger than ${MAX_ANSWER_BYTES / 1e6} MB: ` +
          'a key result needs one number; fix `query`',
      };
    }
    return readAnswer(response.status, text);
  } catch (error) {
    if (signal?.aborted || isDeadlineError(error)) return { ok: false, error: timeoutError(signal) };
    return { ok: false, error: requestError(server, error) };
  }
}

/** An answer is one sample; more than this is a query gone wrong (or a server that never stops sending). */
const MAX_ANSWER_BYTES = 10_000_000;

/** The body as text, or undefined (and the rest left unread) once it passes `limit` bytes. */
async function readCapped(response: Response, limit: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length') ?? 0) > limit) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Why the request failed, blaming what the user can fix: a header, the URL. */
function requestError(server: PrometheusServer, error: unknown): string {
  const why = reason(error);
  // Never followed (the credentials would go along): the user gives the URL it redirects to.
  if (why === 'unexpected redirect') {
    return (
      `the Prometheus server at ${server.url} redirected the query: ` +
      'give `prometheus-url` as the URL it redirects to'
    );
  }
  // undici's own words, `invalid X-Scope-OrgID header`: the header's name, never its value.
  const header = /^invalid (\S+) header$/.exec(cause(error)?.message ?? '')?.[1];
  if (header !== undefined && Object.keys(server.headers).includes(header)) {
    return (
      `the header ${header} could not be sent (its value has a character a header cannot carry): ` +
      'check `prometheus-headers`'
    );
  }
  return `the Prometheus server at ${server.url} could not be reached (${why}): check \`prometheus-url\``;
}

function timeoutError(signal: AbortSignal | undefined): string {
  // The deadline's message names GitHub, whose requests it was written for.
  const cause: unknown = signal?.reason;
  if (cause instanceof Error) return cause.message.replace(/^GitHub/, 'The Prometheus server');
  return 'The Prometheus server did not answer in time: re-run later.';
}

/** The network's reason (refused, unknown host), never the request: its headers carry credentials. */
function reason(error: unknown): string {
  const { code, message } = cause(error) ?? {};
  if (code !== undefined) return code;
  if (message !== undefined) return message;
  return errorMessage(error);
}

/** fetch's `cause`: what the network layer said. */
function cause(error: unknown): { code?: string; message?: string } | undefined {
  const found = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (found === undefined || found === null) return undefined;
  return {
    code: typeof found.code === 'string' ? found.code : undefined,
    message: typeof found.message === 'string' ? found.message : undefined,
  };
}
