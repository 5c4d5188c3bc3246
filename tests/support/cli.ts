/** The command line in process: runCli with captured output, as the tests of each command call it. */
import { runCli } from '../../src/cli/run.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliIn(
  args: string[],
  options: { cwd: string; now: Date; env?: NodeJS.ProcessEnv },
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env: options.env ?? {},
    cwd: options.cwd,
    now: options.now,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTty: false,
    version: '0.0.0',
  });
  return { code, stdout, stderr };
}
