/** The plan of `prometheus` key results (SPEC §12, §9): which queries at which instants, each asked once. */
import { describe, expect, it } from 'vitest';
import { planScorecard } from '../../src/plan.js';
import { parseOkrFile } from '../../src/okrs/parse.js';

function okrs(keyResults: string[]) {
  const text = [
    'version: 1',
    'period: 2026-Q4',
    'objectives:',
    '  - title: Checkout that customers trust',
    '    key-results:',
    ...keyResults.map((kr) => `      - ${kr}`),
  ].join('\n');
  const parsed = parseOkrFile(text, 'okrs.yml');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.okrs;
}

const kr = (id: string, query: string, extra = '') =>
  `{ title: ${id}, id: ${id}, metric: { type: prometheus, query: '${query}'${extra} }, ` +
  'target: 1, direction: decrease }';

describe('planning prometheus key results', () => {
  it('asks the query at every checkpoint, $window the window there; the same query at the same time once', () => {
    const plan = planScorecard(okrs([kr('a', 'rate(x[$window])'), kr('b', 'rate(x[$window])'), kr('c', 'up')]), {
      repository: 'acme/checkout',
      asOf: new Date('2026-10-20T06:00:00Z'),
    });
    const [a, b, c] = plan.keyResults;
    expect(a!.instants!.map((i) => [i.purpose, i.at.toISOString()])).toEqual([
      ['series', '2026-10-08T00:00:00.000Z'],
      ['series', '2026-10-15T00:00:00.000Z'],
      ['series', '2026-10-20T06:00:00.000Z'],
    ]);
    expect(a!.instants!.map((i) => plan.queries.get(i.query!)!.query)).toEqual([
      'rate(x[604800s])',
      'rate(x[1209600s])',
      'rate(x[1663200s])',
    ]);
    expect(b!.instants!.map((i) => i.query)).toEqual(a!.instants!.map((i) => i.query));
    expect(c!.instants!.map((i) => plan.queries.get(i.query!)!.query)).toEqual(['up', 'up', 'up']);
    expect(plan.queries.size).toBe(6);
    expect(plan.sources.size).toBe(0);
  });

  it('a rolling window is its length at every instant; before the period starts nothing is asked', () => {
    const rolling = planScorecard(okrs([kr('a', 'rate(x[$window])', ', window: 30d')]), {
      repository: 'acme/checkout',
      asOf: new Date('2026-10-20T06:00:00Z'),
    });
    expect([...rolling.queries.values()].map((q) => q.query)).toEqual(Array(3).fill('rate(x[2592000s])'));
    const early = planScorecard(okrs([kr('a', 'up')]), { repository: 'acme/checkout', asOf: new Date('2026-09-01') });
    expect(early.keyResults[0]!.instants).toHaveLength(1);
    expect(early.keyResults[0]!.instants![0]!.query).toBeUndefined();
    expect(early.queries.size).toBe(0);
  });
});
