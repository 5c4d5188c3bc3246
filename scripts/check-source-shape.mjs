#!/usr/bin/env node
/**
 * What the formatter cannot enforce (npm run lint): no line of code over 120 characters (Biome wraps code but
 * leaves long strings and comments alone) and no source file over 300 lines (small files, one concept each).
 * Prints each offence as `file:line: why` and exits 1 when there is one.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX_LINE = 120;
const MAX_SOURCE_LINES = 300;
const CODE = /\.(ts|mts|js|mjs)$/;

const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((path) => CODE.test(path) && !path.startsWith('dist/') && !path.startsWith('tests/support/openapi/'));

const problems = [];
for (const path of tracked) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    continue; // deleted in the working tree
  }
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.length > MAX_LINE) problems.push(`${path}:${i + 1}: ${line.length} characters (at most ${MAX_LINE})`);
  });
  const count = text.endsWith('\n') ? lines.length - 1 : lines.length;
  if (path.startsWith('src/') && count > MAX_SOURCE_LINES) {
    problems.push(`${path}: ${count} lines (a source file has at most ${MAX_SOURCE_LINES}: split it by concept)`);
  }
}
for (const problem of problems) console.log(problem);
if (problems.length > 0) {
  console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'} of shape`);
  process.exit(1);
}
