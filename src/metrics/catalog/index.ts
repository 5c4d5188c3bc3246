/**
 * The metric catalog: every metric type, declared once in its own file. Adding a type means adding its file
 * here; the compiler then refuses a catalog that misses a type of the model or an entry that misses a part.
 */
import * as z from 'zod';
import { METRIC_TYPES, type Direction, type Metric, type MetricType } from '../../okrs/model.js';
import { statField } from '../../okrs/fields.js';
import type { SourceKind, SourceSpec } from '../../github/sources.js';
import type { Unit } from '../../report/model.js';
import type { Measurement, Window } from '../measurement.js';
import {
  unitOf,
  type FetchedFrom,
  type MeasureInput,
  type MetricCatalog,
  type MetricEntry,
  type MetricOf,
} from './definition.js';
import { workflowDuration } from './workflow-duration.js';
import { workflowRuns } from './workflow-runs.js';
import { workflowSuccessRate } from './workflow-success-rate.js';
import { deploymentDuration } from './deployment-duration.js';
import { deploymentFrequency } from './deployment-frequency.js';
import { changeFailureRate } from './change-failure-rate.js';
import { issueCount } from './issue-count.js';
import { timeToClose } from './time-to-close.js';
import { prMergeTime } from './pr-merge-time.js';
import { value } from './value.js';

export const METRIC_CATALOG = {
  'workflow-duration': workflowDuration,
  'workflow-runs': workflowRuns,
  'workflow-success-rate': workflowSuccessRate,
  'deployment-duration': deploymentDuration,
  'deployment-frequency': deploymentFrequency,
  'change-failure-rate': changeFailureRate,
  'issue-count': issueCount,
  'time-to-close': timeToClose,
  'pr-merge-time': prMergeTime,
  value,
} satisfies MetricCatalog;

type Catalog = typeof METRIC_CATALOG;

/** The catalog entry of a metric's type. (TypeScript cannot correlate `metric.type` with the entry it picks.) */
export function entryOf<T extends MetricType>(metric: MetricOf<T>): MetricEntry<T> {
  return METRIC_CATALOG[metric.type as T] as unknown as MetricEntry<T>;
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
  if (entry.source === undefined) return entry.measureSupplied(metric, input);
  if (!input.records) {
    const error = `no ${metric.type} data was fetched for this key result`;
    return { value: null, samples: 0, unit: metricUnit(metric), error };
  }
  // The plan pairs each metric with a listing of its entry's kind, so the records are of that kind.
  const source = entry.source as FetchedFrom<MetricType, SourceKind>;
  return source.measure(metric, input.records, input.window);
}

const COUNT_TYPES = METRIC_TYPES.filter((type) => METRIC_CATALOG[type].kind === 'count');

/** The schema of one metric type: `type`, its fields, and the `stat` its kind allows. */
function schemaOf<T extends MetricType>(entry: MetricEntry<T>): SchemaOf<T> {
  const stat = statField(entry.type, entry.kind, COUNT_TYPES);
  const base = z
    .strictObject({ type: z.literal(entry.type), ...entry.fields, stat })
    .meta({ title: entry.type, description: entry.samples, ...entry.jsonSchema });
  const { refine } = entry;
  const schema = refine === undefined ? base : base.superRefine((metric, ctx) => refine(metric as MetricOf<T>, ctx));
  // Spreading an entry's fields into the object loses their types; this restores them from the catalog.
  return schema as unknown as SchemaOf<T>;
}

type FieldsOf<T extends MetricType> = Catalog[T]['fields'] extends infer F extends z.ZodRawShape ? F : never;

type SchemaOf<T extends MetricType> = T extends MetricType
  ? z.ZodObject<{ type: z.ZodLiteral<T> } & FieldsOf<T> & { stat: ReturnType<typeof statField> }, z.core.$strict>
  : never;

/** Every metric type's schema, in the catalog's order, for the OKR file's discriminated union on `type`. */
export const METRIC_SCHEMAS = METRIC_TYPES.map((type) => schemaOf(METRIC_CATALOG[type] as MetricEntry<MetricType>)) as [
  SchemaOf<MetricType>,
  ...SchemaOf<MetricType>[],
];
