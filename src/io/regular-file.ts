/**
 * Reading a file a user or a runner names, without trusting it to be one: a directory is an error, a FIFO is an
 * error rather than a read that blocks forever, and a huge file is an error rather than a job out of memory.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { withoutBom } from '../model/json-text.js';
import { errorMessage } from '../model/error-message.js';

/** More than any OKR, metrics or event file needs; enough to refuse a wrong path that names a disk image. */
export const MAX_TEXT_FILE_BYTES = 32 * 1024 * 1024;

/** Why a file could not be read, in words for the user. */
export class FileReadError extends Error {
  override name = 'FileReadError';
}

/**
 * The text of a regular file no larger than `maxBytes`. Opened non-blocking, so that a FIFO does not hang the
 * open, then checked on the open descriptor (no race between the check and the read).
 */
export function readRegularFile(
  path: string,
  maxBytes = MAX_TEXT_FILE_BYTES,
  /** `noFollow`: refuse a symlink (for a path already resolved, so that one swapped in since is not followed). */
  options: { noFollow?: boolean } = {},
): string {
  let fd: number;
  const noFollow = options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | noFollow);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileReadError('no such file');
    if (code === 'ELOOP') throw new FileReadError('it became a symlink while it was read');
    if (code === 'EISDIR') throw new FileReadError('it is a directory, not a file');
    if (code === 'EACCES' || code === 'EPERM') throw new FileReadError('permission denied');
    throw new FileReadError(errorMessage(error));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new FileReadError('it is a directory, not a file');
    if (!stat.isFile()) throw new FileReadError('it is not a regular file (a FIFO or a device?)');
    if (stat.size > maxBytes) throw new FileReadError(`it is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB`);
    // A byte-order mark (PowerShell, Notepad) is not part of the text: JSON refuses it, YAML counts it as a column.
    return withoutBom(readFileSync(fd, 'utf8'));
  } finally {
    closeSync(fd);
  }
}

/** `{ text }`, or `{ problem }` saying why not (for messages like `okrs.yml: it is a directory, not a file`). */
export function tryReadRegularFile(path: string): { text: string } | { problem: string } {
  try {
    return { text: readRegularFile(path) };
  } catch (error) {
    if (error instanceof FileReadError) return { problem: error.message };
    throw error;
  }
}
