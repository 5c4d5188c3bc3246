/**
 * The Prometheus side of the fetch stage: the plan's instant queries (each key result's, at each instant it
 * needs), asked a few at a time within the run's deadline. Each answer is its own: one that fails fails only the
 * key results that asked it.
 */
import { mapConcurrent } from '../github/concurrency.js';
import type { QueryAnswer } from './answer.js';
import { queryInstant, type InstantQuery, type QueryTransport } from './query.js';
import type { PrometheusServer } from './server.js';

/** Queries in flight at once: enough for a quarter's checkpoints, few enough for any server's query limits. */
const PROMETHEUS_CONCURRENCY = 4;

export interface PrometheusAnswers {
  /** By the plan's query key (`queryKey`). */
  answers: Map<string, QueryAnswer>;
  /** Requests sent, for the run's cost report. */
  requests: number;
}

/** The key one instant query is planned and answered under: the same query at the same time is asked once. */
export function queryKey(request: InstantQuery): string {
  return `${request.time.toISOString()} ${request.query}`;
}

/** Asks every planned query; without a server, each gets an error naming the input to set. */
export async function askPrometheus(
  server: PrometheusServer | undefined,
  queries: ReadonlyMap<string, InstantQuery>,
  transport: QueryTransport & { concurrency?: number },
): Promise<PrometheusAnswers> {
  const answers = new Map<string, QueryAnswer>();
  if (!server) {
    const error = 'no Prometheus server is set: give its URL in the `prometheus-url` input (CLI --prometheus-url)';
    for (const key of queries.keys()) answers.set(key, { ok: false, error });
    return { answers, requests: 0 };
  }
  let requests = 0;
  const entries = [...queries];
  await mapConcurrent(entries, transport.concurrency ?? PROMETHEUS_CONCURRENCY, async ([key, request]) => {
    if (!transport.signal?.aborted) requests++;
    answers.set(key, await queryInstant(server, request, transport));
  });
  return { answers, requests };
}
