/**
 * A metric type is one definition file (src/metric-types/) and one measure file (src/metrics/catalog/): what the
 * compiler refuses of a half-declared one (`tsc -p .`, the first step of `npm test`, fails when an expected error
 * below goes away), and what only a test can see, a file that is not listed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commonFields, labels } from '../../src/syntax/fields.js';
import { defineMetricTypes, type MetricDefinition, type MetricShape } from '../../src/metric-types/definition.js';
import { METRIC_CATALOG, METRIC_TYPES, type Metric, type MetricType } from '../../src/metric-types/index.js';
import { fetchedFrom, type Measuring } from '../../src/metrics/catalog/measure-entry.js';
import { MEASURES } from '../../src/metrics/catalog/index.js';
import { summarizeCount } from '../../src/metrics/summarize.js';
import { ROOT } from '../support/run-dist.js';

// A new metric type, defined as its definition file would define it, and measured as its measure file would.
const fields = { ...commonFields, labels: labels.optional() };
const staleIssues: MetricDefinition<'stale-issues', typeof fields> = {
  type: 'stale-issues',
  kind: 'count',
  direction: 'decrease',
  fields,
  samples: 'open issues carrying all `labels` that nobody touched for a month',
};
type Definition = MetricDefinition<'stale-issues', typeof fields>;
type Measure = Measuring<MetricShape<'stale-issues', typeof fields>>;
const staleIssuesMeasure: Measure = {
  source: fetchedFrom(
    'issues',
    (metric, scope) => ({ ...scope, kind: 'issues', labels: metric.labels ?? [], openAt: undefined }),
    (metric, records, window) => summarizeCount(metric, records.length, window),
  ),
};

// @ts-expect-error: a definition without the README's text
void ({ ...staleIssues, samples: undefined } satisfies Definition);
// @ts-expect-error: a definition without its kind (which decides its `stat` and unit)
void ({ ...staleIssues, kind: undefined } satisfies Definition);
// @ts-expect-error: a measure with neither a source nor a way to measure a supplied value
void ({ ...staleIssuesMeasure, source: undefined } satisfies Measure);
void ({
  ...staleIssues,
  // @ts-expect-error: a function reading a filter the definition's fields do not declare
  refine: (metric) => void metric.state,
} satisfies Definition);
void ({
  source: fetchedFrom(
    'issues',
    (_metric, scope) => ({ ...scope, kind: 'issues', labels: [], openAt: undefined }),
    // @ts-expect-error: a measure reading a filter the definition's fields do not declare
    (metric: { state: string }, records, window) => summarizeCount({ type: metric.state }, records.length, window),
  ),
} satisfies Measure);
// @ts-expect-error: a definition filed under another type's key
void defineMetricTypes({ 'issue-age': staleIssues });
// @ts-expect-error: a listed object that is not a whole definition
void defineMetricTypes({ 'stale-issues': { type: 'stale-issues', kind: 'count', fields } });
void defineMetricTypes({ 'stale-issues': staleIssues }); // complete and filed under its own type: compiles
// @ts-expect-error: every defined type needs its measure (here one is missing)
void ({ ...MEASURES, value: undefined } satisfies typeof MEASURES);

// The model's metrics are the catalog's: a type not listed in it is no metric type, and no key is a guess.
void ({ type: 'issue-count', labels: ['incident'], state: 'open' } satisfies Metric);
// @ts-expect-error: a type that is not in the catalog
void ({ type: 'stale-issues' } satisfies Metric);
// @ts-expect-error: a key the type's fields do not declare
void ({ type: 'issue-count', lables: ['incident'] } satisfies Metric);
// @ts-expect-error: a type that is not in the catalog
void ('stale-issues' satisfies MetricType);

/** Each folder's own machinery; every other file in it is about one metric type, named after it. */
const FOLDERS = [
  {
    dir: join(ROOT, 'src', 'metric-types'),
    machinery: ['definition.ts', 'docs.ts', 'index.ts'],
    listed: METRIC_CATALOG,
  },
  {
    dir: join(ROOT, 'src', 'metrics', 'catalog'),
    machinery: ['index.ts', 'measure-entry.ts', 'sources.ts'],
    listed: MEASURES,
  },
];

describe.each(FOLDERS)('the metric type folder $dir', ({ dir, machinery, listed }) => {
  it('has one file per listed metric type, named after it, and each file lists its export', async () => {
    const files = readdirSync(dir).filter((file) => file.endsWith('.ts') && !machinery.includes(file));
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual([...METRIC_TYPES].sort());
    for (const file of files) {
      const module: Record<string, unknown> = await import(pathToFileURL(join(dir, file)).href);
      const type = file.replace(/\.ts$/, '') as MetricType;
      const exported = Object.values(module).filter((value) => typeof value === 'object' && value !== null);
      expect(exported).toEqual([listed[type]]);
      expect(exported[0]).toBe(listed[type]);
    }
  });
});
