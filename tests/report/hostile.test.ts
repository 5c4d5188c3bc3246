import { describe, expect, it } from 'vitest';
import { escapeInline, escapeTerminal, safeLinkTarget } from '../../src/report/escape.js';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { keyResult, objective, report } from '../support/report.js';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  'a | b | c',
  'first line\n# Injected heading\n| fake | row |',
  'ping @acme/payments and @someone',
  '</details> escaped the fold',
  '<!-- okr-scorecard:.github/okrs.yml -->',
  'run `rm -rf /` now',
  '[click me](javascript:alert(1)) ![img](https://evil.example/x.png)',
  '**bold** _em_ ~~strike~~ $\\color{red}{spoof}$',
  'fixes #123',
  'bell\u0007 escape\u001B[31m red \u202Eevil\u202C',
];

const marker = '<!-- okr-scorecard:.github/okrs.yml -->';

function hostileReport() {
  return report({
    team: '@acme/everyone',
    file: '.github/<b>okrs</b>.yml',
    period: {
      name: '<script>x</script>',
      start: '2026-10-01T00:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
      elapsed: 0.5,
    },
    objectives: HOSTILE.map((title, index) =>
      objective({
        id: `objective-${index}`,
        title,
        alignsTo: title,
        keyResults: [
          keyResult({
            id: `kr-${index}`,
            title,
            unit: title,
            value: 3,
            baseline: null,
            metric: { type: 'value', name: title },
          }),
          keyResult({ id: `failed-${index}`, title, error: title, status: 'error', value: null, score: null }),
        ],
      }),
    ),
    findings: HOSTILE.map((message, index) => ({ rule: message, severity: 'warning', message, line: index + 1 })),
  });
}

const unescapedPipes = (line: string): number => line.split(/(?<!\\)\|/).length - 1;

function expectInert(markdown: string, { withMarker }: { withMarker: boolean }): void {
  const lines = markdown.split('\n');
  const body = withMarker ? lines.slice(1).join('\n') : markdown;
  if (withMarker) expect(lines[0]).toBe(marker);

  // No HTML from text: the only tags are the renderer's own, and they balance.
  expect(body).not.toMatch(/<!--/);
  expect(body).not.toMatch(/<(?!\/?(details|summary|sub)>)[a-z/!]/i);
  expect(body.match(/<details>/g)?.length ?? 0).toBe(body.match(/<\/details>/g)?.length ?? 0);
  // No one notified, no issue cross-referenced.
  expect(body).not.toMatch(/@[A-Za-z0-9]/);
  expect(body).not.toMatch(/#\d/);
  // No link, image, code span, emphasis or math from text: all such punctuation is backslash-escaped.
  const own = /\[Full scorecard in the job summary\]\([^)]*\)|Coaching findings \(\d+\)/g;
  expect(body.replace(own, '')).not.toMatch(/(?<!\\)[[\]()`$~]/);
  expect(body).not.toMatch(/(?<!\\)(\*\*bold|_em_)/);
  // No line injected by a newline in text, and every table row has as many cells as its header.
  expect(lines.some((line) => line.startsWith('# Injected'))).toBe(false);
  let columns = 0;
  for (const line of lines) {
    if (!line.startsWith('|')) {
      columns = 0;
      continue;
    }
    if (columns === 0) columns = unescapedPipes(line);
    expect(unescapedPipes(line), line).toBe(columns);
  }
  // No control characters or bidi overrides survive.
  expect(markdown).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E]/);
}

describe('hostile text from the OKR file or GitHub renders inert', () => {
  it('in the job summary', () => {
    const markdown = renderSummary(hostileReport());
    expectInert(markdown, { withMarker: false });
    // The text is still there to read, escaped.
    expect(markdown).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(markdown).toContain('@\u200Bacme/payments');
  });

  it('in the comment, with and without a previous run', () => {
    expectInert(renderComment(hostileReport(), { marker }), { withMarker: true });
    const previous = { version: 2 as const, asOf: '<b>', score: 0.1, keyResults: {} };
    expectInert(renderComment(hostileReport(), { marker, previous, summaryUrl: 'javascript:alert(1)' }), {
      withMarker: true,
    });
  });

  it('in the terminal: no escape sequences from text, even with colour on', () => {
    const plain = renderTerminal(hostileReport(), { color: false });
    expect(plain).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F\u202A-\u202E]/);
    const coloured = renderTerminal(hostileReport(), { color: true });
    expect(coloured.replace(/\u001B\[[0-9;]*m/g, '')).toBe(plain);
    expect(coloured).toContain('\u001B[');
  });
});

describe('the comment marker', () => {
  it('must be one HTML comment, so a caller cannot make it visible or break out of it', () => {
    expect(() => renderComment(report(), { marker: 'okr-scorecard' })).toThrow(/single-line HTML comment/);
    expect(() => renderComment(report(), { marker: '<!-- a --> <b>x</b> <!-- b -->' })).toThrow(
      /single-line HTML comment/,
    );
    expect(() => renderComment(report(), { marker: '<!-- a\n -->' })).toThrow(/single-line HTML comment/);
  });
});

describe('escapeInline', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['<b>&</b>', '&lt;b&gt;&amp;&lt;/b&gt;'],
    ['@someone', '@\u200Bsomeone'],
    ['@org/team', '@\u200Borg/team'],
    ['see #42', 'see \\#\u200B42'],
    ['two\r\nlines', 'two lines'],
    ['[x](javascript:y)', '\\[x\\]\\(javascript:y\\)'],
    ['`code`', '\\`code\\`'],
    ['back\\slash', 'back\\\\slash'],
    ['$x$', '\\$x\\$'],
    ['plain title, 45 minutes: 10%', 'plain title, 45 minutes: 10%'],
    ['fixes GH-7', 'fixes GH-\u200B7'],
    ['https://github.com/acme/web/issues/9', 'https:\u200B//github.com/acme/web/issues/9'],
    ['see www.example.com', 'see www\u200B.example.com'],
  ])('%j → %j', (input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });

  it('caps very long text without splitting a surrogate pair', () => {
    expect(escapeInline('😀'.repeat(10), { maxLength: 4 })).toBe('😀😀😀…');
    expect(escapeInline('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
  });

  it('strips ANSI sequences and controls for the terminal', () => {
    expect(escapeTerminal('a\u001B[2J\u001B]0;title\u0007b\u0000c\nd')).toBe('abc d');
  });

  it('allows only http(s) link targets, with parentheses encoded', () => {
    expect(safeLinkTarget('javascript:alert(1)')).toBeNull();
    expect(safeLinkTarget('not a url')).toBeNull();
    expect(safeLinkTarget('https://example.com/a(b)')).toBe('https://example.com/a%28b%29');
  });
});
