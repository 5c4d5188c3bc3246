/**
 * Findings and OKR file errors as GitHub annotations on the OKR file's line, so they show in the pull
 * request's "Files changed" view. `@actions/core` escapes the message and properties (`%`, `:`, `,`, newlines),
 * so text from the OKR file cannot forge a second workflow command.
 */
import * as core from '@actions/core';
import type { OkrFileError } from '../okrs/model.js';
import type { Finding } from '../report/model.js';

export type Annotator = Pick<typeof core, 'error' | 'warning' | 'notice'>;

/** `file` is the OKR file's path relative to the repository root, as the annotation must name it. */
export function annotateFindings(findings: readonly Finding[], file: string, annotator: Annotator = core): void {
  for (const finding of findings) {
    const properties = { file, startLine: finding.line, title: finding.rule };
    if (finding.severity === 'error') annotator.error(finding.message, properties);
    else if (finding.severity === 'info') annotator.notice(finding.message, properties);
    else annotator.warning(finding.message, properties);
  }
}

export function annotateErrors(errors: readonly OkrFileError[], annotator: Annotator = core): void {
  for (const error of errors) {
    annotator.error(error.message, {
      file: error.file,
      startLine: error.line,
      startColumn: error.column,
      title: 'Invalid OKR file',
    });
  }
}
