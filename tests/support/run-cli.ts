/**
 * Runs the command line tool in this process, through runCli with what src/cli.ts would hand it: the arguments,
 * an environment, a working directory, and the terminal's two streams, collected. What only the bundle shows
 * (the built-in version, a reader that stops early) is tested on dist/cli.js in tests/bundle/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import { ROOT } from './root.js';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliIn(
  cwd: string,
  args: string[],
  env: Record<string, string | undefined> = {},
  now = new Date(),
): Promise<CliResult> {
  const out = { stdout: '', stderr: '' };
  const code = await runCli(args, {
    env,
    cwd,
    now,
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    isTty: false,
    version,
  });
  return { code, ...out };
}

/** The same, with the working directory, the clock and the environment named: `runCliAt(args, { cwd, now })`. */
export function runCliAt(
  args: string[],
  options: { cwd: string; now: Date; env?: Record<string, string | undefined> },
): Promise<CliResult> {
  return runCliIn(options.cwd, args, options.env ?? {}, options.now);
}
