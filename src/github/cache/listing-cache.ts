/**
 * The cache as a run holds it (SPEC §14): the listings an earlier run read, checked whole when loaded, and the
 * ones this run read, written back when it ends. Reading and writing the file is the caller's (a `CacheStore`);
 * everything here is a value in memory.
 */
import { createHash } from 'node:crypto';
import { CACHE_FORMAT, cacheFileSchema, type CacheFile, type ListingEntry } from './format.js';
import { MAX_AGE_MS } from './timing.js';

/** Where the cache lives between runs (a file: io/cache-file.ts). */
export interface CacheStore {
  /** The text last written, or null when there is none yet. */
  read(): string | null;
  /** Replaces it whole, or not at all. */
  write(text: string): void;
}

/**
 * Whose cache it is: the repository measured and the GitHub it was read from, hashed. Not the token: the action's
 * `GITHUB_TOKEN` is new in every job, so a cache keyed on it would never be read again (SPEC-NOTES). What the token
 * may read is still GitHub's to say: every cached listing is asked again with this run's token (If-None-Match), and a
 * token that cannot read it gets GitHub's refusal, never the cached records.
 */
export function cacheOwner(repository: string, apiUrl: string): string {
  return createHash('sha256')
    .update(`okr-scorecard cache\n${repository.toLowerCase()}\n${githubOf(apiUrl)}`)
    .digest('hex');
}

/** The GitHub an API URL names: its host and path (a port is how one reaches it, not which GitHub it is). */
function githubOf(apiUrl: string): string {
  const url = URL.parse(apiUrl);
  return url ? `${url.hostname}${url.pathname.replace(/\/+$/, '')}`.toLowerCase() : apiUrl;
}

export class ListingCache {
  private readonly written = new Map<string, ListingEntry>();

  private constructor(
    private readonly earlier: ReadonlyMap<string, ListingEntry>,
    private readonly owner: string,
    /** The run's clock: when a listing is read, and the cache's age. */
    readonly now: () => Date,
  ) {}

  /** An empty cache: every listing is read in full, then kept. */
  static empty(owner: string, now: () => Date): ListingCache {
    return new ListingCache(new Map(), owner, now);
  }

  /**
   * The cache `text` holds, if it is this owner's, of this format, younger than 7 days and whole; otherwise an
   * empty one, and `notice` says why (the full read that follows rewrites it).
   */
  static load(text: string | null, owner: string, now: () => Date, notice: (message: string) => void): ListingCache {
    if (text === null) return ListingCache.empty(owner, now);
    const ignored = (why: string): ListingCache => {
      notice(`The cache is ignored (${why}): every listing is read in full, and the cache written anew.`);
      return ListingCache.empty(owner, now);
    };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return ignored('it is not readable JSON');
    }
    const format = (json as { format?: unknown } | null)?.format;
    if (format !== CACHE_FORMAT)
      return ignored(`format ${String(format)}, not ${CACHE_FORMAT}: another version wrote it`);
    const parsed = cacheFileSchema.safeParse(json);
    if (!parsed.success) return ignored('it is not whole or not consistent');
    const file = parsed.data;
    if (file.owner !== owner) return ignored('it was written for another repository or GitHub');
    const age = now().getTime() - file.writtenAt;
    if (age > MAX_AGE_MS) return ignored('it is older than 7 days');
    if (age < -MAX_AGE_MS) return ignored('it was written in the future');
    for (const [key, entry] of Object.entries(file.listings)) {
      if (!key.startsWith(`${entry.kind} `)) return ignored('it is not consistent');
    }
    return new ListingCache(new Map(Object.entries(file.listings)), owner, now);
  }

  /** What an earlier run kept of this listing, if it is of this kind. */
  entry<K extends ListingEntry['kind']>(key: string, kind: K): Extract<ListingEntry, { kind: K }> | undefined {
    const entry = this.earlier.get(key);
    return entry?.kind === kind ? (entry as Extract<ListingEntry, { kind: K }>) : undefined;
  }

  /** Keeps what this run read of a listing; a listing this run did not read is not written back. */
  put(key: string, entry: ListingEntry): void {
    this.written.set(key, entry);
  }

  /** Keeps an earlier run's entry as it was (this run could not read the listing: it stays whole for the next). */
  keep(key: string): void {
    const entry = this.earlier.get(key);
    if (entry && !this.written.has(key)) this.written.set(key, entry);
  }

  /** The file's text: the listings this run read (or kept), nothing else. */
  serialize(): string {
    const file: CacheFile = {
      format: CACHE_FORMAT,
      owner: this.owner,
      writtenAt: this.now().getTime(),
      listings: Object.fromEntries([...this.written].sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    return JSON.stringify(file);
  }

  /** Listings written so far. */
  get size(): number {
    return this.written.size;
  }
}
