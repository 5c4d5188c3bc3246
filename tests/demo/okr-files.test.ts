import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { demoCompanyText, demoMetrics, demoOkrsText } from '../../demo/scenario.js';
import { parseOkrFile } from '../../src/okrs/parse.js';

const okrsFile = new URL('../../demo/okrs.yml', import.meta.url);
const companyFile = new URL('../../demo/company.yml', import.meta.url);

describe('the demo OKR files', () => {
  it('are embedded exactly as they are on disk', () => {
    expect(demoOkrsText).toBe(readFileSync(okrsFile, 'utf8'));
    expect(demoCompanyText).toBe(readFileSync(companyFile, 'utf8'));
  });

  it('are valid YAML', () => {
    expect(() => parse(demoOkrsText, { prettyErrors: true, uniqueKeys: true })).not.toThrow();
    expect(() => parse(demoCompanyText, { prettyErrors: true, uniqueKeys: true })).not.toThrow();
  });

  it('parse without errors', () => {
    for (const [text, file] of [
      [demoOkrsText, 'demo/okrs.yml'],
      [demoCompanyText, 'demo/company.yml'],
    ] as const) {
      const result = parseOkrFile(text, file);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it('align every team objective with a company objective and use most metric types', () => {
    const team = parseOkrFile(demoOkrsText, 'demo/okrs.yml');
    const company = parseOkrFile(demoCompanyText, 'demo/company.yml');
    if (!team.ok || !company.ok) throw new Error('the demo files must parse');
    const companyIds = new Set(company.okrs.objectives.map((objective) => objective.id));
    for (const objective of team.okrs.objectives)
      expect(companyIds.has(objective.alignsTo ?? ''), objective.id).toBe(true);
    const keyResults = team.okrs.objectives.flatMap((objective) => objective.keyResults);
    expect(new Set(keyResults.map((kr) => kr.metric.type)).size).toBeGreaterThanOrEqual(9);
    expect(keyResults.some((kr) => kr.metric.window === 30 * 86_400)).toBe(true);
    expect(team.okrs.period.name).toBe('2026-Q4');
    expect(team.okrs.company).toEqual({ repository: 'acme/.github', path: 'okrs/company.yml', ref: 'main' });
  });

  it('supply every value metric the demo OKR file names', () => {
    const team = parseOkrFile(demoOkrsText, 'demo/okrs.yml');
    if (!team.ok) throw new Error('the demo file must parse');
    const supplied = demoMetrics();
    for (const kr of team.okrs.objectives.flatMap((objective) => objective.keyResults)) {
      if (kr.metric.type === 'value' && kr.metric.name !== undefined)
        expect(typeof supplied[kr.metric.name], kr.id).toBe('number');
    }
  });
});
