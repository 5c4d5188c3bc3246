/**
 * Where the command line writes a file a user named (`rollup --html OUT`): never over one of the run's inputs,
 * never over a file this tool did not write (unless `--force`), and `-` is standard output.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DASHBOARD_GENERATOR } from '../report/dashboard/render.js';

/** How much of an existing file to read for the generator marker: it sits in the page's head. */
const HEAD_BYTES = 4096;

/** Why `target` must not be written, in words for the user, or undefined when it may be. */
export function outputRefusal(
  target: string,
  options: { cwd: string; inputs: readonly string[]; force: boolean },
): string | undefined {
  const path = resolve(options.cwd, target);
  const existing = statOrUndefined(path);
  if (existing === undefined) return undefined;
  if (existing.isDirectory()) return 'it is a directory: give a file name, e.g. dashboard.html';
  // The same file by device and inode, so that `./c.yml`, a hard link or another case on macOS are caught too.
  for (const input of options.inputs) {
    const stat = statOrUndefined(resolve(options.cwd, input));
    if (stat !== undefined && stat.dev === existing.dev && stat.ino === existing.ino) {
      return `it is one of the files being rolled up (${input}): give another file to write`;
    }
  }
  if (options.force || wroteByUs(path)) return undefined;
  return 'the file exists and okr-scorecard did not write it: give a new file, or add --force to overwrite it';
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A dashboard from an earlier run names its generator in its head; any other file is the user's. */
function wroteByUs(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, head, 0, HEAD_BYTES, 0);
    return head.subarray(0, length).toString('utf8').includes(DASHBOARD_GENERATOR);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
