/**
 * Loopback HTTP front ends for the real Prometheus: one that authenticates as a hosted backend does (a bearer
 * token or Basic auth, and Mimir's tenant header, under a `/prometheus` prefix), and one that answers late.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface FrontEnd {
  /** Its base URL, prefix included. */
  url: string;
  /** Every request it was sent: the headers as received, and the form body. */
  seen: Array<{ headers: IncomingMessage['headers']; body: string }>;
  close(): Promise<void>;
}

export interface Credentials {
  /** `Authorization: Bearer <bearer>`, or Basic with `basic`. */
  bearer?: string;
  basic?: { user: string; password: string };
  /** Required `X-Scope-OrgID`. */
  tenant?: string;
}

/** Forwards `/prometheus/api/v1/…` to `target` when the credentials are right; 401 (as Mimir does) otherwise. */
export function startAuthenticatingProxy(target: string, credentials: Credentials): Promise<FrontEnd> {
  return frontEnd('/prometheus', async (incoming, body, response) => {
    const expected = credentials.bearer
      ? `Bearer ${credentials.bearer}`
      : `Basic ${Buffer.from(`${credentials.basic?.user}:${credentials.basic?.password}`).toString('base64')}`;
    const tenantOk = credentials.tenant === undefined || incoming.headers['x-scope-orgid'] === credentials.tenant;
    if (incoming.headers.authorization !== expected || !tenantOk) {
      response.writeHead(401, { 'content-type': 'text/plain' }).end('authentication required\n');
      return;
    }
    await forward(target, incoming, body, response);
  });
}

/** Forwards to `target` after `delayMs` (a server that has stopped answering, if longer than the test's deadline). */
export function startSlowProxy(target: string, delayMs: number): Promise<FrontEnd> {
  return frontEnd('', async (incoming, body, response) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs).unref());
    if (!response.destroyed) await forward(target, incoming, body, response);
  });
}

/** Answers every query itself with `answer` (a hostile or broken server: an error echoing the request, a redirect). */
export function startScriptedServer(answer: Handler): Promise<FrontEnd> {
  return frontEnd('', answer);
}

export type Handler = (incoming: IncomingMessage, body: string, response: ServerResponse) => Promise<void>;

function frontEnd(prefix: string, handle: Handler): Promise<FrontEnd> {
  const seen: FrontEnd['seen'] = [];
  const server: Server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ headers: incoming.headers, body });
      if (!incoming.url?.startsWith(`${prefix}/api/v1/`)) {
        response.writeHead(404).end('not found\n');
        return;
      }
      incoming.url = incoming.url.slice(prefix.length);
      handle(incoming, body, response).catch(() => response.destroy());
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}${prefix}`,
        seen,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The request as it came, less the credentials the front end took, to `target`. */
function forward(target: string, incoming: IncomingMessage, body: string, response: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    const { authorization: _authorization, 'x-scope-orgid': _tenant, host: _host, ...headers } = incoming.headers;
    const outgoing = request(
      `${target}${incoming.url}`,
      { method: incoming.method, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        answer.on('end', () => resolve());
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
