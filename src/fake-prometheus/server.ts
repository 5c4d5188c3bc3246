/**
 * A loopback stand-in for Prometheus's query API, for `okr-scorecard --demo` (offline: no server of the user's).
 * It evaluates no PromQL: it knows a few queries by heart, each written with `$window`, and answers
 * `POST|GET /api/v1/query` for them at any time and window from a function of both, in Prometheus's own JSON.
 * Any other query gets the `status: error` answer Prometheus gives, saying that this is the stand-in.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** A known query's value at `time` (Unix seconds) over a window of `windowSeconds` (0: the query has none). */
export type KnownQuery = (time: number, windowSeconds: number) => number | null;

export interface FakePrometheus {
  url: string;
  /** How many queries it answered. */
  readonly requests: number;
  close(): Promise<void>;
}

export async function startFakePrometheus(known: Readonly<Record<string, KnownQuery>>): Promise<FakePrometheus> {
  const patterns = Object.entries(known).map(([query, value]) => ({ pattern: patternOf(query), value }));
  let requests = 0;
  const server = createServer((request, response) => {
    if (new URL(request.url ?? '/', 'http://stand-in').pathname !== '/api/v1/query') {
      respond(response, { status: 404, body: '404 page not found' });
      return;
    }
    readParams(request).then(
      (params) => {
        requests++;
        respond(response, answer(params, patterns));
      },
      () => respond(response, { status: 400, body: apiError('bad_data', 'unreadable request') }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The query as a pattern: literal text, each `$window` a PromQL duration in seconds. */
function patternOf(query: string): RegExp {
  const literal = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${literal.replaceAll('\\$window', '(\\d+)s')}$`);
}

type Answer = { status: number; body: unknown };

function answer(params: URLSearchParams, patterns: Array<{ pattern: RegExp; value: KnownQuery }>): Answer {
  const query = params.get('query') ?? '';
  const time = Number(params.get('time') ?? Date.now() / 1000);
  if (!Number.isFinite(time)) {
    return { status: 400, body: apiError('bad_data', 'invalid parameter "time"') };
  }
  for (const { pattern, value } of patterns) {
    const match = pattern.exec(query.trim());
    if (!match) continue;
    const result = value(time, match[1] === undefined ? 0 : Number(match[1]));
    const data = {
      resultType: 'vector',
      result: result === null ? [] : [{ metric: {}, value: [time, String(result)] }],
    };
    return { status: 200, body: { status: 'success', data } };
  }
  return {
    status: 400,
    body: apiError('bad_data', "this is the demo's Prometheus stand-in: it answers only the demo's own queries"),
  };
}

const apiError = (errorType: string, error: string) => ({ status: 'error', errorType, error });

function respond(response: ServerResponse, { status, body }: Answer): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** The query's parameters, from the URL (GET) or the form body (POST), as Prometheus takes both. */
async function readParams(request: IncomingMessage): Promise<URLSearchParams> {
  const url = new URL(request.url ?? '/', 'http://stand-in');
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  for (const [key, value] of url.searchParams) if (!form.has(key)) form.set(key, value);
  return form;
}
