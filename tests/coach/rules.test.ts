import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { coach, RULE_NAMES } from '../../src/coach/index.js';
import { actualFindings, CORPUS_DIR, corpusFiles, expectedFindings, parseCorpus, previousValues } from './corpus.js';

const company = parseCorpus('company.yml');
/** Corpus folders that are not one rule's: whole files that must get no finding, and the goalpost heads. */
const NOT_RULES = ['good', 'goalposts'];

describe('each rule fires where marked, and its twin is clean', () => {
  it('every rule has a folder, and every folder but good/ and goalposts/ is a rule', () => {
    const folders = readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const ruleFolders = folders.map((entry) => entry.name).filter((name) => !NOT_RULES.includes(name));
    expect(ruleFolders.sort()).toEqual([...RULE_NAMES].sort());
  });

  describe.each(RULE_NAMES)('%s', (rule) => {
    const files = existsSync(join(CORPUS_DIR, rule)) ? corpusFiles(rule) : [];
    const base = files.includes(`${rule}/base.yml`) ? parseCorpus(`${rule}/base.yml`) : undefined;
    // The calibration rules' folders hold what the previous period measured (previous.json).
    const previous = previousValues(rule);
    const coachFile = (path: string) =>
      coach({ okrs: parseCorpus(path), company, base, elapsed: 0.5, isPullRequest: base !== undefined, previous });

    it('has a file where it fires and a twin', () => {
      expect(files.filter((path) => path !== `${rule}/base.yml`)).toEqual([`${rule}/fires.yml`, `${rule}/twin.yml`]);
    });

    it('fires where fires.yml marks it, and nothing else does', () => {
      const findings = coachFile(`${rule}/fires.yml`);
      expect(actualFindings(findings)).toEqual(expectedFindings(`${rule}/fires.yml`));
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((finding) => finding.rule === rule)).toBe(true);
    });

    it('finds nothing in twin.yml', () => {
      expect(expectedFindings(`${rule}/twin.yml`)).toEqual([]);
      expect(coachFile(`${rule}/twin.yml`)).toEqual([]);
    });
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
