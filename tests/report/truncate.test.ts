import { describe, expect, it } from 'vitest';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES, truncateMarkdown } from '../../src/report/truncate.js';
import { keyResult, objective, report } from '../support/report.js';

const marker = '<!-- okr-scorecard:.github/okrs.yml -->';

/** `objectives` × `perObjective` key results, each titled `KR <o>.<k> <filler>`. */
function bigReport(objectives: number, perObjective: number, filler: string) {
  return report({
    objectives: Array.from({ length: objectives }, (_, o) =>
      objective({
        id: `o${o}`,
        title: `Objective ${o} ${filler}`,
        keyResults: Array.from({ length: perObjective }, (_, k) =>
          keyResult({ id: `k${k}`, title: `KR ${o}.${k} ${filler}` }),
        ),
      }),
    ),
  });
}

function expectWellFormed(markdown: string): void {
  expect(markdown.match(/<details>/g)?.length ?? 0).toBe(markdown.match(/<\/details>/g)?.length ?? 0);
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) expect(line.endsWith('|'), line).toBe(true);
  }
}

describe('truncateMarkdown', () => {
  it('leaves text within the limits untouched', () => {
    expect(truncateMarkdown('| a |\n', { maxChars: 6 })).toBe('| a |\n');
  });

  it('cuts a 70,000-character body to at most 65,536 characters with a note', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => `| row ${i} | ${'x'.repeat(60)} |`);
    const text = ['| head | text |', '| --- | --- |', ...rows].join('\n');
    expect(text.length).toBeGreaterThan(70_000);
    const cut = truncateMarkdown(text, { maxChars: COMMENT_MAX_CHARS });
    expect(cut.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    const shown = cut.split('\n').filter((line) => line.startsWith('| row ')).length;
    expect(cut).toContain(`… truncated: ${1000 - shown} table rows not shown (see the JSON report)`);
    expectWellFormed(cut);
  });

  it('closes a <details> the cut leaves open, outside of which the note shows', () => {
    const text = [
      '<details>',
      '<summary>more</summary>',
      '',
      ...Array.from({ length: 50 }, (_, i) => `line ${i}`),
      '</details>',
    ].join('\n');
    const cut = truncateMarkdown(text, { maxChars: 200 });
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toMatch(/<\/details>\n\n> ✂️ … truncated/);
    expectWellFormed(cut);
  });

  it('returns only the note when not even the first line fits', () => {
    const cut = truncateMarkdown(`| ${'x'.repeat(500)} |`, { maxChars: 100 });
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toContain('truncated: 1 table rows');
  });
});

describe('renderers stay within GitHub limits', () => {
  it('a comment over 70,000 characters is cut to 65,536, counting the key results left out', () => {
    const big = bigReport(10, 60, 'y'.repeat(80));
    const comment = renderComment(big, { marker });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(comment.startsWith(`${marker}\n`)).toBe(true);
    const shown = comment
      .split('\n')
      .filter((line) => /^\| KR \d+\.\d+ .* \|$/.test(line) && line.split(' | ').length === 5).length;
    expect(shown).toBeGreaterThan(0);
    expect(comment).toContain(`… truncated: ${600 - shown} key results not shown (see the JSON report)`);
    expectWellFormed(comment);
  });

  it('a comment leaves room for what the caller appends when asked', () => {
    const comment = renderComment(bigReport(10, 60, 'y'.repeat(80)), { marker, maxChars: COMMENT_MAX_CHARS - 5000 });
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS - 5000);
  });

  it('a 2 MiB summary of multi-byte text is cut to 1 MiB of valid UTF-8', () => {
    const filler = '漢字テキスト😀ÄÖÜ'.repeat(20);
    const big = bigReport(40, 80, filler);
    const full = renderSummary(big, { maxBytes: Infinity });
    expect(Buffer.byteLength(full, 'utf8')).toBeGreaterThan(2 * 1_048_576);
    const summary = renderSummary(big);
    const bytes = Buffer.from(summary, 'utf8');
    expect(bytes.length).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(summary);
    expect(summary).not.toContain('\uFFFD');
    expect(summary).toMatch(/… truncated: \d+ key results not shown \(see the JSON report\)\n$/);
    expectWellFormed(summary);
  });
});
