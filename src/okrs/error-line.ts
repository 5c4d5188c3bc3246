import type { OkrFileError } from './model.js';

/** `file:line:column: message`, the form editors and GitHub annotations understand. */
export function formatOkrError(error: OkrFileError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`;
}
