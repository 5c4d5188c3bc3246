/**
 * Where the `prometheus` key results are read from (SPEC §12): the run's `prometheus-url` and
 * `prometheus-headers`, never the OKR file's (a pull request must not send the credentials elsewhere). Parsed once
 * by the action or the CLI; the server keeps its credentials to itself and lists them as `secrets`, for the log's
 * mask and the reports' redaction.
 */

export interface PrometheusServer {
  /** The base under which `/api/v1/query` lives, without credentials or a trailing slash: safe to print. */
  url: string;
  /** Sent with every request: the `prometheus-headers`, and Basic auth from the URL's credentials. */
  headers: Record<string, string>;
  /** Every credential in every form it may appear in: header values, the URL's credentials, that URL as given. */
  secrets: string[];
}

export type ServerSetting = { ok: true; server: PrometheusServer | undefined } | { ok: false; error: string };

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What an HTTP header value may carry (RFC 9110 field-vchar, spaces and tabs; fetch sends Latin-1 only). */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/**
 * `url` and `headers` as the input or environment give them (empty: none). `names` says what each is called
 * where it was given (`input "prometheus-url"`, `PROMETHEUS_URL`), for the error. An error never echoes a value:
 * it may be a credential.
 */
export function prometheusServer(url: string, headers: string, names: { url: string; headers: string }): ServerSetting {
  const text = url.trim();
  const parsedHeaders = parseHeaders(headers, names.headers);
  if (!parsedHeaders.ok) return parsedHeaders;
  if (text === '') {
    if (Object.keys(parsedHeaders.headers).length > 0) {
      return { ok: false, error: `${names.headers} is set but ${names.url} is not: give the server's URL too` };
    }
    return { ok: true, server: undefined };
  }
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, error: `${names.url}: expected an http(s) URL like https://prometheus.example.com` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { ok: false, error: `${names.url}: expected an http(s) URL like https://prometheus.example.com` };
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    return { ok: false, error: `${names.url}: give the base URL only, without a query or a fragment` };
  }
  const user = decodedCredential(parsed.username);
  const password = decodedCredential(parsed.password);
  if (user === undefined || password === undefined) {
    const part = user === undefined ? 'user name' : 'password';
    return { ok: false, error: `${names.url}: the ${part} has a malformed %-escape: write each % in it as %25` };
  }
  // A header's credential alone too (`Bearer abc` → `abc`): it may show without its scheme.
  const values = Object.values(parsedHeaders.headers);
  const secrets = [...values, ...values.map((value) => value.split(/\s+/).pop() ?? value)];
  const sent = { ...parsedHeaders.headers };
  if (user !== '' || password !== '') {
    const basic = Buffer.from(`${user}:${password}`, 'utf8').toString('base64');
    // A header the user wrote wins over the URL's credentials.
    if (!hasHeader(sent, 'authorization')) sent.Authorization = `Basic ${basic}`;
    // The URL as given carries them too; without credentials it is no secret (errors name the server by it).
    secrets.push(basic, `${user}:${password}`, text);
    if (password !== '') secrets.push(password, parsed.password);
  }
  parsed.username = '';
  parsed.password = '';
  return {
    ok: true,
    server: { url: parsed.toString().replace(/\/+$/, ''), headers: sent, secrets: [...new Set(secrets)] },
  };
}

type ParsedHeaders = { ok: true; headers: Record<string, string> } | { ok: false; error: string };

/** One `Name: value` per line; blank lines and `#` comments are skipped. */
function parseHeaders(text: string, name: string): ParsedHeaders {
  const headers: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const header = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (!HEADER_NAME.test(header) || value === '') {
      return {
        ok: false,
        error: `${name}, line ${index + 1}: expected a header as \`Name: value\` (e.g. \`Authorization: Bearer …\`)`,
      };
    }
    if (!HEADER_VALUE.test(value)) {
      return {
        ok: false,
        error: `${name}, line ${index + 1}: the header ${header}'s value has a control character or one beyond Latin-1`,
      };
    }
    if (hasHeader(headers, header)) {
      return { ok: false, error: `${name}, line ${index + 1}: the header ${header} is given twice` };
    }
    headers[header] = value;
  }
  return { ok: true, headers };
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name.toLowerCase());
}

/** A URL's user name or password as written, `%40` → `@`; undefined when a `%` starts no valid escape. */
function decodedCredential(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}
