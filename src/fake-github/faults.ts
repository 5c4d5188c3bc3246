/**
 * Injected faults, decided deterministically so a test that sees a clean report under faults can be re-run
 * and fail the same way. The failure draw hangs off the request itself (method, URL, how many times that same
 * request was seen) rather than arrival order, so concurrent clients meet the same faults whatever the
 * interleaving, and a retried request gets a fresh draw.
 */
import type { FaultOptions } from './options.js';
import { stableId } from './objects/site.js';

export type FaultVerdict =
  | { kind: 'none' }
  | { kind: 'hang' }
  | { kind: 'server-error'; status: 502 | 503 }
  | { kind: 'secondary-limit' };

const RENDEZVOUS_PATIENCE_MS = 10_000;

export class FaultInjector {
  private requestCount = 0;
  private hung = false;
  private readonly attempts = new Map<string, number>();
  private readonly waiting = new Map<string, { arrived: number; release: (() => void)[] }>();

  constructor(
    private readonly faults: FaultOptions,
    private readonly seed: number,
  ) {}

  get latencyMs(): number {
    return this.faults.latencyMs ?? 0;
  }

  /** Called once per request, in arrival order; `url` is the path with query. */
  decide(method: string, url: string): FaultVerdict {
    this.requestCount++;
    if (!this.hung && this.faults.hangPaths?.test(url)) {
      this.hung = true;
      return { kind: 'hang' };
    }
    const every = this.faults.secondaryLimitEvery;
    if (every !== undefined && every > 0 && this.requestCount % every === 0) return { kind: 'secondary-limit' };
    const rate = this.faults.failureRate ?? 0;
    if (rate > 0) {
      const key = `${method} ${url}`;
      const attempt = (this.attempts.get(key) ?? 0) + 1;
      this.attempts.set(key, attempt);
      // FNV-1a barely moves its high bits when only the text's end changes: finish with a mixer so that a retry
      // (attempt + 1) draws afresh instead of failing again.
      const draw = mix(stableId(`${this.seed}:${key}:${attempt}`));
      if (draw / 0x80000000 < rate) return { kind: 'server-error', status: draw % 2 === 0 ? 502 : 503 };
    }
    return { kind: 'none' };
  }

  /**
   * Resolves once the request may be answered: at once, or (a `rendezvous` request) when the other parties
   * have arrived too. A party that waits alone for long is let go, so a test that races wrongly fails, not hangs.
   */
  async meet(method: string, url: string): Promise<void> {
    const rendezvous = this.faults.rendezvous;
    const key = `${method} ${url}`;
    if (!rendezvous?.pattern.test(key)) return;
    const waiting = this.waiting.get(key) ?? { arrived: 0, release: [] };
    this.waiting.set(key, waiting);
    waiting.arrived += 1;
    if (waiting.arrived > rendezvous.parties) return;
    if (waiting.arrived === rendezvous.parties) {
      for (const release of waiting.release.splice(0)) release();
      return;
    }
    await new Promise<void>((resolve) => {
      waiting.release.push(resolve);
      setTimeout(resolve, RENDEZVOUS_PATIENCE_MS).unref();
    });
  }

  /** Whether a request (as `METHOD /path`) is to be applied and then answered 502. */
  appliesThenFails(method: string, path: string): boolean {
    return this.faults.applyThenFail?.test(`${method} ${path}`) ?? false;
  }
}

/** murmur3's 32-bit finaliser: spreads every input bit over the whole result. Non-negative 31-bit out. */
function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 1;
}
