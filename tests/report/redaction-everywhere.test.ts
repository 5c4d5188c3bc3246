/**
 * Redaction everywhere (issue #21 items 8 and 12): every token shape, through every renderer, escaped and clipped;
 * redacted before anything is derived (an id from a title), clipped (a terminal column) or printed (lint).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedactor, redactStrings } from '../../src/report/redact.js';
import { escapeInline } from '../../src/report/escape.js';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { renderJson } from '../../src/report/json.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { runCliAt } from '../support/run-cli.js';
import { keyResult, objective, report } from '../support/report.js';

const BODY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdef';
const SHAPES = ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_11AAAAAAA0'].map((prefix) => `${prefix}${BODY}`);
/** Any 8 characters of the token's body in a row would be a leak (clipped or escaped, `\_` included). */
const leaks = (text: string) => {
  const flat = text.replace(/\\/g, '');
  for (let i = 0; i + 8 <= BODY.length; i++) if (flat.includes(BODY.slice(i, i + 8))) return BODY.slice(i, i + 8);
  return undefined;
};

/** A title long enough that every renderer clips it in the middle of the token. */
const clippedTitle = (token: string) => `${'Cut incidents '.repeat(3)}${token} and more words after it`;

function hostile(token: string) {
  const kr = keyResult({
    title: clippedTitle(token),
    unit: token,
    error: `GitHub said ${token}`,
    status: 'error',
    value: null,
    score: null,
    series: [
      { at: '2026-10-08T00:00:00.000Z', value: 2000, samples: 3 },
      { at: '2026-10-15T00:00:00.000Z', value: 1900, samples: 3 },
    ],
  });
  return report({
    objectives: [objective({ title: `${'Be reliable '.repeat(25)}${token}`, keyResults: [kr] })],
    findings: [{ rule: 'no-stretch', severity: 'warning', message: `about ${token}`, line: 3 }],
  });
}

describe.each(SHAPES)('%s', (token) => {
  // What a sink does: redact the data first (action.ts, cli/run.ts), render, then redact the finished text.
  const redact = createRedactor([]);
  const renderers: [string, (r: ReturnType<typeof hostile>) => string][] = [
    ['terminal', (r) => renderTerminal(r, { color: false })],
    ['job summary', (r) => renderSummary(r)],
    ['comment', (r) => renderComment(r, { marker: '<!-- okr-scorecard:x -->' })],
    ['issue with charts', (r) => renderComment(r, { marker: '<!-- okr-scorecard:x -->', charts: true })],
    ['JSON', (r) => renderJson(r)],
  ];

  it.each(renderers)('%s: nothing of the token survives, escaped or clipped', (_, render) => {
    expect(leaks(redact(render(redactStrings(hostile(token), redact))))).toBeUndefined();
    // The renderers themselves redact token shapes before they clip: even without the sinks' redaction.
    if (_ !== 'JSON') expect(leaks(render(hostile(token)))).toBeUndefined();
  });

  it('the sink redaction allows for Markdown escapes (`github\\_pat\\_…`), wherever they come from', () => {
    const escaped = token.replace(/_/g, '\\_');
    expect(redact(`title ${escaped} end`)).toBe('title *** end');
    expect(redact(escapeInline(`x ${token.replace(/_/g, '\u0000_')}`))).not.toContain(BODY.slice(0, 8));
  });

  it('an id derived from a title carries no token', () => {
    const parsed = parseOkrFile(
      `version: 1\nperiod: 2026-Q4\nobjectives:\n  - title: "Ship ${token}"\n    key-results:\n` +
        `      - title: "Fewer incidents ${token}"\n        metric: { type: issue-count, labels: [incident] }\n` +
        '        target: 3\n',
      'okrs.yml',
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const objective = parsed.okrs.objectives[0]!;
    // A slug lowercases: compare in one case.
    for (const id of [objective.id, objective.keyResults[0]!.id]) {
      expect(leaks(id.toUpperCase()) ?? leaks(id.toLowerCase())).toBeUndefined();
      expect(id).not.toMatch(/abcdefgh|01234567/i);
    }
  });

  it('lint prints no token, neither in its lines nor in --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okr-redact-lint-'));
    writeFileSync(
      join(dir, 'okrs.yml'),
      `version: 1\nperiod: 2026-Q4\n"${token}": 1\nobjectives:\n  - title: "Ship ${token}"\n    key-results: []\n`,
    );
    for (const args of [
      ['lint', 'okrs.yml'],
      ['lint', 'okrs.yml', '--json'],
    ]) {
      const { stdout, stderr } = await runCliAt(args, { cwd: dir, now: new Date('2026-11-28T12:00:00Z') });
      expect(stdout).toMatch(/\*\*\*/);
      expect(leaks(stdout + stderr)).toBeUndefined();
    }
  });
});
