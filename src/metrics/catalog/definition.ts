/**
 * What the catalog declares about one metric type. Every stage that depends on the type reads it from here:
 * the schema (its fields and `stat`), the plan (its source), measure (its function and unit), scoring (its
 * natural direction) and the README's metric table (its description). An entry that leaves a part out does not
 * compile (`satisfies MetricEntry<T>`), nor does a catalog that misses a type (`satisfies MetricCatalog`).
 */
import type * as z from 'zod';
import type { Direction, Metric, MetricType } from '../../okrs/model.js';
import type { ValueKind } from '../../okrs/fields.js';
import type { SourceKind, SourceRecords, SourceSpec } from '../../github/sources.js';
import type { Unit } from '../../report/model.js';
import type { Measurement, Window } from '../measurement.js';
import { DEFAULT_VALUE_UNIT, type SuppliedInputs } from '../supplied.js';

/** The model's metric of type T (its family's interface, with `type` narrowed to T). */
export type MetricOf<T extends MetricType> = FamilyOf<T, Metric> & { type: T };
type FamilyOf<T extends MetricType, M> = M extends Metric ? (T extends M['type'] ? M : never) : never;

/** Where a metric's listing lives and over which span (the union of the windows of the key results sharing it). */
export interface SourceScope {
  owner: string;
  repo: string;
  since: Date;
  until: Date;
}

export interface MeasureInput extends SuppliedInputs {
  window: Window;
  /** The records of the key result's source (the plan decides which); absent for supplied values. */
  records?: SourceRecords[SourceKind];
}

/** A metric read from a GitHub listing: which one, and how its records become a measurement. */
export interface FetchedFrom<T extends MetricType, K extends SourceKind> {
  kind: K;
  spec(metric: MetricOf<T>, scope: SourceScope, window: Window): Extract<SourceSpec, { kind: K }>;
  measure(metric: MetricOf<T>, records: SourceRecords[K], window: Window): Measurement;
}

interface EntryFacts<T extends MetricType> {
  type: T;
  /** Durations, counts, ratios or a supplied number: decides the statistics `stat` takes and the unit. */
  kind: ValueKind;
  /** Which way the metric improves (SPEC §3); undefined when the file must say (`value`). */
  direction: Direction | undefined;
  /** The schema fields besides `type` and `stat` (which the catalog adds from `type` and `kind`). */
  fields: z.ZodRawShape;
  /** Checks across fields that a field's own schema cannot make. */
  refine?: (metric: MetricOf<T>, ctx: z.RefinementCtx) => void;
  /** What `refine` checks, as JSON Schema keywords for editors (merged into the type's generated schema). */
  jsonSchema?: Record<string, unknown>;
  /** For the README's metric table: what is sampled or counted, and how. Markdown. */
  samples: string;
  /** For the README's direction column where `direction` is undefined. Markdown. */
  directionNote?: string;
}

/**
 * How it is measured: from the listing its `source` names (the measure comes with it), or, with no source, by
 * `measureSupplied` (a number from outside). An entry with neither does not compile.
 */
type Measuring<T extends MetricType> =
  | { source: { [K in SourceKind]: FetchedFrom<T, K> }[SourceKind]; measureSupplied?: undefined }
  | { source: undefined; measureSupplied: (metric: MetricOf<T>, inputs: SuppliedInputs) => Measurement };

export type MetricEntry<T extends MetricType> = EntryFacts<T> & Measuring<T>;

export type MetricCatalog = { [T in MetricType]: MetricEntry<T> };

/** Binds a source's kind to its spec and measure, so that the records an entry measures are of the kind it read. */
export function fetchedFrom<T extends MetricType, K extends SourceKind>(
  kind: K,
  spec: FetchedFrom<T, K>['spec'],
  measure: FetchedFrom<T, K>['measure'],
): FetchedFrom<T, K> {
  return { kind, spec, measure };
}

/** The unit a metric's value is in, known before measuring: from its kind, its count stat, or its label. */
export function unitOf(kind: ValueKind, metric: Metric): Unit {
  switch (kind) {
    case 'duration':
      return 'seconds';
    case 'ratio':
      return 'ratio';
    case 'count':
      return metric.stat === 'per-day' || metric.stat === 'per-week' ? metric.stat : 'count';
    case 'supplied':
      return (metric.type === 'value' ? metric.unit : undefined) ?? DEFAULT_VALUE_UNIT;
  }
}
