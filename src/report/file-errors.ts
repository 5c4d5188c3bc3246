/** The summary shown instead of a scorecard when the OKR file cannot be read: every error, with its line. */
import type { OkrFileError } from '../okrs/model.js';
import { escapeInline } from './escape.js';

export function renderFileErrors(file: string, errors: readonly OkrFileError[]): string {
  const rows = errors.map((e) => `| ${e.line} | ${e.column} | ${escapeInline(e.message)} |`);
  return [
    '## OKR Scorecard',
    '',
    `❗ **${escapeInline(file)} is not a valid OKR file** — nothing was scored. Fix these and push again:`,
    '',
    '| Line | Column | Problem |',
    '| ---: | ---: | --- |',
    ...rows,
    '',
  ].join('\n');
}
