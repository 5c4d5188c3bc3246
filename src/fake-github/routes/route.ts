import type { FakeRepository, FakeRun } from '../history.js';
import type { Site } from '../objects/site.js';
import type { RepositoryState, TokenIdentity } from '../options.js';
import type { Page } from '../paginate.js';

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** `body` as JSON, when the ETag already serialized it: a page of runs is a megabyte, not to be written twice. */
  text?: string;
}

/** A repository as the routes see it: the history's records, pre-sorted once, and its mutable state. */
export interface RepositoryView {
  history: FakeRepository;
  state: RepositoryState;
  /** Runs per workflow id, newest first (created_at desc, then id desc), as GitHub lists them. */
  runsByWorkflow: Map<number, FakeRun[]>;
  /** run id → run_number (1-based, in creation order within its workflow). */
  runNumbers: Map<number, number>;
}

export interface RouteContext {
  site: Site;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  identity: TokenIdentity | null;
  now: () => Date;
  /** The request's own URL with `page` replaced: what Link headers point at. */
  pageUrl: (page: number) => string;
  /** The repository the path names; undefined for routes outside /repos/{o}/{r}. */
  repository: RepositoryView | undefined;
  newCommentId: () => number;
  /** The caller's primary rate limit after this request, for `GET /rate_limit`. */
  rateLimit: RateLimitSnapshot;
}

export interface RateLimitSnapshot {
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path pattern with named groups, matched against the path without any `/api/v3` prefix. */
  pattern: RegExp;
  /** Writes need a write token (a fork PR's read-only token gets GitHub's 403). */
  write?: boolean;
  /** Link to the operation's docs, as GitHub puts in `documentation_url`. */
  docs: string;
  handle(context: RouteContext): Reply;
}

export const DOCS = 'https://docs.github.com/rest';

export function json(status: number, body: unknown, page?: Page<unknown>): Reply {
  return page?.link ? { status, body, headers: { link: page.link } } : { status, body };
}

export function notFound(docs: string): Reply {
  return { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } };
}

export function validationFailed(docs: string, message: string): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ message, code: 'invalid' }],
      documentation_url: docs,
      status: '422',
    },
  };
}

/** Newest first: created_at desc, then id desc (ISO strings of one format compare as text). */
export function newestFirst<T extends { created_at: string }>(key: (item: T) => number) {
  return (a: T, b: T): number => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : key(b) - key(a));
}
