/**
 * The public contract of the loopback GitHub stand-in: how to start it, what it records, what faults it injects.
 */
import type { GraphQLSchema } from 'graphql';
import type { FakeHistory } from './history.js';

type TokenPermissions = 'read' | 'write';

/**
 * Who a token acts as, as GitHub has it (see tokens.ts for the kinds): a login ending in `[bot]` is a GitHub
 * App's installation token (the GITHUB_TOKEN is the GitHub Actions app's), any other login a person's token.
 */
export interface TokenIdentity {
  login: string;
  /** `read`: every write is refused 403, as a fork pull request's GITHUB_TOKEN is. */
  permissions: TokenPermissions;
  /**
   * May push to the repository. GitHub silently drops the labels of an issue created or edited without push
   * access. Default: true for a `write` token.
   */
  push?: boolean;
}

export interface FaultOptions {
  /** Delay before every answer, to make request economy and concurrency visible in wall time. */
  latencyMs?: number;
  /** 0..1: share of requests answered 502 or 503 (deterministic for a given seed and request order). */
  failureRate?: number;
  /** Every Nth request is answered 403 with `retry-after: 1` and GitHub's secondary-rate-limit message. */
  secondaryLimitEvery?: number;
  /** Start with this much primary rate limit left; once spent, 403 with `x-ratelimit-remaining: 0` until the reset. */
  primaryLimit?: { remaining: number; resetInSeconds: number };
  /** GraphQL's point budget starts with this much left (it is apart from REST's). */
  graphqlLimit?: { remaining: number; resetInSeconds: number };
  /** `POST /graphql` answers 404 (a proxy without it), 403 (a token denied it), or an `errors` array. */
  graphqlOutage?: 404 | 403 | 'errors';
  /** The first request whose path (with query) matches is never answered. */
  hangPaths?: RegExp;
  /** A matching request (`METHOD /path`, e.g. /^POST .*\/comments$/) is applied, then answered 502. */
  applyThenFail?: RegExp;
  /**
   * A race, made certain: the first `parties` requests matching `METHOD /path?query` (each distinct one on its
   * own) are held until all have arrived, then answered together, as two runs' lookups in flight at once.
   */
  rendezvous?: { pattern: RegExp; parties: number };
}

interface FakeWorld {
  history: FakeHistory;
  state: FakeState;
}

export interface FakeGitHubOptions {
  history: FakeHistory;
  /** token → identity. Without it, any token is a writer `github-actions[bot]`, as a GITHUB_TOKEN is. */
  tokens?: Record<string, TokenIdentity>;
  faults?: FaultOptions;
  seed?: number;
  /** The stand-in's clock: timestamps of created comments and issues, rate-limit resets. Default: the real one. */
  now?: () => Date;
  /**
   * Called before each request is answered, with the history and the state it is answered from: a test changes
   * them here to play a repository that changes between page requests (a pull request updated, a deployment
   * created). Listings read them live; issues live in `state` (the history's are copied there at start).
   */
  /**
   * The GraphQL schema queries are validated, costed and answered against. Default: GitHub's full one, built on
   * the first query; the demo passes one cut to the client's queries (graphql/client-schema.ts), quicker to build.
   */
  graphqlSchema?: () => GraphQLSchema;
  beforeAnswer?: (request: { method: string; path: string; serial: number }, world: FakeWorld) => void;
}

export interface RequestLogEntry {
  method: string;
  /** Path and query as requested (including any `/api/v3` prefix). */
  path: string;
  /** 0 when the request was never answered (a hang fault). */
  status: number;
  time: Date;
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export type IssueStateReason = 'completed' | 'not_planned' | 'duplicate' | 'reopened';

/** An issue as the stand-in keeps it: the history's, plus what clients created or edited. */
export interface StoredIssue {
  number: number;
  title: string;
  body: string | null;
  user: string;
  labels: string[];
  state: 'open' | 'closed';
  /** Why it was closed (`completed` for the history's closed issues); null while open. */
  state_reason: IssueStateReason | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  is_pull_request: boolean;
  /** For a pull request: when it was merged (from the history's pulls), shown in the issue's `pull_request`. */
  merged_at: string | null;
}

export interface RepositoryState {
  fullName: string;
  issues: StoredIssue[];
  comments: StoredComment[];
}

/** The mutable part of the world: what writes changed. Keyed by `owner/name` in lower case. */
export interface FakeState {
  repositories: Map<string, RepositoryState>;
  /** Ids for new comments (issue numbers are per repository). */
  nextCommentId: number;
}

export interface FakeGitHub {
  /** Base URL to use as GITHUB_API_URL / Octokit's baseUrl. */
  url: string;
  requests: RequestLogEntry[];
  state: FakeState;
  close(): Promise<void>;
}
