/**
 * Conditional reads (SPEC §14): a page asked with the ETag it had last time answers 304 when nothing on it
 * changed, and GitHub does not count a 304 against the rate limit. Pages are asked by number, so the same page of
 * the same query has the same URL on every run (a `Link` header's URL would do too, but says nothing new).
 */
import type { Octokit } from '@octokit/rest';
import { statusOf } from '../errors.js';
import type { ConditionalPages } from './format.js';

export const PER_PAGE = 100;

/** One page: its body, or `null` when it answered 304 (unchanged since the ETag given). */
export interface PageAnswer<T> {
  data: T | null;
  etag: string | null;
}

export async function getPage<T>(
  octokit: Octokit,
  route: string,
  params: Record<string, unknown>,
  etag: string | null,
): Promise<PageAnswer<T>> {
  try {
    const headers = etag ? { 'if-none-match': etag } : {};
    const response = await octokit.request(route, { ...params, per_page: PER_PAGE, headers });
    return { data: response.data as T, etag: (response.headers.etag as string | undefined) ?? null };
  } catch (error) {
    if (etag && statusOf(error) === 304) return { data: null, etag };
    throw error;
  }
}

/**
 * Every page of a listing read by page number until one holds fewer than a full page, each asked with its ETag
 * from `known` while all have answered 304. Returns null when every page known answered 304 (the listing is as it
 * was), else every page's items and the ETags to keep. A page that changed after unchanged ones makes those be read
 * again (their items were not kept page by page): rare, as a listing that changed usually changed on its first page.
 */
export async function readPagesUnlessUnchanged<T>(
  octokit: Octokit,
  route: string,
  params: Record<string, unknown>,
  items: (page: unknown) => T[],
  known: ConditionalPages | undefined,
): Promise<{ items: T[]; pages: ConditionalPages; firstPage: unknown } | null> {
  const query = JSON.stringify(params);
  const etags = known?.query === query ? known.etags : [];
  const read: T[] = [];
  const kept: string[] = [];
  let firstPage: unknown;
  let unchanged = etags.length > 0;
  for (let page = 1; ; page += 1) {
    const answer = await getPage<unknown>(
      octokit,
      route,
      { ...params, page },
      unchanged ? (etags[page - 1] ?? null) : null,
    );
    if (answer.data === null) {
      kept.push(answer.etag ?? '');
      if (page === etags.length) return null;
      continue;
    }
    if (unchanged && page > 1) {
      // Pages before this one answered 304: read them again, now that their items are needed.
      unchanged = false;
      return readPagesUnlessUnchanged(octokit, route, params, items, undefined);
    }
    unchanged = false;
    if (page === 1) firstPage = answer.data;
    const pageItems = items(answer.data);
    read.push(...pageItems);
    kept.push(answer.etag ?? '');
    if (pageItems.length < PER_PAGE) return { items: read, pages: { query, etags: kept }, firstPage };
  }
}
