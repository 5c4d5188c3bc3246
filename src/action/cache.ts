/** The `cache` input (SPEC §14): its directory checked, its file loaded before scoring and saved after. */
import type { ActionContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import { cacheOwner, ListingCache, type CacheStore } from '../github/cache/listing-cache.js';
import { CacheDirectoryError, cacheDirectory, cacheFileStore } from '../io/cache-file.js';

export type OpenedCache =
  | { ok: true; cache: ListingCache | undefined; save: () => void }
  | { ok: false; error: string };

export function openCache({ core, runner, now }: ActionContext, inputs: ActionInputs): OpenedCache {
  if (!inputs.cache) return { ok: true, cache: undefined, save: () => {} };
  let directory: string;
  try {
    directory = cacheDirectory(inputs.cache, { workspace: runner.workspace, runnerTemp: runner.runnerTemp });
  } catch (error) {
    if (error instanceof CacheDirectoryError) return { ok: false, error: error.message };
    throw error;
  }
  const notice = (message: string) => core.notice(message);
  const store: CacheStore = cacheFileStore(directory, notice);
  const owner = cacheOwner(inputs.repository, runner.apiUrl);
  // The run's clock (its start): a listing read later is read again from a little earlier, never a little later.
  const cache = ListingCache.load(store.read(), owner, () => now, notice);
  return {
    ok: true,
    cache,
    // A run that read no listing (an invalid OKR file) leaves the last cache as it was.
    save: () => {
      if (cache.size > 0) store.write(cache.serialize());
    },
  };
}
