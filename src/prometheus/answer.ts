/**
 * What one instant query answered (SPEC §12), read from the body of Prometheus's HTTP API: a number, no data, or
 * an error that says what to do. Pure: `query.ts` does the request. Any server that answers the API (Thanos,
 * Mimir, VictoriaMetrics, …) answers in this shape.
 */

export type QueryAnswer = { ok: true; value: number | null } | { ok: false; error: string };

interface ApiBody {
  status?: unknown;
  errorType?: unknown;
  error?: unknown;
  data?: { resultType?: unknown; result?: unknown };
}

/** How many series an error about several names before it stops (the rest are counted). */
const SERIES_SHOWN = 3;

/** The answer in a response body that Prometheus sent with HTTP `status`. */
export function readAnswer(status: number, body: string): QueryAnswer {
  const json = parseJson(body);
  if (json?.status === 'error') {
    const type = typeof json.errorType === 'string' ? json.errorType : 'error';
    const message = typeof json.error === 'string' ? json.error : 'no message';
    return { ok: false, error: `Prometheus refused the query (${type}: ${message}); fix \`query\`.` };
  }
  if (status < 200 || status > 299) return { ok: false, error: httpError(status) };
  if (json?.status !== 'success' || json.data === undefined) {
    return {
      ok: false,
      error: 'the server did not answer as a Prometheus API does: check `prometheus-url` (the base of /api/v1/query)',
    };
  }
  return resultValue(json.data.resultType, json.data.result);
}

function parseJson(body: string): ApiBody | undefined {
  try {
    const json: unknown = JSON.parse(body);
    return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as ApiBody) : undefined;
  } catch {
    return undefined;
  }
}

function httpError(status: number): string {
  if (status === 401 || status === 403) {
    const check = 'check `prometheus-headers` and `prometheus-url`';
    return `the Prometheus server refused the credentials (HTTP ${status}): ${check}`;
  }
  if (status === 404) {
    return (
      'the Prometheus server has no /api/v1/query there (HTTP 404): ' +
      "check `prometheus-url` (e.g. Mimir's ends in /prometheus)"
    );
  }
  if (status === 429 || status >= 500) {
    return `the Prometheus server failed (HTTP ${status}): re-run later`;
  }
  return `the Prometheus server answered HTTP ${status}: check \`prometheus-url\` and \`prometheus-headers\``;
}

function resultValue(type: unknown, result: unknown): QueryAnswer {
  if (type === 'scalar') return sampleValue(result);
  if (type === 'vector' && Array.isArray(result)) {
    if (result.length === 0) return { ok: true, value: null };
    if (result.length === 1) return sampleValue((result[0] as { value?: unknown } | null)?.value);
    return { ok: false, error: severalSeries(result) };
  }
  if (type === 'matrix') {
    return {
      ok: false,
      error: 'the query returns a range vector: wrap it in a function such as `rate(…)` or `max_over_time(…)`',
    };
  }
  return { ok: false, error: `the query returns a ${String(type)}, not a number: a key result needs a number` };
}

/** `[<unix time>, "<value>"]`; `NaN` (say, 0/0 in a ratio with no traffic) is no data. */
function sampleValue(sample: unknown): QueryAnswer {
  const raw = Array.isArray(sample) ? sample[1] : undefined;
  if (typeof raw !== 'string') return { ok: false, error: 'the Prometheus server sent a sample that is not a number' };
  if (raw === 'NaN') return { ok: true, value: null };
  // Go writes infinities `+Inf` and `-Inf`, which Number() does not read.
  const value = /^[+-]?Inf$/.test(raw) ? (raw.startsWith('-') ? -Infinity : Infinity) : Number(raw);
  if (Number.isNaN(value)) return { ok: false, error: 'the Prometheus server sent a sample that is not a number' };
  if (!Number.isFinite(value)) {
    return { ok: false, error: `the query's value is ${raw}: a division by zero? Guard it (e.g. \`… > 0\`)` };
  }
  return { ok: true, value };
}

function severalSeries(result: unknown[]): string {
  const shown = result.slice(0, SERIES_SHOWN).map((series) => labelsOf((series as { metric?: unknown })?.metric));
  const more = result.length > SERIES_SHOWN ? ` and ${result.length - SERIES_SHOWN} more` : '';
  return (
    `the query returns ${result.length} series (${shown.join(', ')}${more}), a key result needs one: ` +
    'aggregate them, e.g. `max(…)` or `sum(…)`'
  );
}

function labelsOf(metric: unknown): string {
  if (metric === null || typeof metric !== 'object') return '{}';
  const pairs = Object.entries(metric as Record<string, unknown>).map(([k, v]) => `${k}="${String(v)}"`);
  return `{${pairs.join(', ')}}`;
}
