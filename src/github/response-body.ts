/**
 * Reading GitHub's answers: a success body as Octokit would read it, but strict about JSON (a body that does not
 * parse, or is not JSON at all, is an error that says so), and error bodies that are not JSON described, not quoted.
 */
import { parseLean, type LeanListing } from './lean-json.js';

/**
 * What Octokit's own parser gives for a success body (JSON parsed, text as text, bytes as bytes), except that a
 * JSON body that does not parse is an error: Octokit would hand back the text (or `''`), which a paginator reads
 * as an empty page, and a metric would quietly measure zero. So is a body that is not JSON at all when JSON was
 * asked for: an HTML page answered 200 (a proxy's login page, a GITHUB_API_URL without `/api/v3`).
 */
export async function parseBody(
  body: unknown,
  contentType: string | undefined,
  where: string,
  wantsJson: boolean,
  lean?: LeanListing,
): Promise<unknown> {
  if (body === null || typeof (body as ReadableStream | undefined)?.getReader !== 'function') return body ?? '';
  const response = new Response(body as ReadableStream);
  if (isJson(contentType)) {
    const text = await response.text();
    try {
      return lean ? parseLean(text, lean) : (JSON.parse(text) as unknown);
    } catch {
      throw new Error(`GitHub sent an unreadable JSON body for ${where} (${text.length} characters): re-run later`);
    }
  }
  if (wantsJson) {
    await response.body?.cancel();
    throw new Error(
      `${notJson(contentType, where)}: check GITHUB_API_URL (on GitHub Enterprise Server, it ends in /api/v3)`,
    );
  }
  if (contentType === undefined) return response.text();
  if (/^text\/|charset=utf-8/i.test(contentType) && !/^application\/octet-stream/i.test(contentType))
    return response.text();
  return response.arrayBuffer();
}

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/(?:scim\+)?json\b/i.test(contentType);
}

function notJson(contentType: string | undefined, where: string): string {
  const type = contentType?.split(';')[0]?.trim() || 'no content type';
  return `GitHub answered ${type.slice(0, 60)}, not JSON, for ${where}`;
}

/** `GET /repos/acme/payments/pulls`: the method and the path, without the host or the query. */
export function requestLine(method: string | undefined, url: string): string {
  let path = url;
  try {
    path = new URL(url, 'http://localhost').pathname;
  } catch {
    // keep it as given
  }
  return `${method ?? 'GET'} ${path.slice(0, 200)}`;
}

/**
 * An error status with a body that is not JSON (an HTML 502 page from a load balancer): Octokit makes the whole
 * page the message. Say what it was instead, keeping the error (and its status) for the retry and the caller.
 */
export function describeNonJsonError(error: unknown): void {
  const failed = error as { response?: { data?: unknown; headers?: Record<string, unknown>; url?: string } };
  const response = failed?.response;
  if (!(error instanceof Error) || !response || typeof response.data !== 'string' || response.data === '') return;
  const header = response.headers?.['content-type'];
  const contentType = typeof header === 'string' ? header : undefined;
  if (isJson(contentType)) return;
  const request = (error as { request?: { method?: string; url?: string } }).request;
  error.message = notJson(contentType, requestLine(request?.method, response.url || request?.url || ''));
}
