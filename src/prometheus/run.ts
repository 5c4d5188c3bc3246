/**
 * A run's Prometheus reads: the plan's queries, less those of key results the pull_request_target guard refuses
 * (trusted.ts), asked within the run's deadline (source.ts). What the engine passes in is all it uses.
 */
import type { QueryAnswer } from './answer.js';
import type { InstantQuery, QueryTransport } from './query.js';
import type { PrometheusServer } from './server.js';
import { askPrometheus } from './source.js';
import { UNTRUSTED_QUERY } from './trusted.js';

/** The run's Prometheus settings, as the action or the CLI read them. */
export interface PrometheusSettings extends QueryTransport {
  /** undefined: no `prometheus-url` (its key results say so). */
  server: PrometheusServer | undefined;
  /** On pull_request_target: the OKR file is the pull request's, so only the base commit's queries run. */
  baseQueriesOnly?: boolean;
}

export interface QueriedKeyResult {
  /** `objectiveId/keyResultId`. */
  key: string;
  /** Its queries' keys in the plan. */
  queries: readonly string[];
}

export interface RunAnswers {
  /** By query key; a key result's own refusal comes first (`refused`). */
  answers: Map<string, QueryAnswer>;
  /** Key results not asked at all, with why. */
  refused: Map<string, string>;
  requests: number;
}

export async function answerPlannedQueries(
  queries: ReadonlyMap<string, InstantQuery>,
  keyResults: readonly QueriedKeyResult[],
  untrusted: ReadonlySet<string>,
  settings: PrometheusSettings,
): Promise<RunAnswers> {
  const refused = new Map<string, string>();
  const asked = new Map<string, InstantQuery>();
  for (const kr of keyResults) {
    if (untrusted.has(kr.key)) {
      refused.set(kr.key, UNTRUSTED_QUERY);
      continue;
    }
    for (const key of kr.queries) asked.set(key, queries.get(key)!);
  }
  const { answers, requests } = await askPrometheus(settings.server, asked, settings);
  return { answers, refused, requests };
}
