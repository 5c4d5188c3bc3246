/**
 * The one check of a path's parts that every reader shares: `.git` in any letter case is the checkout's
 * credentials (on a case-insensitive file system `.GIT/config` is `.git/config`), and `..` or a leading slash
 * leaves the folder the path is relative to. The OKR file's `file:` fields, the workspace reader, the command
 * line's reader and the `okrs` globs all ask here, so none can be stricter or laxer than another.
 */

/** `.git` in any letter case. */
export const isGitSegment = (segment: string): boolean => segment.toLowerCase() === '.git';

/** A path's parts, either slash, without empty and `.` parts. */
export const pathSegments = (path: string): string[] => path.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');

/** Whether any part of `path` is a `.git` folder (in any letter case). */
export const intoGit = (path: string): boolean => pathSegments(path).some(isGitSegment);

/** Absolute, climbing out with `..`, or into `.git`: not a path inside a repository. */
export const leavesRepository = (path: string): boolean =>
  /^(?:[\\/]|[A-Za-z]:)/.test(path) || pathSegments(path).includes('..') || intoGit(path);
