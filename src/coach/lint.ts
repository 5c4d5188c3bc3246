/**
 * `okr-scorecard lint [FILE]`: validate and coach an OKR file with no token and no network. The CLI reads the
 * files and prints `renderLint(result)`; everything here is pure.
 */
import type { CompanyRef, OkrFile, OkrFileError } from '../okrs/model.js';
import type { Finding } from '../report/model.js';
import { parseOkrFile } from '../okrs/parse.js';
import { formatOkrError } from '../okrs/error-line.js';
import { coach } from './index.js';
import { escapeTerminal } from '../report/escape.js';
import { plural } from '../model/plural.js';

export type CompanyInput = { text: string; file: string } | { skipped: string };

export interface LintInput {
  text: string;
  file: string;
  /**
   * The company file named by `company:`, or why it was not read. A function is asked only when the OKR file
   * parses and names one (use `companyLocation` to decide whether it is local).
   */
  company?: CompanyInput | ((ref: CompanyRef) => CompanyInput);
  /** Findings fail the lint too (exit code 1). */
  strict: boolean;
}

export interface LintResult {
  file: string;
  errors: OkrFileError[];
  findings: Finding[];
  /** What was not checked and why (e.g. alignment against a remote company file). */
  notes: string[];
  exitCode: 0 | 1;
}

/** Where lint can read the company file: a path in this checkout, or why it cannot (another repository). */
export function companyLocation(ref: CompanyRef): { path: string } | { skipped: string } {
  if (ref.repository !== undefined) {
    return {
      skipped:
        `alignment not checked: the company file is in ${ref.repository} (${ref.path}), ` +
        'and lint works offline; the action checks it.',
    };
  }
  return { path: ref.path };
}

export function lint(input: LintInput): LintResult {
  const parsed = parseOkrFile(input.text, input.file);
  if (!parsed.ok) return lintResult(input, parsed.errors, [], []);
  const { okrs } = parsed;
  const notes: string[] = [];
  const company = readCompany(okrs, input.company, notes);
  const findings = coach({ okrs, company, elapsed: 0, isPullRequest: false });
  return lintResult(input, [], findings, notes);
}

function readCompany(
  okrs: OkrFile,
  given: LintInput['company'],
  notes: string[],
): OkrFile | { skipped: string } | undefined {
  if (okrs.company === undefined) return undefined;
  const input = typeof given === 'function' ? given(okrs.company) : given;
  if (input === undefined) {
    notes.push(`alignment not checked: the company file ${okrs.company.path} was not read.`);
    return { skipped: 'not read' };
  }
  if ('skipped' in input) {
    notes.push(input.skipped);
    return input;
  }
  const parsed = parseOkrFile(input.text, input.file);
  if (parsed.ok) return parsed.okrs;
  // The company file is usually someone else's to fix: say why alignment was not checked,
  // but do not fail on it.
  const skipped =
    `alignment not checked: the company file ${input.file} is invalid ` +
    `(${parsed.errors.map(formatOkrError).join('; ')}).`;
  notes.push(skipped);
  return { skipped };
}

/** The result of linting: also from findings made elsewhere (a calibrating lint scores the file to find them). */
export function lintResult(
  input: Pick<LintInput, 'file' | 'strict'>,
  errors: OkrFileError[],
  findings: Finding[],
  notes: string[],
): LintResult {
  const failed = errors.length > 0 || (input.strict && findings.length > 0);
  return { file: input.file, errors, findings, notes, exitCode: failed ? 1 : 0 };
}

/**
 * Compiler-style lines (`file:line:column: severity: message`), which editors and terminals turn into links,
 * then a one-line tally. Messages quote the OKR file, so they go through `escapeTerminal`.
 */
export function renderLint(result: LintResult): string {
  const lines = [
    ...result.errors.map(
      (error) => `${escapeTerminal(error.file)}:${error.line}:${error.column}: error: ${escapeTerminal(error.message)}`,
    ),
    ...result.findings.map(
      (finding) =>
        `${escapeTerminal(result.file)}:${finding.line}: ` +
        `${finding.severity} [${finding.rule}]: ${escapeTerminal(finding.message)}`,
    ),
    ...result.notes.map((note) => `note: ${escapeTerminal(note)}`),
  ];
  const tally =
    result.errors.length > 0
      ? `✖ ${plural(result.errors.length, 'error')} in ${escapeTerminal(result.file)}`
      : result.findings.length > 0
        ? `${result.exitCode === 1 ? '✖' : '⚠'} ` +
          `${plural(result.findings.length, 'coaching finding')} in ${escapeTerminal(result.file)}`
        : `✔ ${escapeTerminal(result.file)}: valid, no coaching findings`;
  return `${[...lines, tally].join('\n')}\n`;
}

/** `lint --json`: the result as data, for editors and scripts (errors with their place, findings, notes). */
export function renderLintJson(result: LintResult): string {
  const errors = result.errors.map(({ file, line, column, message }) => ({ file, line, column, message }));
  const findings = result.findings.map(({ rule, severity, line, message }) => ({ rule, severity, line, message }));
  const valid = result.errors.length === 0;
  const { file, notes, exitCode } = result;
  return `${JSON.stringify({ file, valid, errors, findings, notes, exitCode }, null, 2)}\n`;
}
