/**
 * A self-hosted runner behind a proxy: the runner hands its `https_proxy`, `http_proxy` and `no_proxy` to every
 * job (docs: "Using a proxy server with self-hosted runners"), and the actions toolkit's HTTP client honours
 * them; Node's own fetch does not. This asks `@actions/http-client` which proxy, if any, a URL goes through (its
 * rules: `no_proxy` hosts and loopback addresses go direct; credentials in the proxy URL become Basic auth) and
 * sends through undici's ProxyAgent when there is one, as `@actions/github`'s `getOctokitOptions` does. Read when
 * the client is built, never at import time.
 */
import { HttpClient } from '@actions/http-client';
import { fetch as undiciFetch, type Dispatcher } from 'undici';

/** The fetch requests to `apiUrl` go through: undefined when they go direct (the global fetch). */
export function proxiedFetch(apiUrl: string): typeof fetch | undefined {
  const dispatcher = proxyDispatcher(apiUrl);
  if (!dispatcher) return undefined;
  // undici's fetch with its own agent: Node's global fetch may bundle another undici, whose agents differ.
  return ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) =>
    undiciFetch(input as never, { ...(init as object), dispatcher } as never)) as unknown as typeof fetch;
}

function proxyDispatcher(apiUrl: string): Dispatcher | undefined {
  try {
    return new HttpClient('okr-scorecard').getAgentDispatcher(apiUrl);
  } catch {
    // An API URL that is not a URL is reported where it is used, with its own message.
    return undefined;
  }
}
