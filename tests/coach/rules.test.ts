import { describe, expect, it } from 'vitest';
import { coach } from '../../src/coach/index.js';
import { actualFindings, corpusFiles, expectedFindings, parseCorpus, previousValues } from './corpus.js';

const company = parseCorpus('company.yml');
const RULE_FOLDERS = [
  'kr-count',
  'too-many-objectives',
  'quantitative-objective',
  'output-kr',
  'no-stretch',
  'unaligned',
  'unknown-alignment',
  'individual-owner',
  'output-objective',
  'easy-target',
  'stale-baseline',
];

describe('each rule fires where marked, and its twin is clean', () => {
  for (const folder of RULE_FOLDERS) {
    it.each(corpusFiles(folder))('%s', (path) => {
      const previous = previousValues(folder);
      const findings = coach({ okrs: parseCorpus(path), company, elapsed: 0.5, isPullRequest: false, previous });
      expect(actualFindings(findings)).toEqual(expectedFindings(path));
      if (path.endsWith('fires.yml')) expect(findings.every((f) => f.rule === folder)).toBe(true);
    });
  }
  it('every rule folder has a file where it fires and a twin', () => {
    for (const folder of RULE_FOLDERS)
      expect(corpusFiles(folder)).toEqual([`${folder}/fires.yml`, `${folder}/twin.yml`]);
  });
});

describe('well-formed OKR files get no findings', () => {
  it.each(corpusFiles('good'))('%s', (path) => {
    const okrs = parseCorpus(path);
    expect(coach({ okrs, company, elapsed: 0.5, isPullRequest: false })).toEqual([]);
    // Nor on a pull request late in the period that changed nothing.
    expect(coach({ okrs, company, base: okrs, elapsed: 0.95, isPullRequest: true })).toEqual([]);
  });
});
