/**
 * What the catalog declares about one metric type. Every stage that depends on the type reads it from here:
 * the model (its metric's TypeScript shape is its schema fields' output), the schema (its fields and `stat`), the
 * plan (its source), measure (its function and unit), scoring (its natural direction) and the README's metric
 * table (its description). An entry that leaves a part out does not compile (`: MetricEntry<T, typeof fields>`),
 * nor does a catalog entry filed under another type's key, or one that is not an entry (`defineCatalog`).
 */
import type * as z from 'zod';
import type { Direction, Metric, Stat } from '../../okrs/model.js';
import type { ValueKind } from '../../okrs/fields.js';
import type { SourceKind, SourceRecords, SourceSpec } from '../../github/sources.js';
import type { Unit } from '../../report/model.js';
import type { Measurement, Window } from '../measurement.js';
import { DEFAULT_VALUE_UNIT, type SuppliedInputs } from '../supplied.js';

/**
 * The model's metric of type T whose schema fields are F: exactly what the parser makes of it (the fields'
 * output), with the `stat` the catalog adds from its kind. The catalog file is its only declaration.
 */
export type MetricShape<T extends string, F extends z.ZodRawShape> = Flat<
  { type: T } & z.output<z.ZodObject<F>> & { stat?: Stat }
>;
type Flat<O> = { [K in keyof O]: O[K] };

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
export interface FetchedFrom<M, K extends SourceKind> {
  kind: K;
  spec(metric: M, scope: SourceScope, window: Window): Extract<SourceSpec, { kind: K }>;
  measure(metric: M, records: SourceRecords[K], window: Window): Measurement;
}

export interface EntryFacts<T extends string, F extends z.ZodRawShape> {
  type: T;
  /** Durations, counts, ratios or a supplied number: decides the statistics `stat` takes and the unit. */
  kind: ValueKind;
  /** Which way the metric improves (SPEC §3); undefined when the file must say (`value`). */
  direction: Direction | undefined;
  /** The schema fields besides `type` and `stat` (which the catalog adds from `type` and `kind`). */
  fields: F;
  /** Checks across fields that a field's own schema cannot make. */
  refine?: (metric: MetricShape<T, F>, ctx: z.RefinementCtx) => void;
  /** What `refine` checks, as JSON Schema keywords for editors (merged into the type's generated schema). */
  jsonSchema?: Record<string, unknown>;
  /**
   * Its measure reads records created before the window (a predecessor, the deployment before a streak): the
   * series then hands every checkpoint all the records rather than those created inside its window.
   */
  reachesBack?: true;
  /** For the README's metric table: what is sampled or counted, and how. Markdown. */
  samples: string;
  /** For the README's direction column where `direction` is undefined. Markdown. */
  directionNote?: string;
}

/**
 * How it is measured: from the listing its `source` names (the measure comes with it), or, with no source, by
 * `measureSupplied` (a number from outside). An entry with neither does not compile.
 */
type Measuring<M> =
  | { source: { [K in SourceKind]: FetchedFrom<M, K> }[SourceKind]; measureSupplied?: undefined }
  | { source: undefined; measureSupplied: (metric: M, inputs: SuppliedInputs) => Measurement };

/**
 * One metric type, declared in its own file: `const fields = {…}` then
 * `export const entry: MetricEntry<'type', typeof fields> = {…}`. The annotation gives the entry its type
 * before its functions are checked, so the model can derive `Metric` from the catalog without a cycle.
 */
export type MetricEntry<T extends string, F extends z.ZodRawShape> = EntryFacts<T, F> & Measuring<MetricShape<T, F>>;

/**
 * The catalog's shape: each key's entry is a whole entry of that very type, over its own fields. An entry filed
 * under another key, or an object that is not an entry (a part missing, a function over another metric), does not
 * compile.
 */
export type MetricCatalog<C> = { [T in keyof C]: T extends string ? MetricEntry<T, FieldsIn<C[T]>> : never };
type FieldsIn<E> = E extends { fields: infer F extends z.ZodRawShape } ? F : z.ZodRawShape;

/** The catalog, checked by `MetricCatalog` and typed as given (each entry keeps its own fields). */
export function defineCatalog<C extends MetricCatalog<C>>(catalog: C): C {
  return catalog;
}

/** Binds a source's kind to its spec and measure, so that the records an entry measures are of the kind it read. */
export function fetchedFrom<M, K extends SourceKind>(
  kind: K,
  spec: FetchedFrom<M, K>['spec'],
  measure: FetchedFrom<M, K>['measure'],
): FetchedFrom<M, K> {
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
