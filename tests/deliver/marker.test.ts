import { describe, expect, it } from 'vitest';
import {
  BODY_LIMIT,
  composeBody,
  encodeState,
  extractPreviousRun,
  fitState,
  MAX_STATE_CHARS,
  carriesMarker,
  markerFor,
  previousRunFromReport,
  renderBudget,
} from '../../src/deliver/marker.js';
import { renderComment } from '../../src/report/markdown.js';
import type { PreviousRun, Report } from '../../src/report/model.js';
import { keyResult, makeReport } from './fixtures.js';
import { keyResult as keyResultOf, objective, report as baseReport } from '../support/report.js';

const state: PreviousRun = {
  version: 2,
  asOf: '2026-11-15T12:00:00.000Z',
  score: 0.5,
  keyResults: { 'reliable-payments/deploy-time': { value: 1200, score: 0.75 }, 'x/y': { value: null, score: null } },
};

/** Two key results, one without a value, on the state's day. */
function report(overrides: Partial<Report> = {}): Report {
  const kr = (id: string, value: number | null, score: number | null) =>
    keyResultOf({
      id,
      title: id,
      metric: { type: 'issue-count' },
      value,
      unit: 'count',
      samples: 3,
      baseline: 12,
      target: 3,
      score,
      status: 'on-track',
      window: { start: '2026-10-01T00:00:00Z', end: '2026-11-15T00:00:00Z' },
      line: 10,
    });
  return baseReport({
    asOf: '2026-11-15T00:00:00.000Z',
    generatedAt: '2026-11-15T00:00:01.000Z',
    period: { name: '2026-Q4', start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z', elapsed: 0.49 },
    team: null,
    score: 0.6,
    status: 'on-track',
    objectives: [
      objective({
        id: 'o1',
        title: 'O1',
        alignsTo: null,
        alignsToTitle: null,
        score: 0.6,
        status: 'on-track',
        line: 5,
        keyResults: [kr('a', 7, 0.55), kr('b', null, null)],
      }),
    ],
    ...overrides,
  });
}

describe('markerFor', () => {
  it('names the OKR file in an HTML comment', () => {
    expect(markerFor('.github/okrs.yml')).toBe('<!-- okr-scorecard:.github/okrs.yml -->');
    expect(markerFor('./team-a/okrs.yml')).toBe('<!-- okr-scorecard:team-a/okrs.yml -->');
  });

  it('keeps hostile paths inert: nothing can close the comment or add markup', () => {
    const hostile = [
      'okrs.yml --> <img src=x onerror=alert(1)> <!--',
      'a--!>b',
      'x\n@acme/everyone\r\n`code`|pipe',
      '<!-- okr-scorecard:other.yml -->',
      'ü/ökrs.yml',
    ];
    for (const path of hostile) {
      const marker = markerFor(path);
      const inner = marker.slice('<!-- '.length, -' -->'.length);
      expect(inner).toMatch(/^okr-scorecard:[A-Za-z0-9._/%-]*$/);
      expect(inner).not.toContain('>');
      expect(inner).not.toContain('--');
      expect(marker.match(/-->/g)).toHaveLength(1);
    }
  });

  it('keeps distinct paths distinct and is stable', () => {
    expect(markerFor('a b.yml')).not.toBe(markerFor('a_b.yml'));
    expect(markerFor('a>b.yml')).not.toBe(markerFor('a%3Eb.yml'));
    expect(markerFor('okrs.yml')).toBe(markerFor('okrs.yml'));
    // One marker is never a prefix match for another file's marker.
    expect(markerFor('okrs.yml.bak').includes(markerFor('okrs.yml'))).toBe(false);
  });

  it('keeps long paths that share their first 200 characters apart, and bounded', () => {
    const stem = `teams/${'platform/'.repeat(30)}`;
    const a = markerFor(`${stem}payments/okrs.yml`);
    const b = markerFor(`${stem}identity/okrs.yml`);
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThan(260);
    expect(a.startsWith(`<!-- okr-scorecard:${stem.slice(0, 100)}`)).toBe(true);
    expect(a).toMatch(/^<!-- okr-scorecard:[A-Za-z0-9._/%-]*\.[0-9a-f]{16} -->$/);
    // A body written before the hash is still this file's; a short path's marker never takes another's body.
    const legacy = a.replace(/\.[0-9a-f]{16} -->$/, ' -->');
    expect(carriesMarker(`${legacy}\nbody`, a)).toBe(true);
    expect(carriesMarker(`${a}\nbody`, a)).toBe(true);
    expect(carriesMarker(`${b}\nbody`, a)).toBe(false);
    expect(carriesMarker(`${markerFor('okrs.yml')}\nbody`, markerFor('okrs.yml.bak'))).toBe(false);
    // A path within the bound keeps the marker it always had.
    expect(markerFor(`${'a'.repeat(200)}`)).toBe(`<!-- okr-scorecard:${'a'.repeat(200)} -->`);
  });
});

describe('hidden state', () => {
  it('round-trips through a body', () => {
    const body = `<!-- okr-scorecard:okrs.yml -->\n# Scorecard\n\n${encodeState(state)}\n`;
    expect(extractPreviousRun(body)).toEqual(state);
  });

  it('takes the last state block (ours is always appended at the end)', () => {
    const older = { ...state, score: 0.1 };
    expect(extractPreviousRun(`${encodeState(older)}\ntext\n${encodeState(state)}`)).toEqual(state);
  });

  it('ignores missing, garbage, invalid and unknown-version state', () => {
    expect(extractPreviousRun(undefined)).toBeUndefined();
    expect(extractPreviousRun(null)).toBeUndefined();
    expect(extractPreviousRun('just a comment')).toBeUndefined();
    expect(extractPreviousRun('<!-- okr-scorecard-state:v1 not*base64 -->')).toBeUndefined();
    expect(extractPreviousRun('<!-- okr-scorecard-state:v1 AAAA -->')).toBeUndefined();
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64');
    expect(extractPreviousRun(`<!-- okr-scorecard-state:v3 ${b64({ ...state, version: 3 })} -->`)).toBeUndefined();
    expect(extractPreviousRun(`<!-- okr-scorecard-state:v2 ${b64({ ...state, score: 'high' })} -->`)).toBeUndefined();
    expect(
      extractPreviousRun(`<!-- okr-scorecard-state:v2 ${b64({ ...state, asOf: 'yesterday' })} -->`),
    ).toBeUndefined();
    expect(
      extractPreviousRun(`<!-- okr-scorecard-state:v2 ${b64({ ...state, keyResults: { a: 1 } })} -->`),
    ).toBeUndefined();
    const badPoint = { 'o/v': { value: 1, score: 1, history: [[1, 'x']] } };
    expect(
      extractPreviousRun(`<!-- okr-scorecard-state:v2 ${b64({ ...state, keyResults: badPoint })} -->`),
    ).toBeUndefined();
  });

  it('reads a body in the version 1 format as version 2: the change column and a first history point', () => {
    // A state as version 1 wrote it, byte for byte the format of comments left before histories existed.
    const v1 = {
      version: 1,
      asOf: '2026-11-15T12:00:00.000Z',
      score: 0.5,
      keyResults: { 'o/p99': { value: 97, score: 1 }, 'o/none': { value: null, score: null } },
    };
    const body = `<!-- okr-scorecard:okrs.yml -->\n# Scorecard\n\n<!-- okr-scorecard-state:v1 ${Buffer.from(
      JSON.stringify(v1),
    ).toString('base64')} -->\n`;
    expect(extractPreviousRun(body)).toEqual({
      version: 2,
      asOf: '2026-11-15T12:00:00.000Z',
      score: 0.5,
      keyResults: {
        'o/p99': { value: 97, score: 1, history: [[Date.parse('2026-11-15T12:00:00Z') / 1000, 97]] },
        'o/none': { value: null, score: null },
      },
    });
  });

  it('is built from a report, keyed by objective/key result', () => {
    expect(previousRunFromReport(report())).toEqual({
      version: 2,
      asOf: '2026-11-15T00:00:00.000Z',
      score: 0.6,
      keyResults: { 'o1/a': { value: 7, score: 0.55 }, 'o1/b': { value: null, score: null } },
    });
    const body = composeBody('# x', markerFor('okrs.yml'), previousRunFromReport(report()));
    expect(extractPreviousRun(body)).toEqual(previousRunFromReport(report()));
  });
});

describe('composeBody', () => {
  const marker = markerFor('.github/okrs.yml');

  it('puts the marker first when the renderer left it out, and the state last', () => {
    const body = composeBody('# Scorecard', marker, state);
    expect(body.startsWith(`${marker}\n# Scorecard`)).toBe(true);
    expect(body.trimEnd().endsWith(encodeState(state))).toBe(true);
    expect(composeBody(`${marker}\n# S`, marker, state).split(marker)).toHaveLength(2);
  });

  it('keeps the whole body within GitHub’s limit, state included, with a visible note', () => {
    const rendered = `${marker}\n<details><summary>all</summary>\n\n${'| row | 😀 |\n'.repeat(6000)}`;
    expect(rendered.length).toBeGreaterThan(BODY_LIMIT);
    const body = composeBody(rendered, marker, state);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body).toContain('> ✂️ … truncated:');
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toContain('</details>');
    expect(extractPreviousRun(body)).toEqual(state);
    expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('keeps the marker when the renderer put it last and the cut would drop it', () => {
    const body = composeBody(`${'x'.repeat(BODY_LIMIT)}\n${marker}`, marker, state);
    expect(body).toContain(marker);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
  });

  it('drops an oversized state rather than the scorecard', () => {
    const keyResults: PreviousRun['keyResults'] = {};
    for (let i = 0; i < 2000; i++) keyResults[`objective-${i}/key-result-${i}`] = { value: i, score: 0.5 };
    const body = composeBody('# S', marker, { ...state, keyResults });
    expect(body).toBe(`${marker}\n# S`);
  });

  it('thins long histories from the oldest end until the state fits, keeping the latest points', () => {
    const keyResults: PreviousRun['keyResults'] = {};
    const day = 86_400;
    for (let k = 0; k < 40; k++) {
      const history = Array.from({ length: 100 }, (_, i): [number, number] => [1_790_000_000 + i * day, 100.123 + i]);
      keyResults[`objective/value-${k}`] = { value: 199.123, score: 1, history };
    }
    const big: PreviousRun = { ...state, keyResults };
    expect(encodeState(big).length).toBeGreaterThan(MAX_STATE_CHARS);
    const body = composeBody('# S', marker, big);
    const carried = extractPreviousRun(body);
    expect(carried).toBeDefined();
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    const history = carried!.keyResults['objective/value-0']!.history!;
    expect(history.length).toBeLessThan(100);
    expect(history.at(-1)).toEqual([1_790_000_000 + 99 * day, 199.123]);
    expect(fitState(big)).toEqual(carried);
  });
});

describe('composeBody with renderComment', () => {
  it('an oversize scorecard is truncated by the renderer within the budget, and the state survives', () => {
    const base = makeReport({ asOf: '2026-11-10T00:00:00.000Z', score: 0.5, incidents: 7, incidentScore: 0.55 });
    const objective = base.objectives[0];
    if (!objective) throw new Error('fixture');
    objective.keyResults = Array.from({ length: 150 }, (_, i) =>
      keyResult(`kr-${i}`, `${'Long title '.repeat(25)}${i}`, i, 0.5),
    );
    const big: Report = { ...base, objectives: [objective] };
    const marker = markerFor('.github/okrs.yml');
    const state = previousRunFromReport(big);
    const body = composeBody(renderComment(big, { marker, maxChars: renderBudget(state) }), marker, state);
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body.length).toBeGreaterThan(BODY_LIMIT - 4000);
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toMatch(/truncat/i);
    expect(extractPreviousRun(body)).toEqual(state);
  });
});
