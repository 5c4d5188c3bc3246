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
    return readAnswer(response.status, await response.text());
  } catch (error) {
    if (signal?.aborted || isDeadlineError(error)) return { ok: false, error: timeoutError(signal) };
    return {
      ok: false,
      error: `the Prometheus server at ${server.url} could not be reached (${reason(error)}): check \`prometheus-url\``,
    };
  }
}

function timeoutError(signal: AbortSignal | undefined): string {
  // The deadline's message names GitHub, whose requests it was written for.
  const cause: unknown = signal?.reason;
  if (cause instanceof Error) return cause.message.replace(/^GitHub/, 'The Prometheus server');
  return 'The Prometheus server did not answer in time: re-run later.';
}

/** The network's reason (refused, unknown host), never the request: its headers carry credentials. */
function reason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return errorMessage(error);
}
