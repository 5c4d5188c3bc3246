import { describe, expect, it } from 'vitest';
import { composeBody, markerFor, previousRunFromReport, renderBudget } from '../../src/deliver/marker.js';
import { renderJson } from '../../src/report/json.js';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import type { KeyResultChange, KeyResultVersion } from '../../src/report/model.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES } from '../../src/report/truncate.js';
import { keyResult, objective, report } from '../support/report.js';

const version = (target: number, overrides: Partial<KeyResultVersion> = {}): KeyResultVersion => ({
  metric: { type: 'issue-count', labels: ['incident'] },
  unit: 'count',
  baseline: 12,
  target,
  direction: null,
  weight: 1,
  scoreToday: 0.5,
  ...overrides,
});

function removed(i: number, title: string): KeyResultChange {
  return {
    kind: 'removed',
    objectiveId: 'gone',
    keyResultId: `kr-${i}`,
    title: `${title} ${i}`,
    fields: [],
    before: version(3),
    after: null,
    line: 4,
  };
}

/** A scorecard of 12 key results, and far more changes with long titles than any body can hold. */
function crowded(changes: number, title: string) {
  const keyResults = Array.from({ length: 12 }, (_, i) => keyResult({ id: `k${i}`, title: `Key result ${i}` }));
  return report({
    objectives: [objective({ keyResults })],
    changes: Array.from({ length: changes }, (_, i) => removed(i, title)),
    findings: [{ rule: 'kr-count', severity: 'warning', message: 'Too many key results.', line: 8 }],
  });
}

const rowsOf = (markdown: string, prefix: string) => markdown.split('\n').filter((line) => line.startsWith(prefix));

describe('the changes to the OKRs are sized like the rest', () => {
  it('long titles never push the scorecard out of the comment, nor the hidden state', () => {
    const big = crowded(400, 'A very long key result title that keeps going '.repeat(6));
    const marker = markerFor('.github/okrs.yml');
    const state = previousRunFromReport(big);
    const body = composeBody(renderComment(big, { marker, maxChars: renderBudget(state) }), marker, state);
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(body.startsWith(marker)).toBe(true);
    for (let i = 0; i < 12; i++) expect(body).toContain(`| Key result ${i} |`);
    const shown = rowsOf(body, '| A very long').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(400);
    expect(body).toContain(`> ✂️ … truncated: ${400 - shown} changes to the OKRs not shown (see the JSON report)`);
    expect(body).toMatch(/okr-scorecard-state:v\d+ /);
  });

  it('the summary stays within SUMMARY_MAX_BYTES with every key result in it', () => {
    // Four bytes a character: 1,200 changes of 290 emoji are over 1.3 MiB.
    const big = crowded(1200, '🎯'.repeat(290));
    const summary = renderSummary(big);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(Buffer.byteLength(summary, 'utf8')).toBeGreaterThan(SUMMARY_MAX_BYTES - 10_000);
    for (let i = 0; i < 12; i++) expect(summary).toContain(`| Key result ${i} |`);
    expect(summary).toMatch(/> ✂️ … truncated: \d+ changes to the OKRs not shown/);
    expect(summary).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('come after the scorecard and before the coaching findings', () => {
    const small = crowded(2, 'Removed');
    for (const markdown of [renderSummary(small), renderComment(small, { marker: markerFor('okrs.yml') })]) {
      const changes = markdown.indexOf('### Changes to the OKRs');
      expect(changes).toBeGreaterThan(markdown.indexOf('| Key result 11 |'));
      expect(changes).toBeLessThan(markdown.indexOf('Coaching findings'));
    }
  });
});

describe('the changes in the JSON report and on the terminal', () => {
  const changed: KeyResultChange = {
    kind: 'changed',
    objectiveId: 'fast',
    keyResultId: 'deploy-time',
    title: 'Deploy time falls',
    fields: ['target', 'direction'],
    before: version(600, { unit: 'seconds', baseline: 2700, scoreToday: 0.57 }),
    after: version(1200, { unit: 'seconds', baseline: 2700, direction: 'decrease', scoreToday: 0.8 }),
    line: 14,
  };

  it('are data in the JSON report, keys in a fixed order', () => {
    const json = JSON.parse(renderJson(report({ changes: [changed, removed(1, 'Old')] })));
    expect(json.changes).toEqual([
      { ...changed, before: { ...changed.before }, after: { ...changed.after } },
      expect.objectContaining({ kind: 'removed', keyResultId: 'kr-1', after: null }),
    ]);
    expect(Object.keys(json.changes[0])).toEqual([
      'kind',
      'objectiveId',
      'keyResultId',
      'title',
      'fields',
      'before',
      'after',
      'line',
    ]);
    expect(Object.keys(json.changes[0].before)).toEqual([
      'metric',
      'unit',
      'baseline',
      'target',
      'direction',
      'weight',
      'scoreToday',
    ]);
    expect(Object.keys(json)).toContain('changes');
    expect(JSON.parse(renderJson(report())).changes).toEqual([]);
  });

  it('are listed by the terminal renderer, titles stripped of control characters', () => {
    const hostile = { ...removed(2, 'Old \u001B[31mred'), title: 'Old \u001B[31mred' };
    const text = renderTerminal(report({ changes: [changed, hostile] }), { color: false });
    expect(text).toContain('Changes to the OKRs (2)');
    expect(text).toContain(
      '  Deploy time falls: target 10m → 20m; direction (natural) → decrease · score today 57% → 80%',
    );
    expect(text).toContain('  Old red: removed (target was 3) · score today 50% → —');
    expect(text).not.toContain('\u001B');
    expect(renderTerminal(report(), { color: false })).not.toContain('Changes to the OKRs');
  });
});
