/**
 * Reading files the run names (the OKR file, `value` metrics with `file:`): only regular files inside the
 * workspace, and never anything under a `.git` directory. A pull request controls these paths (and may turn a
 * file into a symlink), while `actions/checkout` leaves the job's token in `.git/config`: a path that is absolute,
 * climbs out with `..`, resolves through a symlink to somewhere outside, or lands in `.git` is refused, so an OKR
 * file cannot make the action read (and publish) the runner's other files or its credentials.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isGitSegment, pathSegments } from '../model/paths.js';
import { FileReadError, MAX_TEXT_FILE_BYTES, readRegularFile, tryReadRegularFile } from './regular-file.js';

/**
 * `missing`: no such file; `outside`: the path leaves the workspace; `git`: it leads into a `.git` directory;
 * `unreadable`: a directory, FIFO, socket or device (reading one could hang or never end), or too large.
 */
export type WorkspacePathReason = 'missing' | 'outside' | 'git' | 'unreadable';

export class WorkspacePathError extends Error {
  constructor(
    message: string,
    readonly reason: WorkspacePathReason,
  ) {
    super(message);
  }
}

const segments = pathSegments;

export function workspaceFileReader(workspace: string): (relativePath: string) => string {
  const root = realpathSync(workspace);
  return (relativePath) => {
    const quoted = JSON.stringify(relativePath);
    if (isAbsolute(relativePath) || segments(relativePath).includes('..')) {
      throw new WorkspacePathError(
        `file ${quoted} is outside the workspace: give a path relative to the repository root, without ".."`,
        'outside',
      );
    }
    if (segments(relativePath).some(isGitSegment)) throw gitRefusal(quoted);
    let real: string;
    try {
      real = realpathSync(resolve(root, relativePath));
    } catch {
      throw new WorkspacePathError(
        `file ${quoted} not found in the workspace: write it in an earlier step, or fix the path`,
        'missing',
      );
    }
    const rel = relative(root, real);
    // Never quote where a symlink points: the target's name may itself be a secret.
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new WorkspacePathError(`file ${quoted} leads outside the workspace (a symlink?): refused`, 'outside');
    }
    if (segments(rel).some(isGitSegment)) throw gitRefusal(quoted);
    return readChecked(real, quoted);
  };
}

/** Why a path into `.git` is refused, for messages. */
export const GIT_REFUSAL = "it leads into a .git directory, which holds the checkout's credentials: refused";

/**
 * The command line's reader for a file the user names: anywhere (it is their own machine), but still never
 * under a `.git` directory (the tool may run in CI on a pull request's checkout), and only a regular file.
 * `{ problem }` says why not, like `tryReadRegularFile`.
 */
export function tryReadLocalFile(path: string): { text: string } | { problem: string } {
  if (segments(path).some(isGitSegment)) return { problem: GIT_REFUSAL };
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return tryReadRegularFile(path);
  }
  if (segments(real).some(isGitSegment)) return { problem: GIT_REFUSAL };
  return tryReadRegularFile(real);
}

function gitRefusal(quoted: string): WorkspacePathError {
  return new WorkspacePathError(`file ${quoted}: ${GIT_REFUSAL}`, 'git');
}

/** A regular file only (src/io/regular-file.ts); `real` has no symlinks left, so one swapped in is refused. */
function readChecked(real: string, quoted: string): string {
  try {
    return readRegularFile(real, MAX_TEXT_FILE_BYTES, { noFollow: true });
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    throw new WorkspacePathError(`file ${quoted} cannot be read: ${error.message}`, 'unreadable');
  }
}

/**
 * A file an input names (`what`: "OKR file", "Company file"), read from the workspace: its text, or the failure
 * for the step. A refused path says why; a missing one gets `missing`, which says what to do.
 */
export function readNamedFile(
  read: (relativePath: string) => string,
  path: string,
  what: string,
  missing: string,
): { text: string } | { failure: string } {
  try {
    return { text: read(path) };
  } catch (error) {
    if (error instanceof WorkspacePathError && error.reason !== 'missing')
      return { failure: `${what}: ${error.message}` };
    return { failure: `${what} ${path} not found in the workspace: ${missing}` };
  }
}
