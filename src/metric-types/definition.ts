/**
 * What a metric type is, before anything is measured: its name, the kind of value it yields, which way it
 * improves, the fields its OKR-file mapping takes and its line in the README's table. Every stage reads these facts
 * from here: the model (its metric's TypeScript shape is its fields' output), the schema (its fields and `stat`),
 * scoring (its natural direction), the report (its unit) and the docs. How it is measured is its entry in
 * `src/metrics/catalog/`, which the compiler requires for every type listed here.
 */
import type * as z from 'zod';
import type { Direction } from '../model/direction.js';
import type { Stat, ValueKind } from '../model/stats.js';

/**
 * The model's metric of type T whose schema fields are F: exactly what the parser makes of it (the fields'
 * output), with the `stat` the schema adds from its kind. The definition file is its only declaration.
 */
export type MetricShape<T extends string, F extends z.ZodRawShape> = Flat<
  { type: T } & z.output<z.ZodObject<F>> & { stat?: Stat }
>;
type Flat<O> = { [K in keyof O]: O[K] };

/**
 * One metric type, declared in its own file: `const fields = {…}` then
 * `export const entry: MetricDefinition<'type', typeof fields> = {…}`. The annotation gives the definition its
 * type before `refine` is checked, so the model can derive `Metric` from the definitions without a cycle.
 */
export interface MetricDefinition<T extends string, F extends z.ZodRawShape> {
  type: T;
  /** Durations, counts, ratios or a supplied number: decides the statistics `stat` takes and the unit. */
  kind: ValueKind;
  /** Which way the metric improves (SPEC §3); undefined when the file must say (`value`). */
  direction: Direction | undefined;
  /** The schema fields besides `type` and `stat` (which the schema adds from `type` and `kind`). */
  fields: F;
  /** Checks across fields that a field's own schema cannot make. */
  refine?: (metric: MetricShape<T, F>, ctx: z.RefinementCtx) => void;
  /** What `refine` checks, as JSON Schema keywords for editors (merged into the type's generated schema). */
  jsonSchema?: Record<string, unknown>;
  /** For the README's metric table: what is sampled or counted, and how. Markdown. */
  samples: string;
  /** For the README's direction column where `direction` is undefined. Markdown. */
  directionNote?: string;
  /** A queried type's query as the file writes it (`$window` not yet replaced): what the plan asks. */
  query?: (metric: MetricShape<T, F>) => string;
}

/**
 * The definitions' shape: each key's value is a whole definition of that very type, over its own fields. A
 * definition filed under another key, or an object that is not a definition (a part missing), does not compile.
 */
export type MetricDefinitions<C> = { [T in keyof C]: T extends string ? MetricDefinition<T, FieldsIn<C[T]>> : never };
type FieldsIn<E> = E extends { fields: infer F extends z.ZodRawShape } ? F : z.ZodRawShape;

/** The metric types, checked by `MetricDefinitions` and typed as given (each definition keeps its own fields). */
export function defineMetricTypes<C extends MetricDefinitions<C>>(definitions: C): C {
  return definitions;
}
