/**
 * The `okrs` (and `rollup`) input as a list of files: one path or glob per line, relative to the workspace. A glob
 * never matches outside the workspace or under `.git/` (where actions/checkout leaves the job's token), and a match
 * that is a symlink leading there is refused too. Plain paths are passed through untouched, so a one-file run reads
 * and reports exactly as before; reading them stays with workspaceFileReader's checks.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { intoGit, pathSegments } from '../model/paths.js';

export type ResolvedFiles = { ok: true; files: string[] } | { ok: false; error: string };

function inputLines(input: string): string[] {
  return input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Relative paths in the order given, each glob's matches sorted; a file named twice counts once. */
export async function resolveWorkspaceFiles(input: string, workspace: string, what: string): Promise<ResolvedFiles> {
  const root = realpathSync(workspace);
  const files: string[] = [];
  for (const line of inputLines(input)) {
    // A plain path is read by workspaceFileReader, whose checks (and messages) are the one-file run's.
    if (!isDynamicPattern(line)) {
      files.push(line);
      continue;
    }
    if (isAbsolute(line) || pathSegments(line).includes('..')) {
      const hint = 'give a path relative to the repository root, without ".."';
      return { ok: false, error: `${what} "${line}" is outside the workspace: ${hint}` };
    }
    const matches = await glob(line, {
      cwd: root,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      // Fast path only: tinyglobby's ignore is case-sensitive; insideWorkspace refuses `.GIT` too.
      ignore: ['**/.git/**', '.git/**'],
      expandDirectories: false,
    });
    const safe = matches.filter((match) => insideWorkspace(root, match)).sort();
    if (safe.length === 0) return { ok: false, error: `${what} "${line}" matches no file in the workspace` };
    files.push(...safe);
  }
  if (files.length === 0) return { ok: false, error: `${what}: give a path or glob, one per line` };
  const seen = new Set<string>();
  return { ok: true, files: files.filter((file) => !seen.has(normal(file)) && seen.add(normal(file))) };
}

const normal = (file: string): string => file.replace(/^(\.\/)+/, '');

/** The match, followed through any symlink, is a file inside the workspace and not under a `.git` folder. */
function insideWorkspace(root: string, match: string): boolean {
  let real: string;
  try {
    real = realpathSync(resolve(root, match));
  } catch {
    return false;
  }
  const rel = relative(root, real);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return false;
  return !intoGit(rel);
}
