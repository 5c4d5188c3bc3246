import { formatOkrError } from '../../src/okrs/error-line.js';
import { parseOkrFile } from '../../src/okrs/parse.js';

export const FILE = '.github/okrs.yml';

/** Every error of a file that must not parse, as `file:line:column: message`. */
export function errorsOf(...lines: string[]): string[] {
  const result = parseOkrFile(lines.join('\n'), FILE);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.errors.map(formatOkrError);
}
