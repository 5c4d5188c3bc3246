/**
 * `okr-scorecard lint [FILE]`: offline, the file's errors and the coach's findings (alignment against a company
 * file where one is at hand, or the one `--company` names); with `--repo`, the same
 * findings from a scorecard run that also calibrates against the previous period's data on GitHub (SPEC §13).
 */
import { dirname, resolve } from 'node:path';
import type { CliCommand } from './args.js';
import type { CliIo } from './io.js';
import { tryReadLocalFile } from '../io/workspace.js';
import { escapeTerminal } from '../report/escape.js';
import { createRedactor, redactTokenShapes } from '../report/redact.js';
import { companyLocation, lint, lintResult, renderLint, renderLintJson } from '../coach/lint.js';
import { parseOkrFile } from '../okrs/parse.js';
import type { OkrFileError } from '../okrs/model.js';
import type { Report } from '../report/model.js';
import { scoreAndCoach } from './score.js';
import { cliPrometheusServer } from './prometheus.js';

type LintCommand = Extract<CliCommand, { kind: 'lint' }>;

export async function runLint(command: LintCommand, io: CliIo): Promise<number> {
  const read = tryReadLocalFile(resolve(io.cwd, command.file));
  if ('problem' in read) {
    io.stderr(`okr-scorecard: ${escapeTerminal(command.file)}: ${read.problem}\n`);
    return 2;
  }
  const text = read.text;
  if (command.repo !== undefined) return calibratedLint(command, command.repo, text, io);
  let given: { file: string; text: string } | undefined;
  if (command.company !== undefined) {
    const company = tryReadLocalFile(resolve(io.cwd, command.company));
    if ('problem' in company) {
      io.stderr(`okr-scorecard: --company ${escapeTerminal(command.company)}: ${company.problem}\n`);
      return 2;
    }
    given = { file: command.company, text: company.text };
  }
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
  io.stdout(redactTokenShapes(renderFor(command, result)));
  return result.exitCode;
}

/** A company file's text, if there is a readable one. */
function readSync(path: string): string | undefined {
  const read = tryReadLocalFile(path);
  return 'text' in read ? read.text : undefined;
}

/**
 * Lint with calibration: a file with errors is reported as offline lint reports it; a valid one is scored
 * (nothing supplied: `value` key results are neither measured nor calibrated) and its findings printed as lint's.
 */
async function calibratedLint(command: LintCommand, repository: string, text: string, io: CliIo): Promise<number> {
  const parsed = parseOkrFile(text, command.file);
  if (!parsed.ok) {
    const result = lint({ text, file: command.file, strict: command.strict });
    io.stdout(redactTokenShapes(renderFor(command, result)));
    return result.exitCode;
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || undefined;
  if (token === undefined) {
    io.stderr(
      'okr-scorecard: lint --repo reads the previous period from GitHub: set GITHUB_TOKEN (or GH_TOKEN), ' +
        'or lint offline without --repo\n',
    );
    return 2;
  }
  const prometheus = cliPrometheusServer(command.prometheusUrl, io.env);
  if (!prometheus.ok) {
    io.stderr(`okr-scorecard: ${escapeTerminal(prometheus.error)}\n`);
    return 2;
  }
  const report = await scoreAndCoach({
    prometheus: prometheus.server,
    okrs: parsed.okrs,
    repository,
    baseUrl: command.apiUrl ?? (io.env.GITHUB_API_URL || 'https://api.github.com'),
    token,
    metrics: {},
    io,
    asOf: command.asOf ?? io.now,
    deadline: command.deadline,
    calibrate: true,
  });
  const redact = createRedactor([token, ...(prometheus.server?.secrets ?? [])]);
  const result = lintResult(
    { file: command.file, strict: command.strict },
    uncalibrated(report, command.file),
    report.findings,
    [],
  );
  io.stdout(redact(renderFor(command, result)));
  return result.exitCode;
}

/** `--json` prints the result as JSON; the terminal gets the lines lint prints. */
function renderFor(command: LintCommand, result: ReturnType<typeof lint>): string {
  return command.json ? renderLintJson(result) : `${renderLint(result)}\n`;
}

/**
 * The key results that could not be measured, so were not calibrated either (GitHub unreachable, a repository or
 * workflow not found, a query refused): errors on their lines, so that a lint that checked nothing never passes
 * as clean. `value` key results are not calibrated (§13) and have nothing supplied here.
 */
function uncalibrated(report: Report, file: string): OkrFileError[] {
  return report.objectives.flatMap((objective) =>
    objective.keyResults
      .filter((kr) => kr.error !== null && kr.metric.type !== 'value')
      .map((kr) => ({ file, line: kr.line, column: 1, message: `not calibrated: ${kr.error}` })),
  );
}
