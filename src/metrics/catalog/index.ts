/**
 * The metric catalog: every metric type, declared once in its own file and listed here. The model's `MetricType`
 * and `Metric` are derived from this object, so a type exists only once it is listed, and its metric is exactly
 * what its entry's fields declare; the compiler refuses an entry that misses a part or sits under another key.
 */
import * as z from 'zod';
import type { Direction } from '../../okrs/model.js';
import { statField } from '../../okrs/fields.js';
import type { SourceKind, SourceSpec } from '../../github/sources.js';
import type { Unit } from '../../report/model.js';
import type { Measurement, Window } from '../measurement.js';
import {
  defineCatalog,
  unitOf,
  type EntryFacts,
  type FetchedFrom,
  type MeasureInput,
  type MetricShape,
} from './definition.js';
import type { SuppliedInputs } from '../supplied.js';
import { workflowDuration } from './workflow-duration.js';
import { workflowRuns } from './workflow-runs.js';
import { workflowSuccessRate } from './workflow-success-rate.js';
import { deploymentDuration } from './deployment-duration.js';
import { deploymentFrequency } from './deployment-frequency.js';
import { changeFailureRate } from './change-failure-rate.js';
import { leadTimeForChanges } from './lead-time-for-changes.js';
import { deploymentRecoveryTime } from './deployment-recovery-time.js';
import { issueCount } from './issue-count.js';
import { timeToClose } from './time-to-close.js';
import { prMergeTime } from './pr-merge-time.js';
import { value } from './value.js';

export const METRIC_CATALOG = defineCatalog({
  'workflow-duration': workflowDuration,
  'workflow-runs': workflowRuns,
  'workflow-success-rate': workflowSuccessRate,
  'deployment-duration': deploymentDuration,
  'deployment-frequency': deploymentFrequency,
  'change-failure-rate': changeFailureRate,
  'lead-time-for-changes': leadTimeForChanges,
  'deployment-recovery-time': deploymentRecoveryTime,
  'issue-count': issueCount,
  'time-to-close': timeToClose,
  'pr-merge-time': prMergeTime,
  value,
});

type Catalog = typeof METRIC_CATALOG;

/** Every metric type: the catalog's keys. */
export type MetricType = keyof Catalog;

/** The metric of type T (of a union of types, the union of their metrics), as its catalog entry declares it. */
export type MetricOf<T extends MetricType> = T extends MetricType ? MetricShape<T, Catalog[T]['fields']> : never;

/** The metric of a key result: one of the catalog's, told apart by `type`. */
export type Metric = MetricOf<MetricType>;

/** The metric types in the catalog's order (the order messages list them in). */
export const METRIC_TYPES = Object.keys(METRIC_CATALOG) as readonly MetricType[];

/** Any entry, its functions taking any metric: what `entryOf` gives for the metric it was picked by. */
type EntryOfAny = Omit<EntryFacts<MetricType, z.ZodRawShape>, 'refine'> & {
  refine?: (metric: Metric, ctx: z.RefinementCtx) => void;
  source?: FetchedFrom<Metric, SourceKind>;
  measureSupplied?: (metric: Metric, inputs: SuppliedInputs) => Measurement;
};

/**
 * The catalog entry of a metric's type, whose functions then take that metric. (TypeScript cannot correlate
 * `metric.type` with the entry it picks, so this is the one place that says so.)
 */
function entryOf(metric: Pick<Metric, 'type'>): EntryOfAny {
  return METRIC_CATALOG[metric.type] as unknown as EntryOfAny;
}

/** Which way a metric type improves (SPEC §3); undefined for `value`, which needs `direction` or a baseline. */
export function naturalDirection(type: MetricType): Direction | undefined {
  return METRIC_CATALOG[type].direction;
}

/** The unit a metric's value is in, known before measuring (for a key result whose source failed). */
export function metricUnit(metric: Metric): Unit {
  return unitOf(entryOf(metric).kind, metric);
}

/** Metric types whose value is a share of runs or deployments: their baselines and targets are percentages. */
export const RATIO_TYPES: readonly MetricType[] = METRIC_TYPES.filter((type) => METRIC_CATALOG[type].kind === 'ratio');

/** Every key some metric type's schema takes, in catalog order (each once). */
export const METRIC_FIELD_KEYS: readonly string[] = [
  ...new Set(METRIC_TYPES.flatMap((type) => Object.keys(METRIC_CATALOG[type].fields))),
];

/** The listing a metric is measured from over `window`, in `repo`; undefined for a supplied value. */
export function sourceFor(
  metric: Metric,
  repo: { owner: string; repo: string },
  window: Window,
): SourceSpec | undefined {
  return entryOf(metric).source?.spec(metric, { ...repo, since: window.start, until: window.end }, window);
}

/** One key result's metric, its source's records and its window → a Measurement. */
export function measureMetric(metric: Metric, input: MeasureInput): Measurement {
  const entry = entryOf(metric);
  if (entry.source === undefined) return entry.measureSupplied!(metric, input);
  if (!input.records) {
    const error = `no ${metric.type} data was fetched for this key result`;
    return { value: null, samples: 0, unit: metricUnit(metric), error };
  }
  // The plan pairs each metric with a listing of its entry's kind, so the records are of that kind.
  return entry.source.measure(metric, input.records as never, input.window);
}

const COUNT_TYPES = METRIC_TYPES.filter((type) => METRIC_CATALOG[type].kind === 'count');

/** The schema of one metric type: `type`, its fields, and the `stat` its kind allows. */
function schemaOf<T extends MetricType>(type: T): SchemaOf<T> {
  const entry = entryOf({ type });
  const stat = statField(entry.type, entry.kind, COUNT_TYPES);
  const base = z
    .strictObject({ type: z.literal(entry.type), ...entry.fields, stat })
    .meta({ title: entry.type, description: entry.samples, ...entry.jsonSchema });
  const { refine } = entry;
  const schema = refine === undefined ? base : base.superRefine((metric, ctx) => refine(metric as Metric, ctx));
  // Spreading an entry's fields into the object loses their types; this restores them from the catalog.
  return schema as unknown as SchemaOf<T>;
}

type FieldsOf<T extends MetricType> = Catalog[T]['fields'] extends infer F extends z.ZodRawShape ? F : never;

type SchemaOf<T extends MetricType> = T extends MetricType
  ? z.ZodObject<{ type: z.ZodLiteral<T> } & FieldsOf<T> & { stat: ReturnType<typeof statField> }, z.core.$strict>
  : never;

/** Every metric type's schema, in the catalog's order, for the OKR file's discriminated union on `type`. */
export const METRIC_SCHEMAS = METRIC_TYPES.map((type) => schemaOf(type)) as [
  SchemaOf<MetricType>,
  ...SchemaOf<MetricType>[],
];
