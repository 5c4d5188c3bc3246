/**
 * A request that never reached GitHub, in words that name the cause. A name that does not resolve, a proxy or
 * server that refuses the connection, a certificate that does not verify, a malformed URL: retrying changes none
 * of them, so they fail at once, saying what to check, rather than after retries as "GitHub is unavailable".
 * A reset or a timeout may pass, and is retried as before.
 */

/**
 * Named `AbortError` for the reason DeadlineError is (deadline.ts): Octokit rethrows it as it is, and the retry
 * plugin does not retry it.
 */
export class ConnectionError extends Error {
  override name = 'AbortError';
  readonly connection = true;
}

export function isConnectionError(error: unknown): error is ConnectionError {
  return error instanceof ConnectionError || (error as { connection?: unknown } | null)?.connection === true;
}

const TLS_CODES = /^(?:CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_|ERR_SSL_)/;
const CA_HINT =
  'for a GitHub Enterprise Server with its own certificate authority, give Node its certificate with ' +
  'NODE_EXTRA_CA_CERTS=/path/to/ca.pem';

interface Cause {
  code?: string;
  message?: string;
  hostname?: string;
  address?: string;
  port?: number;
}

/** The innermost error with a `code` (fetch wraps the socket's error in a TypeError, undici sometimes twice). */
function causeOf(error: unknown): Cause | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_CONNECT') return current as Cause;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * What went wrong sending a request to `url`, when retrying cannot help; undefined for a failure that may pass
 * (a reset connection, a timeout) or that is not a network failure at all.
 */
export function permanentConnectionFailure(error: unknown, url: string): ConnectionError | undefined {
  const host = hostOf(url);
  // fetch refuses a port browsers block (1, 25, 6000…) before connecting, with no code.
  if ((error as { cause?: { message?: unknown } } | null)?.cause?.message === 'bad port') {
    return new ConnectionError(
      `the port of ${host} is one fetch refuses to connect to (bad port): ` +
        'check the API URL (--api-url, GITHUB_API_URL)',
    );
  }
  const cause = causeOf(error);
  const code = cause?.code;
  if (code === undefined) return undefined;
  const detail = `${code}${cause?.message && !cause.message.startsWith(code) ? `: ${oneLine(cause.message)}` : ''}`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_FAIL') {
    return new ConnectionError(
      `the name ${cause?.hostname ?? host} does not resolve (DNS: ${code}): check the API URL ` +
        "(--api-url, GITHUB_API_URL), the proxy variables (HTTPS_PROXY) and this machine's DNS and network",
    );
  }
  if (code === 'ECONNREFUSED') {
    const where = cause?.address ? `${cause.address}${cause.port ? `:${cause.port}` : ''}` : host;
    return new ConnectionError(
      `the connection to ${where} was refused (ECONNREFUSED): nothing listens there; check the API URL ` +
        '(--api-url, GITHUB_API_URL) and, behind a proxy, HTTPS_PROXY and NO_PROXY',
    );
  }
  if (TLS_CODES.test(code)) {
    return new ConnectionError(`the TLS certificate of ${host} could not be verified (${detail}): ${CA_HINT}`);
  }
  if (code === 'ERR_INVALID_URL' || code === 'UND_ERR_INVALID_ARG' || code === 'ERR_INVALID_ARG_VALUE') {
    return new ConnectionError(
      `the request could not be sent (${detail}): check the API URL (--api-url, GITHUB_API_URL) and the proxy ` +
        'variables (HTTPS_PROXY, HTTP_PROXY)',
    );
  }
  return undefined;
}

/** A failure that may pass, in a few words (for a deadline that cuts the retries short). */
export function transientFailure(error: unknown): string {
  const cause = causeOf(error);
  if (cause?.code) return `${cause.code}${cause.message ? `: ${oneLine(cause.message)}` : ''}`;
  return oneLine(error instanceof Error ? error.message : String(error));
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
