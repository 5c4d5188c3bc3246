/**
 * The cache's file (SPEC §14), at the edge: a directory the user names, which must be in the workspace or under
 * RUNNER_TEMP (the cache holds what a repository's listings said; it has no business anywhere else on a runner),
 * one file in it, replaced whole by a rename so that a cancelled run leaves the previous one intact.
 */
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { FileReadError, readRegularFile } from './regular-file.js';

export const CACHE_FILE_NAME = 'okr-scorecard-cache.json';
/** A cache at 10× is about 1 MB; far more than this is not one of ours. */
const MAX_CACHE_BYTES = 64 * 1024 * 1024;

export class CacheDirectoryError extends Error {
  override name = 'CacheDirectoryError';
}

/** Where a cache may live: the workspace and RUNNER_TEMP (either may be unset, e.g. on the command line). */
export interface CacheRoots {
  workspace?: string;
  runnerTemp?: string;
}

/**
 * The directory `dir` names (relative to the workspace), created if missing, refused unless it is inside one of
 * the roots (after symlinks are resolved, so that a link cannot lead it elsewhere). The part that exists is checked
 * before anything is created: a link must not make it create folders outside.
 */
export function cacheDirectory(dir: string, roots: CacheRoots, cwd = process.cwd()): string {
  if (dir.trim() === '') throw new CacheDirectoryError('cache: give a directory, e.g. .okr-cache');
  const base = roots.workspace ?? cwd;
  const wanted = resolve(base, dir);
  const allowed = [roots.workspace ?? cwd, roots.runnerTemp].filter((root): root is string => Boolean(root));
  const refuse = (): never => {
    const where = roots.runnerTemp ? 'the workspace or RUNNER_TEMP' : 'the workspace (or the current directory)';
    throw new CacheDirectoryError(`cache: ${JSON.stringify(dir)} is outside ${where}: name a directory there.`);
  };
  const within = (path: string) => allowed.some((root) => inside(realpathSync(root), realpathSync(path)));
  if (!allowed.some((root) => inside(resolve(root), wanted))) refuse();
  if (!within(deepestExisting(wanted))) refuse();
  if (existsSync(wanted) && !statSync(wanted).isDirectory()) {
    throw new CacheDirectoryError(`cache: ${JSON.stringify(dir)} is a file, not a directory: name a directory.`);
  }
  try {
    mkdirSync(wanted, { recursive: true });
  } catch (error) {
    throw new CacheDirectoryError(`cache: cannot create ${JSON.stringify(dir)}: ${(error as Error).message}`);
  }
  if (!within(wanted)) refuse();
  return realpathSync(wanted);
}

/** The path itself if it exists, else its nearest ancestor that does. */
function deepestExisting(path: string): string {
  let at = path;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The cache file in `directory` as a store (a `CacheStore` of github/cache): unreadable reads as none, with a
 * notice; writes replace it whole.
 */
export function cacheFileStore(
  directory: string,
  notice: (message: string) => void,
): { read(): string | null; write(text: string): void } {
  const path = join(directory, CACHE_FILE_NAME);
  return {
    read: () => {
      try {
        return readRegularFile(path, MAX_CACHE_BYTES, { noFollow: true });
      } catch (error) {
        if (error instanceof FileReadError && error.message === 'no such file') return null;
        notice(`The cache file cannot be read (${(error as Error).message}): every listing is read in full.`);
        return null;
      }
    },
    write: (text) => {
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, text, { mode: 0o600 });
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        notice(`The cache could not be written (${(error as Error).message}): the next run reads in full.`);
      }
    },
  };
}
