/**
 * Reading files the OKR file names (`value` metrics with `file:`): only inside the workspace. A path that is
 * absolute, climbs out with `..`, or resolves through a symlink to somewhere outside is refused, so an OKR file
 * in a pull request cannot make the action read (and publish) the runner's other files.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { FileReadError, readRegularFile } from './regular-file.js';

export class WorkspacePathError extends Error {
  constructor(
    message: string,
    /** `missing`: no such file; `outside`: refused, the path leaves the workspace; `unreadable`: not a file. */
    readonly reason: 'missing' | 'outside' | 'unreadable',
  ) {
    super(message);
  }
}

export function workspaceFileReader(workspace: string): (relativePath: string) => string {
  const root = realpathSync(workspace);
  return (relativePath) => {
    if (isAbsolute(relativePath) || relativePath.split(/[\\/]/).includes('..')) {
      throw new WorkspacePathError(
        `file "${relativePath}" is outside the workspace: give a path relative to the repository root, without ".."`,
        'outside',
      );
    }
    let real: string;
    try {
      real = realpathSync(resolve(root, relativePath));
    } catch {
      throw new WorkspacePathError(
        `file "${relativePath}" not found in the workspace: write it in an earlier step, or fix the path`,
        'missing',
      );
    }
    const rel = relative(root, real);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
      throw new WorkspacePathError(`file "${relativePath}" leads outside the workspace (a symlink?): refused`, 'outside');
    }
    try {
      return readRegularFile(real);
    } catch (error) {
      if (!(error instanceof FileReadError)) throw error;
      throw new WorkspacePathError(`file "${relativePath}" cannot be read: ${error.message}`, 'unreadable');
    }
  };
}
