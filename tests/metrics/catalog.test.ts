/** The metric catalog: every type declared once, and the README's metric table rendered from it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../src/metric-types/index.js';
import { MEASURES, sourceFor } from '../../src/metrics/catalog/index.js';
import {
  METRIC_CATALOG,
  METRIC_TYPES,
  metricUnit,
  naturalDirection,
  type MetricType,
} from '../../src/metric-types/index.js';
import { metricTable } from '../../src/metric-types/docs.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { ROOT } from '../support/run-dist.js';
import { OCTOBER } from './builders.js';

const REPO = { owner: 'acme', repo: 'payments' };

/** The rows of SPEC §3's metric table: each type and its natural-direction column. */
function specMetricRows(): { type: string; direction: string }[] {
  const spec = readFileSync(join(ROOT, 'docs', 'SPEC.md'), 'utf8');
  const section = spec.slice(spec.indexOf('## 3. Metrics'), spec.indexOf('## 4. '));
  return [...section.matchAll(/^\| `([a-z-]+)` \|.*\| ([^|]+?) \|$/gm)].map((match) => ({
    type: match[1]!,
    direction: match[2]!,
  }));
}

/** The smallest metric of each type that the parser accepts. */
const SMALLEST: Record<(typeof METRIC_TYPES)[number], string> = {
  'workflow-duration': '{ type: workflow-duration, workflow: ci.yml }',
  'workflow-runs': '{ type: workflow-runs, workflow: ci.yml }',
  'workflow-success-rate': '{ type: workflow-success-rate, workflow: ci.yml }',
  'deployment-duration': '{ type: deployment-duration }',
  'deployment-frequency': '{ type: deployment-frequency }',
  'change-failure-rate': '{ type: change-failure-rate }',
  'lead-time-for-changes': '{ type: lead-time-for-changes, environment: production }',
  'deployment-recovery-time': '{ type: deployment-recovery-time }',
  'issue-count': '{ type: issue-count }',
  'time-to-close': '{ type: time-to-close }',
  'pr-merge-time': '{ type: pr-merge-time }',
  value: '{ type: value, name: x }',
  prometheus: '{ type: prometheus, query: up }',
};

/** A goal of the type's kind: a duration for durations (a percentage is refused there), else a percentage. */
const goalFor = (type: (typeof METRIC_TYPES)[number]) => (METRIC_CATALOG[type].kind === 'duration' ? '1h' : '50%');

function parsedMetric(type: (typeof METRIC_TYPES)[number]): Metric {
  const text = [
    'version: 1',
    'period: 2026-Q4',
    'objectives:',
    '  - title: Ship reliably',
    '    key-results:',
    `      - { title: A key result, metric: ${SMALLEST[type]}, target: ${goalFor(type)}, direction: increase }`,
  ].join('\n');
  const result = parseOkrFile(text, 'okrs.yml');
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.okrs.objectives[0]!.keyResults[0]!.metric;
}

describe('the metric catalog', () => {
  it("has the metric types of SPEC §3's table, in its order, each with the natural direction it states", () => {
    const rows = specMetricRows();
    expect(METRIC_TYPES).toEqual(rows.map((row) => row.type));
    for (const { type, direction } of rows) {
      expect(naturalDirection(type as MetricType) ?? 'needs `direction`').toBe(direction);
    }
  });

  it('keys each definition and each measure by its own type', () => {
    for (const type of METRIC_TYPES) expect(METRIC_CATALOG[type].type).toBe(type);
    expect(Object.keys(MEASURES)).toEqual([...METRIC_TYPES]);
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
