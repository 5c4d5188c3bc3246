/**
 * The command line tool's body: the same engine as the action, printing to the terminal. `--help`, `--version`
 * and a usage error answer from the command line's words alone; every other command loads its part of the tool
 * (commands.ts) only then, so that a first contact takes milliseconds, not the engine's load time.
 */
import type { CliIo } from './io.js';
import { parseArgv, UsageError, USAGE, usageText } from './argv.js';

/**
 * Returns the exit code: 0 fine, 1 what --fail-on names (an invalid OKR file included) or a failed lint, 2 a usage
 * error.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let values: ReturnType<typeof parseArgv>['values'];
  try {
    values = parseArgv(argv).values;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(usageText(error));
    return 2;
  }
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  const { runCommand } = await import('./commands.js');
  return runCommand(argv, io);
}
