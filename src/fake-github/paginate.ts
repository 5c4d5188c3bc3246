/**
 * GitHub's page-number pagination: `per_page` (default 30, silently capped at 100), `page` (from 1), and the
 * `Link` header with absolute URLs that repeat the request's query with only `page` changed, in GitHub's order
 * `prev`, `next`, `last`, `first` (first/prev only after page 1, next/last only before the last page).
 */

export interface PageRequest {
  perPage: number;
  page: number;
}

export function pageRequest(query: URLSearchParams): PageRequest {
  const perPage = Number.parseInt(query.get('per_page') ?? '', 10);
  const page = Number.parseInt(query.get('page') ?? '', 10);
  return {
    perPage: Number.isFinite(perPage) && perPage > 0 ? Math.min(perPage, 100) : 30,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export interface Page<T> {
  items: T[];
  /** The `Link` header value, or undefined when everything fits on one page. */
  link: string | undefined;
}

/**
 * One page of `all`. `reachable` caps how many items can be paged to at all (GitHub's 1,000-result limit on
 * filtered listings): items beyond it are never served, and the links end with the page that holds the last
 * reachable item.
 */
export function paginate<T>(
  all: readonly T[],
  request: PageRequest,
  pageUrl: (page: number) => string,
  reachable = Infinity,
): Page<T> {
  const servable = Math.min(all.length, reachable);
  const start = (request.page - 1) * request.perPage;
  const items = start >= servable ? [] : all.slice(start, Math.min(start + request.perPage, servable));
  const lastPage = Math.max(1, Math.ceil(servable / request.perPage));
  const links: string[] = [];
  if (request.page > 1) links.push(`<${pageUrl(Math.min(request.page - 1, lastPage))}>; rel="prev"`);
  if (request.page < lastPage) {
    links.push(`<${pageUrl(request.page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  }
  if (request.page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return { items, link: links.length > 0 ? links.join(', ') : undefined };
}
