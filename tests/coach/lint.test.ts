import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { companyLocation, lint, renderLint, type CompanyInput } from '../../src/coach/lint.js';
import { readCorpus } from './corpus.js';

const companyFromCorpus = (): CompanyInput => ({ text: readCorpus('company.yml'), file: 'okrs/company.yml' });
const linted = (path: string, strict: boolean) =>
  lint({ text: readCorpus(path), file: path, strict, company: companyFromCorpus() });

describe('lint exit codes', () => {
  it('passes a well-formed file, strict or not', () => {
    for (const strict of [false, true]) {
      expect(linted('good/developer-experience.yml', strict)).toMatchObject({ errors: [], findings: [], exitCode: 0 });
    }
  });

  it('reports findings but exits 0, unless strict', () => {
    const relaxed = linted('output-kr/fires.yml', false);
    expect(relaxed.findings.map((f) => f.rule)).toEqual(['output-kr', 'output-kr', 'output-kr', 'output-kr']);
    expect(relaxed.exitCode).toBe(0);
    expect(linted('output-kr/fires.yml', true).exitCode).toBe(1);
  });

  it('exits 1 on an invalid file, with file, line and column, and does not coach it', () => {
    const text = readCorpus('good/developer-experience.yml').replace('    aligns-to: speed', '    align-to: speed');
    const result = lint({ text, file: '.github/okrs.yml', strict: false });
    expect(result.exitCode).toBe(1);
    expect(result.findings).toEqual([]);
    expect(result.errors[0]).toMatchObject({ file: '.github/okrs.yml', line: 11 });
  });
});

describe('lint and the company file', () => {
  it('asks for the company file only when the OKR file names one, and checks alignment against it', () => {
    const asked: string[] = [];
    const text = readCorpus('good/developer-experience.yml').replace('aligns-to: speed', 'aligns-to: sped');
    const result = lint({
      text,
      file: 'okrs.yml',
      strict: true,
      company: (ref) => {
        asked.push(ref.path);
        return companyFromCorpus();
      },
    });
    expect(asked).toEqual(['okrs/company.yml']);
    expect(result.findings).toMatchObject([{ rule: 'unknown-alignment', line: 11 }]);
    expect(result.exitCode).toBe(1);
  });

  it('skips a remote company file with a note, offline', () => {
    const result = lint({
      text: readCorpus('good/spec-example.yml'),
      file: '.github/okrs.yml',
      strict: true,
      company: (ref) => {
        const where = companyLocation(ref);
        return 'skipped' in where ? where : { text: '', file: join('/nowhere', where.path) };
      },
    });
    expect(result).toMatchObject({ errors: [], findings: [], exitCode: 0 });
    expect(result.notes).toEqual([
      'alignment not checked: the company file is in acme/.github (okrs/company.yml), and lint works offline; the ' +
        'action checks it.',
    ]);
  });

  it('notes an invalid company file without failing the team file', () => {
    const result = lint({
      text: readCorpus('good/developer-experience.yml'),
      file: 'okrs.yml',
      strict: true,
      company: { text: 'version: 2\n', file: 'okrs/company.yml' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.notes[0]).toMatch(
      /^alignment not checked: the company file okrs\/company\.yml is invalid \(okrs\/company\.yml:1:/,
    );
  });
});

describe('renderLint', () => {
  it('prints compiler-style lines and a tally', () => {
    const output = renderLint(linted('kr-count/fires.yml', true));
    expect(output.split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          String.raw`^kr-count/fires\.yml:6: warning \[kr-count\]: ` +
            'Objective "Payments never keep a customer waiting" has 1 key result',
        ),
      ),
      expect.stringMatching(
        /^kr-count\/fires\.yml:13: warning \[kr-count\]: Objective "Releases are a non-event" has 5 key results/,
      ),
      '✖ 2 coaching findings in kr-count/fires.yml',
      '',
    ]);
    expect(renderLint(linted('good/customer-support.yml', false))).toBe(
      '✔ good/customer-support.yml: valid, no coaching findings\n',
    );
  });

  it('prints errors as file:line:column and strips terminal control sequences from OKR text', () => {
    const result = lint({
      text: 'version: 1\nperiod: 2026-Q4\nobjectives: 3\n',
      file: 'o\u001b[31mkrs.yml',
      strict: false,
    });
    const output = renderLint(result);
    expect(output).toMatch(/^okrs\.yml:3:\d+: error: /);
    expect(output).not.toContain('\u001b');
    expect(output.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ errors? in okrs\.yml$/);
  });
});
