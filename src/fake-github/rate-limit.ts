/**
 * GitHub's primary rate limit per identity: a budget per hour window that every request (except
 * `GET /rate_limit`) spends, reported in the `x-ratelimit-*` headers of every response.
 * 5,000 an hour for a token, 60 without one (GitHub's figures for a user token and for anonymous calls).
 * GraphQL has a budget of its own, in points: a second RateLimits with its own `limitOf` and fault.
 */
import type { RateLimitSnapshot } from './routes/route.js';

const WINDOW_SECONDS = 3600;

interface Bucket {
  limit: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
}

export interface PrimaryLimitFault {
  remaining: number;
  resetInSeconds: number;
}

export class RateLimits {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly now: () => Date,
    private readonly fault: PrimaryLimitFault | undefined,
    /** The hourly limit of the bucket a key (a token, or null for anonymous calls) spends. */
    private readonly limitOf: (key: string | null) => number = (key) => (key === null ? 60 : 5000),
  ) {}

  private bucket(identity: string | null): Bucket {
    const key = identity ?? '';
    const seconds = Math.floor(this.now().getTime() / 1000);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      const limit = this.limitOf(identity);
      bucket = this.fault
        ? { limit, used: Math.max(0, limit - this.fault.remaining), reset: seconds + this.fault.resetInSeconds }
        : { limit, used: 0, reset: seconds + WINDOW_SECONDS };
      this.buckets.set(key, bucket);
    }
    if (seconds >= bucket.reset) {
      bucket.used = 0;
      bucket.reset = seconds + WINDOW_SECONDS;
    }
    return bucket;
  }

  /** Spends one request (or `cost` points); false, spending nothing, when not that much is left. */
  take(identity: string | null, cost = 1): boolean {
    const bucket = this.bucket(identity);
    if (bucket.used + cost > bucket.limit) return false;
    bucket.used += cost;
    return true;
  }

  /** Gives back one request: a conditional request answered 304 costs nothing. */
  refund(identity: string | null): void {
    const bucket = this.bucket(identity);
    bucket.used = Math.max(0, bucket.used - 1);
  }

  snapshot(identity: string | null): RateLimitSnapshot {
    const { limit, used, reset } = this.bucket(identity);
    return { limit, used, remaining: Math.max(0, limit - used), reset };
  }
}
