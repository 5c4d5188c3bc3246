import { describe, expect, it } from 'vitest';
import { useStandIn } from '../support/stand-in.js';
import { demoHistory } from '../../demo/history.js';
import { createGitHubClient } from '../../src/github/client.js';
import { renderComment, renderSummary } from '../../src/report/markdown.js';
import { renderJson } from '../../src/report/json.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { createRedactor, redactingAnnotator, redactTokenShapes, redactWrites } from '../../src/report/redact.js';
import { limitAnnotations } from '../../src/deliver/annotations.js';
import { escapeMermaidLabel } from '../../src/report/escape.js';
import { keyResult, objective, report } from '../support/report.js';

const standIn = useStandIn();

const TOKEN = 'ghs_jobToken0123456789abcdefABCDEF0123';
const CHECKOUT = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const OTHERS = [
  `ghp_${'a1B2'.repeat(9)}`,
  `gho_${'Z9y8'.repeat(9)}`,
  `ghu_${'q'.repeat(36)}`,
  `ghr_${'7'.repeat(36)}`,
  `github_pat_11ABCDEFG0${'x_Y'.repeat(25)}`,
];
const redact = createRedactor([TOKEN]);

describe('redact', () => {
  it('replaces the token, its base64 checkout form and every GitHub token shape by ***', () => {
    const text = `a ${TOKEN} b ${CHECKOUT} c ${Buffer.from(TOKEN).toString('base64')} d ${OTHERS.join(' ')} e`;
    expect(redact(text)).toBe('a *** b *** c *** d *** *** *** *** *** e');
  });

  it('catches the token after the Markdown escaper touched it, and leaves the escapes around it intact', () => {
    const escaped = `| ghs\\_jobToken0123456789abcdefABCDEF0123\\| | ghp\\_${'a1B2'.repeat(9)} |`;
    expect(redact(escaped)).toBe('| ***\\| | *** |');
  });

  it('keeps the scheme of an Authorization header and drops its credential', () => {
    expect(redactTokenShapes('\textraheader = AUTHORIZATION: basic dXNlcjpwYXNz==')).toBe(
      '\textraheader = AUTHORIZATION: basic ***',
    );
    expect(redactTokenShapes('Authorization: Bearer abc.def-ghi')).toBe('Authorization: Bearer ***');
  });

  it('leaves ordinary text, short secrets and prose about token kinds alone', () => {
    const prose = 'ghs_ tokens expire; githubber; 14% → 4%; p99 < 200 ms; a_b_c';
    expect(createRedactor(['short', '', undefined])(prose)).toBe(prose);
  });

  it('keeps a redacted JSON report valid JSON', () => {
    const hostile = report({
      objectives: [objective({ title: `obj "${TOKEN}"`, keyResults: [keyResult({ title: `kr \\${OTHERS[0]}\\` })] })],
    });
    const json = redact(renderJson(hostile));
    const parsed = JSON.parse(json);
    expect(parsed.objectives[0].title).toBe('obj "***"');
    expect(parsed.objectives[0].keyResults[0].title).toBe('kr \\***\\');
  });

  it('no renderer output carries a token from a hostile title, error or finding once redacted', () => {
    const hostile = report({
      objectives: [
        objective({
          title: `Objective ${TOKEN}`,
          alignsToTitle: CHECKOUT,
          keyResults: [keyResult({ title: `KR ${OTHERS[0]}`, error: `failed with ${OTHERS[4]}`, status: 'error' })],
        }),
      ],
      findings: [{ rule: 'kr-count', severity: 'warning', message: `see ${OTHERS[1]}`, line: 3 }],
    });
    const outputs = [
      renderSummary(hostile),
      renderComment(hostile, { marker: '<!-- okr-scorecard:.github/okrs.yml -->' }),
      renderTerminal(hostile, { color: false }),
      renderJson(hostile),
    ].map(redact);
    for (const output of outputs) {
      for (const secret of [TOKEN, CHECKOUT, ...OTHERS]) expect(output).not.toContain(secret);
      expect(output).not.toMatch(/gh[pousr]\\?_[A-Za-z0-9]{8}/);
    }
  });
});

describe('sinks', () => {
  it('annotations: message and title redacted, the other properties passed through', () => {
    const seen: unknown[] = [];
    const sink = {
      error: (message: string, properties?: object) => seen.push(['error', message, properties]),
      warning: (message: string, properties?: object) => seen.push(['warning', message, properties]),
      notice: (message: string, properties?: object) => seen.push(['notice', message, properties]),
    };
    const annotator = redactingAnnotator(sink, redact);
    annotator.warning(`title ${TOKEN}`, { title: OTHERS[0], file: 'okrs.yml' } as { title: string });
    annotator.notice('plain');
    expect(seen).toEqual([
      ['warning', 'title ***', { title: '***', file: 'okrs.yml' }],
      ['notice', 'plain', undefined],
    ]);
  });

  it('annotations past the 10 of a kind go to the log redacted too', () => {
    const lines: string[] = [];
    const sink = { error() {}, warning() {}, notice() {}, info: (message: string) => lines.push(message) };
    const limited = limitAnnotations(redactingAnnotator(sink, redact));
    for (let i = 0; i < 12; i += 1) limited.warning(`warning ${i} ${TOKEN}`);
    limited.finish({ failing: false });
    expect(lines.some((line) => line.includes('warning 11'))).toBe(true);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it('every write sent through the client is redacted, whatever composed it', async () => {
    const github = await standIn.start({ history: demoHistory() });
    const octokit = createGitHubClient({ token: 'test-token', baseUrl: github.url });
    redactWrites(octokit, redact);
    const { data: issue } = await octokit.rest.issues.create({
      owner: 'acme',
      repo: 'payments',
      title: `Scorecard ${TOKEN}`,
      body: `body ${CHECKOUT}`,
    });
    expect(issue.title).toBe('Scorecard ***');
    expect(issue.body).toBe('body ***');
    const { data: comment } = await octokit.rest.issues.createComment({
      owner: 'acme',
      repo: 'payments',
      issue_number: issue.number,
      body: `comment ${OTHERS[2]}`,
    });
    expect(comment.body).toBe('comment ***');
  });
});

describe('a token in a chart label', () => {
  it('is redacted: the Mermaid escaping keeps its shape for the redactor, and redacts token shapes itself', () => {
    const token = 'ghs_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
    const pat = 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ';
    for (const secret of [token, pat]) {
      const label = escapeMermaidLabel(`Rotate ${secret} by June`, { maxLength: 200 });
      expect(createRedactor([token])(label)).not.toMatch(/A1b2C3d4E5f6|abcdefghijklmnop/);
      expect(label).not.toMatch(/A1b2C3d4E5f6|abcdefghijklmnop/);
    }
  });
});
