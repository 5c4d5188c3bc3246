#!/usr/bin/env node
/** The command line entry: hands the process's arguments, environment and terminal to runCli. */
import { runCli } from './cli/run.js';
import { errorMessage } from './model/error-message.js';

// `okr-scorecard --demo | head`: a reader that leaves early is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // Nowhere left to write a message to: end quietly, failing unless the reader merely stopped reading.
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
  });
}

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    env: process.env,
    cwd: process.cwd(),
    now: new Date(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true,
    version: __OKR_SCORECARD_VERSION__,
  });
} catch (error) {
  process.stderr.write(`okr-scorecard: ${errorMessage(error)}\n`);
  process.exitCode = 1;
}
