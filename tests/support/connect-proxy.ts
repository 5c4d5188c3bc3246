/**
 * A corporate proxy on loopback, as a self-hosted runner meets one: it answers `CONNECT host:port` (the tunnel an
 * HTTP client opens through a proxy) by connecting to `routes[host]`, and refuses every other host, so a host only
 * the proxy can reach proves the request went through it. It records each tunnel's target and the credentials sent.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

interface Tunnel {
  target: string;
  /** The `Proxy-Authorization` header, decoded from Basic (`user:password`), if one came. */
  credentials?: string;
}

export interface ConnectProxy {
  url: string;
  tunnels: Tunnel[];
  close(): Promise<void>;
}

export async function startConnectProxy(routes: Record<string, { host: string; port: number }>): Promise<ConnectProxy> {
  const tunnels: Tunnel[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((_request, response) => {
    // Only tunnels: a client sending plain requests to the proxy is not what we model.
    response.writeHead(405).end();
  });
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const target = request.url ?? '';
    const auth = request.headers['proxy-authorization'];
    const credentials = auth?.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString() : undefined;
    tunnels.push({ target, ...(credentials === undefined ? {} : { credentials }) });
    const route = routes[target.replace(/:\d+$/, '')];
    if (!route) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(route.port, route.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
