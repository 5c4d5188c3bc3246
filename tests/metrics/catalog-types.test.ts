/**
 * A metric type is one catalog file: what the compiler refuses of a half-declared one (`tsc -p .`, the first step
 * of `npm test`, fails when an expected error below goes away), and what only a test can see, a catalog file that
 * is not listed in the catalog.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commonFields, labels } from '../../src/okrs/fields.js';
import { defineCatalog, fetchedFrom, type MetricEntry } from '../../src/metrics/catalog/definition.js';
import { METRIC_CATALOG, METRIC_TYPES, type Metric, type MetricType } from '../../src/metrics/catalog/index.js';
import { summarizeCount } from '../../src/metrics/summarize.js';
import { ROOT } from '../support/run-dist.js';

// A new metric type, declared as its catalog file would declare it.
const fields = { ...commonFields, labels: labels.optional() };
const staleIssues: MetricEntry<'stale-issues', typeof fields> = {
  type: 'stale-issues',
  kind: 'count',
  direction: 'decrease',
  fields,
  source: fetchedFrom(
    'issues',
    (metric, scope) => ({ ...scope, kind: 'issues', labels: metric.labels ?? [], openAt: undefined }),
    (metric, records, window) => summarizeCount(metric, records.length, window),
  ),
  samples: 'open issues carrying all `labels` that nobody touched for a month',
};
type Entry = MetricEntry<'stale-issues', typeof fields>;

// @ts-expect-error: an entry without the README's text
void ({ ...staleIssues, samples: undefined } satisfies Entry);
// @ts-expect-error: an entry without its kind (which decides its `stat` and unit)
void ({ ...staleIssues, kind: undefined } satisfies Entry);
// @ts-expect-error: an entry with neither a source nor a way to measure a supplied value
void ({ ...staleIssues, source: undefined } satisfies Entry);
void ({
  ...staleIssues,
  // @ts-expect-error: a function reading a filter the entry's fields do not declare
  refine: (metric) => void metric.state,
} satisfies Entry);
// @ts-expect-error: an entry filed under another type's key
void defineCatalog({ 'issue-age': staleIssues });
// @ts-expect-error: a listed object that is not a whole entry
void defineCatalog({ 'stale-issues': { type: 'stale-issues', kind: 'count', fields } });
void defineCatalog({ 'stale-issues': staleIssues }); // complete and filed under its own type: compiles

// The model's metrics are the catalog's: a type not listed in it is no metric type, and no key is a guess.
void ({ type: 'issue-count', labels: ['incident'], state: 'open' } satisfies Metric);
// @ts-expect-error: a type that is not in the catalog
void ({ type: 'stale-issues' } satisfies Metric);
// @ts-expect-error: a key the type's fields do not declare
void ({ type: 'issue-count', lables: ['incident'] } satisfies Metric);
// @ts-expect-error: a type that is not in the catalog
void ('stale-issues' satisfies MetricType);

/** The catalog's own machinery; every other file in the folder declares one metric type, named after it. */
const MACHINERY = ['definition.ts', 'docs.ts', 'index.ts', 'sources.ts'];
const CATALOG_DIR = join(ROOT, 'src', 'metrics', 'catalog');

describe('the metric catalog folder', () => {
  it('has one file per listed metric type, named after it, and each file lists its entry', async () => {
    const files = readdirSync(CATALOG_DIR).filter((file) => file.endsWith('.ts') && !MACHINERY.includes(file));
    expect(files.map((file) => file.replace(/\.ts$/, '')).sort()).toEqual([...METRIC_TYPES].sort());
    for (const file of files) {
      const module: Record<string, unknown> = await import(pathToFileURL(join(CATALOG_DIR, file)).href);
      const entries = Object.values(module).filter(
        (value): value is { type: MetricType } => typeof value === 'object' && value !== null && 'samples' in value,
      );
      expect(entries.map((entry) => entry.type)).toEqual([file.replace(/\.ts$/, '')]);
      expect(METRIC_CATALOG[entries[0]!.type]).toBe(entries[0]);
    }
  });
});
