/** The metric catalog: every type declared once, and the README's metric table rendered from it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../src/metric-types/index.js';
import { MEASURES, sourceFor } from '../../src/metrics/catalog/index.js';
import { METRIC_CATALOG, METRIC_TYPES, metricUnit, naturalDirection } from '../../src/metric-types/index.js';
import { metricTable } from '../../src/metric-types/docs.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { ROOT } from '../support/run-dist.js';
import { OCTOBER } from './builders.js';

const REPO = { owner: 'acme', repo: 'payments' };

/** The smallest metric of each type that the parser accepts. */
const SMALLEST: Record<(typeof METRIC_TYPES)[number], string> = {
  'workflow-duration': '{ type: workflow-duration, workflow: ci.yml }',
  'workflow-runs': '{ type: workflow-runs, workflow: ci.yml }',
  'workflow-success-rate': '{ type: workflow-success-rate, workflow: ci.yml }',
  'deployment-duration': '{ type: deployment-duration }',
  'deployment-frequency': '{ type: deployment-frequency }',
  'change-failure-rate': '{ type: change-failure-rate }',
  'issue-count': '{ type: issue-count }',
  'time-to-close': '{ type: time-to-close }',
  'pr-merge-time': '{ type: pr-merge-time }',
  value: '{ type: value, name: x }',
  prometheus: '{ type: prometheus, query: up }',
};

function parsedMetric(type: (typeof METRIC_TYPES)[number]): Metric {
  const text = [
    'version: 1',
    'period: 2026-Q4',
    'objectives:',
    '  - title: Ship reliably',
    '    key-results:',
    `      - { title: A key result, metric: ${SMALLEST[type]}, target: 50%, direction: increase }`,
  ].join('\n');
  const result = parseOkrFile(text, 'okrs.yml');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.okrs.objectives[0]!.keyResults[0]!.metric;
}

describe('the metric catalog', () => {
  it('has one entry per metric type of the model, keyed by its own type', () => {
    expect(Object.keys(METRIC_CATALOG).sort()).toEqual([...METRIC_TYPES].sort());
    for (const type of METRIC_TYPES) expect(METRIC_CATALOG[type].type).toBe(type);
  });

  it.each(METRIC_TYPES)('%s: the schema accepts it, and its source is the listing its entry declares', (type) => {
    const metric = parsedMetric(type);
    expect(metric.type).toBe(type);
    const spec = sourceFor(metric, REPO, OCTOBER);
    const declared = MEASURES[type].source;
    expect(spec?.kind).toBe(declared?.kind);
    if (spec) expect(spec).toMatchObject({ ...REPO, since: OCTOBER.start, until: OCTOBER.end });
  });

  it('gives durations seconds, ratios ratio, counts their count stat', () => {
    expect(metricUnit({ type: 'time-to-close' })).toBe('seconds');
    expect(metricUnit({ type: 'change-failure-rate' })).toBe('ratio');
    expect(metricUnit({ type: 'issue-count', stat: 'per-day' })).toBe('per-day');
  });

  it('declares the natural directions of SPEC §3, and none for value', () => {
    expect(naturalDirection('workflow-duration')).toBe('decrease');
    expect(naturalDirection('deployment-frequency')).toBe('increase');
    expect(naturalDirection('change-failure-rate')).toBe('decrease');
    expect(naturalDirection('value')).toBeUndefined();
  });
});

describe("the README's metric table", () => {
  it('is the table rendered from the catalog', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('| type | value | samples |');
    expect(start).toBeGreaterThan(-1);
    const end = readme.indexOf('\n\n', start);
    expect(readme.slice(start, end)).toBe(metricTable());
  });
});
