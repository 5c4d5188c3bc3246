/** Loading the coach corpus: OKR files whose `# ← rule` comments mark where each finding is expected. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOkrFile } from '../../src/okrs/parse.js';
import type { OkrFile } from '../../src/okrs/model.js';
import type { Finding } from '../../src/report/model.js';

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
