/** `--cache DIR` (SPEC §14): a directory under the current one, its file loaded before scoring and saved after. */
import { cacheOwner, ListingCache } from '../github/cache/listing-cache.js';
import { CacheDirectoryError, cacheDirectory, cacheFileStore } from '../io/cache-file.js';
import { escapeTerminal } from '../report/escape.js';
import type { CliIo } from './io.js';

/** `--cache DIR`: a directory under the current one; null (after saying why) when it is not. */
export function openCliCache(
  dir: string | undefined,
  repository: string,
  apiUrl: string,
  io: CliIo,
): { cache: ListingCache; save: () => void } | null | undefined {
  if (dir === undefined) return undefined;
  let directory: string;
  try {
    directory = cacheDirectory(dir, { workspace: io.cwd });
  } catch (error) {
    if (!(error instanceof CacheDirectoryError)) throw error;
    io.stderr(`okr-scorecard: --${escapeTerminal(error.message)}\n`);
    return null;
  }
  const notice = (message: string) => io.stderr(`note: ${message}\n`);
  const store = cacheFileStore(directory, notice);
  const cache = ListingCache.load(store.read(), cacheOwner(repository, apiUrl), () => io.now, notice);
  return { cache, save: () => store.write(cache.serialize()) };
}
