/**
 * Reading files the run names (the OKR file, `value` metrics with `file:`): only regular files inside the
 * workspace, and never anything under a `.git` directory. A pull request controls these paths (and may turn a
 * file into a symlink), while `actions/checkout` leaves the job's token in `.git/config`: a path that is absolute,
 * climbs out with `..`, resolves through a symlink to somewhere outside, or lands in `.git` is refused, so an OKR
 * file cannot make the action read (and publish) the runner's other files or its credentials.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * `missing`: no such file; `outside`: the path leaves the workspace; `git`: it leads into a `.git` directory;
 * `not-a-file`: a directory, FIFO, socket or device (reading one could hang or never end); `too-large`.
 */
export type WorkspacePathReason = 'missing' | 'outside' | 'git' | 'not-a-file' | 'too-large';

export class WorkspacePathError extends Error {
  constructor(
    message: string,
    readonly reason: WorkspacePathReason,
  ) {
    super(message);
  }
}

/** Far above any OKR file or metrics JSON; a bound, so a huge file cannot exhaust the runner's memory. */
export const MAX_WORKSPACE_FILE_BYTES = 10 * 1024 * 1024;

/** `.git` in any letter case: on a case-insensitive file system `.GIT/config` is the same file. */
const isGitSegment = (segment: string): boolean => segment.toLowerCase() === '.git';
const segments = (path: string): string[] => path.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');

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
    return readRegularFile(real, quoted);
  };
}

/**
 * The command line's reader for a file the user names: anywhere (it is their own machine), but still never
 * under a `.git` directory (the tool may run in CI on a pull request's checkout) and only a regular file.
 */
export function readLocalFile(path: string): string {
  const quoted = JSON.stringify(path);
  if (segments(path).some(isGitSegment)) throw gitRefusal(quoted);
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new WorkspacePathError(`file ${quoted} not found`, 'missing');
  }
  if (segments(real).some(isGitSegment)) throw gitRefusal(quoted);
  return readRegularFile(real, quoted);
}

function gitRefusal(quoted: string): WorkspacePathError {
  return new WorkspacePathError(
    `file ${quoted} leads into a .git directory, which holds the checkout's credentials: refused`,
    'git',
  );
}

/**
 * Opens without following a symlink swapped in since `realpath`, and without blocking on a FIFO (whose open
 * would wait for a writer forever), then checks on the open descriptor that it is a regular file.
 */
function readRegularFile(path: string, quoted: string): string {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
  let fd: number;
  try {
    fd = openSync(path, flags);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new WorkspacePathError(`file ${quoted} changed while it was read: refused`, 'outside');
    if (code === 'EISDIR') throw notAFile(quoted, 'a directory');
    throw new WorkspacePathError(`file ${quoted} cannot be read (${code ?? 'error'})`, 'missing');
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw notAFile(quoted, 'a directory');
    if (!stats.isFile()) throw notAFile(quoted, 'not a regular file (a FIFO, socket or device?)');
    if (stats.size > MAX_WORKSPACE_FILE_BYTES) {
      throw new WorkspacePathError(
        `file ${quoted} is ${stats.size} bytes, more than the ${MAX_WORKSPACE_FILE_BYTES} this reads`,
        'too-large',
      );
    }
    const buffer = Buffer.alloc(stats.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function notAFile(quoted: string, what: string): WorkspacePathError {
  return new WorkspacePathError(`file ${quoted} is ${what}: expected a regular file`, 'not-a-file');
}
