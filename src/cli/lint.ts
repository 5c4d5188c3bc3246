/** `okr-scorecard lint`: validate and coach an OKR file offline, against a company file where one is at hand. */
import { dirname, resolve } from 'node:path';
import type { CliCommand } from './args.js';
import type { CliIo } from './io.js';
import { companyLocation, lint, renderLint, renderLintJson } from '../coach/lint.js';
import { tryReadLocalFile } from '../io/workspace.js';
import { escapeTerminal } from '../report/escape.js';
import { redactTokenShapes } from '../report/redact.js';

export async function runLint(command: Extract<CliCommand, { kind: 'lint' }>, io: CliIo): Promise<number> {
  const read = tryReadLocalFile(resolve(io.cwd, command.file));
  if ('problem' in read) {
    io.stderr(`okr-scorecard: ${escapeTerminal(command.file)}: ${read.problem}\n`);
    return 2;
  }
  let given: { file: string; text: string } | undefined;
  if (command.company !== undefined) {
    const company = tryReadLocalFile(resolve(io.cwd, command.company));
    if ('problem' in company) {
      io.stderr(`okr-scorecard: --company ${escapeTerminal(command.company)}: ${company.problem}\n`);
      return 2;
    }
    given = { file: command.company, text: company.text };
  }
  const text = read.text;
  const okrsDir = dirname(resolve(io.cwd, command.file));
  const result = lint({
    text,
    file: command.file,
    strict: command.strict,
    company: (ref) => {
      // `--company FILE`: the file to check alignment against, wherever `company:` says it lives.
      if (given !== undefined) return given;
      const where = companyLocation(ref);
      if ('skipped' in where) return where;
      // A company file in this repository: read it from the checkout (relative to the repository root, which
      // for `.github/okrs.yml` is the folder above `.github`), falling back to the current directory.
      const text = readSync(resolve(io.cwd, where.path)) ?? readSync(resolve(okrsDir, '..', where.path));
      return text === undefined
        ? { skipped: `alignment not checked: company file ${where.path} not found` }
        : { file: where.path, text };
    },
  });
  io.stdout(redactTokenShapes(command.json ? renderLintJson(result) : `${renderLint(result)}\n`));
  return result.exitCode;
}

/** A company file's text, if there is a readable one. */
function readSync(path: string): string | undefined {
  const read = tryReadLocalFile(path);
  return 'text' in read ? read.text : undefined;
}
