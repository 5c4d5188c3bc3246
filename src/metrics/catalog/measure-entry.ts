/**
 * How a metric type is measured: from the GitHub listing its `source` names (the spec of what to fetch, and the
 * function that turns the records into a measurement), or, with no source, by `measureSupplied` (a number from
 * outside), or by `queried` (a metrics server's answer to the type's query). The type's facts (kind, fields,
 * direction, query) are its definition in `src/metric-types/`.
 */
import type { MetricOf, MetricType } from '../../metric-types/index.js';
import type { Window } from '../../model/window.js';
import type { SourceKind, SourceRecords, SourceSpec } from '../../github/sources.js';
import type { Measurement } from '../measurement.js';
import type { SuppliedInputs } from '../supplied.js';
import type { QueryAnswer } from '../../prometheus/answer.js';

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
  /** A queried metric's answer at the window's end (undefined: it was not asked). */
  answer?: QueryAnswer;
}

/** A metric read by a query to a metrics server (`prometheus`, its query its definition's): how an answer reads. */
export interface QueriedFrom<M> {
  measure(metric: M, answer: QueryAnswer | undefined): Measurement;
}

/** A metric read from a GitHub listing: which one, and how its records become a measurement. */
export interface FetchedFrom<M, K extends SourceKind> {
  kind: K;
  spec(metric: M, scope: SourceScope, window: Window): Extract<SourceSpec, { kind: K }>;
  measure(metric: M, records: SourceRecords[K], window: Window): Measurement;
  /**
   * Its measure reads records created before the window (a predecessor, the deployment before a streak): the
   * series then hands every checkpoint all the records rather than those created inside its window.
   */
  reachesBack?: true;
}

/**
 * How a metric M is measured. A measure with neither a source nor `measureSupplied` does not compile, nor does
 * one whose functions read a field M does not declare.
 */
export type Measuring<M> =
  | { source: { [K in SourceKind]: FetchedFrom<M, K> }[SourceKind]; measureSupplied?: undefined; queried?: undefined }
  | { source: undefined; measureSupplied: (metric: M, inputs: SuppliedInputs) => Measurement; queried?: undefined }
  | { source: undefined; measureSupplied?: undefined; queried: QueriedFrom<M> };

/** How the metric of type T is measured: what its file in this folder exports. */
export type MeasureEntry<T extends MetricType> = Measuring<MetricOf<T>>;

/** Every metric type's measure, under its own type: a type defined without a measure does not compile. */
export type MeasureCatalog = { [T in MetricType]: MeasureEntry<T> };

/** Binds a source's kind to its spec and measure, so that the records an entry measures are of the kind it read. */
export function fetchedFrom<M, K extends SourceKind>(
  kind: K,
  spec: FetchedFrom<M, K>['spec'],
  measure: FetchedFrom<M, K>['measure'],
  options: { reachesBack?: true } = {},
): FetchedFrom<M, K> {
  return { kind, spec, measure, ...options };
}
