import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import type { Report } from '../../src/report/model.js';
import { sampleReport } from '../support/report.js';

describe('renderJson', () => {
  it('round-trips the report, 2-space indented with a trailing newline', () => {
    const report = sampleReport();
    const text = renderJson(report);
    expect(JSON.parse(text)).toEqual(report);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "version": 1,');
  });

  it('orders keys the same way whatever order the object was built in', () => {
    const report = sampleReport();
    const shuffled = Object.fromEntries(Object.entries(report).reverse()) as unknown as Report;
    expect(renderJson(shuffled)).toBe(renderJson(report));
    expect(Object.keys(JSON.parse(renderJson(shuffled)) as object).slice(0, 3)).toEqual([
      'version',
      'repository',
      'file',
    ]);
  });

  it('keeps fields it does not know, after the known ones, sorted', () => {
    const report = { ...sampleReport(), zeta: 1, alpha: 2 } as unknown as Report;
    const keys = Object.keys(JSON.parse(renderJson(report)) as object);
    expect(keys.slice(-2)).toEqual(['alpha', 'zeta']);
  });
});
