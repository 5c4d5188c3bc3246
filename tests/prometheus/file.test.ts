/** A `prometheus` key result in the OKR file (SPEC §12): what the parser takes and refuses, and why. */
import { describe, expect, it } from 'vitest';
import { parseOkrFile } from '../../src/okrs/parse.js';

function parse(keyResult: string[]) {
  const text = [
    'version: 1',
    'period: 2026-Q4',
    'objectives:',
    '  - title: Checkout that customers trust',
    '    key-results:',
    '      - title: A key result',
    ...keyResult.map((line) => `        ${line}`),
  ].join('\n');
  return parseOkrFile(text, 'okrs.yml');
}

const messages = (result: ReturnType<typeof parse>) => (result.ok ? [] : result.errors.map((e) => e.message));

describe('type: prometheus in the OKR file', () => {
  it('takes a query, a unit and a rolling window; baselines and targets below a second as 250ms', () => {
    const result = parse([
      "metric: { type: prometheus, query: 'histogram_quantile(0.99, rate(x[$window]))', unit: seconds, window: 30d }",
      'baseline: 300ms',
      'target: 150ms',
    ]);
    if (!result.ok) throw new Error(messages(result).join('\n'));
    const kr = result.okrs.objectives[0]!.keyResults[0]!;
    expect(kr.metric).toEqual({
      type: 'prometheus',
      query: 'histogram_quantile(0.99, rate(x[$window]))',
      unit: 'seconds',
      window: 2_592_000,
    });
    expect([kr.baseline, kr.target]).toEqual([0.3, 0.15]);
  });

  it('needs a direction (or a baseline), as a value does', () => {
    expect(messages(parse(["metric: { type: prometheus, query: 'up' }", 'target: 1']))).toEqual([
      expect.stringContaining('a prometheus metric has no natural direction; add direction: increase or decrease'),
    ]);
  });

  it('a baseline equal to its target leaves the direction unknown, and says so', () => {
    const errors = messages(parse(["metric: { type: prometheus, query: 'up' }", 'baseline: 5', 'target: 5']));
    expect(errors).toEqual([
      expect.stringContaining(
        'add direction: increase or decrease: the baseline equals the target, so it does not tell which way',
      ),
    ]);
    expect(errors[0]).not.toContain('(or a baseline)');
  });

  it('with unit: ratio, baseline and target are percentages', () => {
    const result = parse([
      "metric: { type: prometheus, query: 'up', unit: ratio }",
      'baseline: 0.995',
      'target: 99.9%',
    ]);
    expect(messages(result)).toEqual([expect.stringMatching(/expected a percentage like 14%, got the number 0\.995/)]);
    expect(
      parse(["metric: { type: prometheus, query: 'up', unit: ratio }", 'baseline: 99.5%', 'target: 99.9%']).ok,
    ).toBe(true);
  });

  it('refuses a stat, a repository and a missing query, saying why', () => {
    expect(
      messages(parse(["metric: { type: prometheus, query: 'up', stat: p99 }", 'target: 1', 'direction: decrease'])),
    ).toEqual([expect.stringContaining("a prometheus metric's query computes its own statistic; remove stat")]);
    expect(
      messages(
        parse(["metric: { type: prometheus, query: 'up', repository: a/b }", 'target: 1', 'direction: decrease']),
      ),
    ).toEqual([expect.stringContaining('reads the Prometheus server of the run (the prometheus-url input)')]);
    expect(messages(parse(['metric: { type: prometheus }', 'target: 1', 'direction: decrease']))).toHaveLength(1);
  });
});
