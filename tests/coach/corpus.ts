/** Loading the coach corpus: OKR files whose `# ← rule` comments mark where each finding is expected. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOkrFile } from '../../src/okrs/parse.js';
import type { OkrFile } from '../../src/okrs/model.js';
import type { Finding, PreviousValue } from '../../src/report/model.js';

export const CORPUS_DIR = join(import.meta.dirname, 'corpus');

export function corpusFiles(folder: string): string[] {
  return readdirSync(join(CORPUS_DIR, folder))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => `${folder}/${name}`)
    .sort();
}

export function readCorpus(path: string): string {
  return readFileSync(join(CORPUS_DIR, path), 'utf8');
}

export function parseCorpus(path: string): OkrFile {
  const parsed = parseOkrFile(readCorpus(path), path);
  if (!parsed.ok) {
    throw new Error(parsed.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n'));
  }
  return parsed.okrs;
}

/** `rule@line` for every `# ← rule[, rule]` mark in the file. */
export function expectedFindings(path: string): string[] {
  return readCorpus(path)
    .split('\n')
    .flatMap((text, index) => {
      const mark = /# ← ([\w-]+(?:, [\w-]+)*)\s*$/.exec(text);
      return mark ? mark[1]!.split(', ').map((rule) => `${rule}@${index + 1}`) : [];
    })
    .sort();
}

export function actualFindings(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.rule}@${finding.line}`).sort();
}

/**
 * What the previous period measured for the calibration rules' corpus (SPEC §13): a folder's `previous.json`,
 * `objective/key-result` → `{ value, samples }` in the stored units (seconds, fractions); undefined without one.
 */
export function previousValues(folder: string): Map<string, PreviousValue> | undefined {
  const path = join(CORPUS_DIR, folder, 'previous.json');
  if (!existsSync(path)) return undefined;
  const given = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { value: number; samples: number }>;
  const window = { start: '2026-07-01T00:00:00.000Z', end: '2026-10-01T00:00:00.000Z' };
  return new Map(Object.entries(given).map(([key, measured]) => [key, { ...measured, ...window }]));
}
