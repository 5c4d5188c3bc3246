/**
 * What a run spends of GitHub's two budgets, REST requests and GraphQL points (GitHub counts them apart), per
 * source, and the reserve a run leaves for the other workflows that share them.
 *
 * Requests are attributed to the source whose fetch sent them through AsyncLocalStorage: sources are read
 * concurrently on one client, and Octokit's paginator drops per-request options on later pages, so neither a
 * client per source nor a request option would see every request.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface SourceCost {
  /** REST requests sent, retries included. */
  restRequests: number;
  /** GraphQL requests sent, retries included. */
  graphqlRequests: number;
  /** GraphQL points charged, as GitHub's `rateLimit { cost }` reports them. */
  graphqlPoints: number;
  /** Of the REST requests, those answered 304 Not Modified (a conditional request): GitHub does not count them. */
  notModified: number;
}

export function emptyCost(): SourceCost {
  return { restRequests: 0, graphqlRequests: 0, graphqlPoints: 0, notModified: 0 };
}

const currentCost = new AsyncLocalStorage<SourceCost>();

/** Runs `task` with every request it sends counted into `cost`. */
export function withCost<T>(cost: SourceCost, task: () => Promise<T>): Promise<T> {
  return currentCost.run(cost, task);
}

/**
 * The cost a request is being sent for. The client asks in its outermost hook, in the caller's async context:
 * inside, Octokit's throttling and retries run requests from queues of their own, where that context is lost.
 */
export function currentSourceCost(): SourceCost | undefined {
  return currentCost.getStore();
}

/** Called by the client once per request sent (retries included). */
export function countRequest(cost: SourceCost | undefined, isGraphql: boolean, notModified = false): void {
  if (!cost) return;
  if (isGraphql) cost.graphqlRequests += 1;
  else cost.restRequests += 1;
  if (notModified) cost.notModified += 1;
}

/** Called by a GraphQL source with the points a response reports it cost. */
export function countPoints(points: number): void {
  const cost = currentCost.getStore();
  if (cost && Number.isFinite(points)) cost.graphqlPoints += points;
}

export interface BudgetState {
  limit: number;
  remaining: number;
  reset: Date;
}

/** The fraction of each limit a run leaves for others unless told otherwise (the `rate-limit-reserve` input). */
const DEFAULT_RESERVE_FRACTION = 0.1;

/** `rate-limit-reserve`: a share of the limit (`10%`, `0.1`) or a number of requests/points (`500`). */
export type Reserve = { fraction: number } | { absolute: number };

export function parseReserve(text: string): Reserve | undefined {
  const trimmed = text.trim();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (percent) {
    const value = Number(percent[1]) / 100;
    return value <= 1 ? { fraction: value } : undefined;
  }
  if (!/^\d+(?:\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  if (value < 1) return { fraction: value };
  return Number.isInteger(value) ? { absolute: value } : undefined;
}

function reserveOf(reserve: Reserve, limit: number): number {
  return 'fraction' in reserve ? Math.ceil(reserve.fraction * limit) : reserve.absolute;
}

export type Resource = 'rest' | 'graphql';

/**
 * The run's view of both budgets: the latest rate-limit headers of each (from the client), less what sources
 * already reading have claimed and not yet spent. A source claims its estimate before reading; a claim that would
 * take a budget below its reserve is refused, and the source fails with `BudgetError` instead of spending it.
 */
export class Budget {
  private readonly claims = new Set<{ resource: Resource; amount: number; cost: SourceCost; spentAtClaim: number }>();

  constructor(
    private readonly latest: (resource: Resource) => BudgetState | undefined,
    readonly reserve: Reserve = { fraction: DEFAULT_RESERVE_FRACTION },
  ) {}

  /**
   * Claims `amount` more requests (or points) of `resource`; returns a release for when the source is done.
   * Without rate-limit headers yet (a stand-in without them, an Enterprise Server with limits off), allows it.
   */
  claim(resource: Resource, amount: number, what: () => string): () => void {
    const state = this.latest(resource);
    if (state && amount > 0) {
      const floor = reserveOf(this.reserve, state.limit);
      const left = state.remaining - this.outstanding(resource);
      if (left - amount < floor) throw new BudgetError(resource, amount, left, floor, state, what());
    }
    const cost = currentCost.getStore() ?? emptyCost();
    const claim = { resource, amount, cost, spentAtClaim: spent(cost, resource) };
    this.claims.add(claim);
    return () => this.claims.delete(claim);
  }

  /** What other sources have claimed and not spent yet (what they spent is in the headers already). */
  private outstanding(resource: Resource): number {
    let total = 0;
    for (const claim of this.claims) {
      if (claim.resource !== resource) continue;
      total += Math.max(0, claim.amount - (spent(claim.cost, resource) - claim.spentAtClaim));
    }
    return total;
  }
}

function spent(cost: SourceCost, resource: Resource): number {
  return resource === 'rest' ? cost.restRequests : cost.graphqlPoints;
}

/** A source that would take a budget below the reserve: its key results fail with this message. */
export class BudgetError extends Error {
  override name = 'BudgetError';
  constructor(
    readonly resource: Resource,
    readonly needed: number,
    readonly left: number,
    readonly reserve: number,
    readonly state: BudgetState,
    what: string,
  ) {
    const unit = resource === 'rest' ? 'REST requests' : 'GraphQL points';
    super(
      `reading ${what} needs about ${needed.toLocaleString('en-US')} more ${unit}, but only ` +
        `${Math.max(0, left).toLocaleString('en-US')} of ${state.limit.toLocaleString('en-US')} are left until ` +
        `${state.reset.toISOString()} and ${reserve.toLocaleString('en-US')} are kept in reserve for other ` +
        `workflows (\`rate-limit-reserve\`): ${largerLimit(state.limit)}, a narrower filter ` +
        `(branch, event, environment), or a rolling window (\`window: 30d\`), or re-run after the reset.`,
    );
  }
}

/** How to get more requests: without a token (60 an hour) a token at all; with one, a larger one. */
function largerLimit(limit: number): string {
  return limit <= UNAUTHENTICATED_LIMIT
    ? 'GitHub allows unauthenticated requests 60 an hour: set GITHUB_TOKEN to a personal access token (5,000 an hour)'
    : 'use a GitHub App token (5,000 an hour or more)';
}

/** GitHub's REST limit for requests without a token. */
const UNAUTHENTICATED_LIMIT = 60;
