/**
 * The OKR file's schema of each metric type: `type`, the fields its definition declares (`src/metric-types/`) and
 * the `stat` its kind allows, refined by its definition's cross-field checks.
 */
import * as z from 'zod';
import { COUNT_TYPES, METRIC_CATALOG, METRIC_TYPES, type Metric, type MetricType } from '../metric-types/index.js';
import type { MetricDefinition } from '../metric-types/definition.js';
import { statField } from '../syntax/fields.js';

type Catalog = typeof METRIC_CATALOG;

/** Any definition, its `refine` taking any metric. */
type DefinitionOfAny = Omit<MetricDefinition<MetricType, z.ZodRawShape>, 'refine'> & {
  refine?: (metric: Metric, ctx: z.RefinementCtx) => void;
};

/** The schema of one metric type: `type`, its fields, and the `stat` its kind allows. */
function schemaOf<T extends MetricType>(type: T): SchemaOf<T> {
  // TypeScript cannot correlate `type` with the definition it picks; this is the one place that says so.
  const entry = METRIC_CATALOG[type] as unknown as DefinitionOfAny;
  const stat = statField(entry.type, entry.kind, COUNT_TYPES);
  const base = z
    .strictObject({ type: z.literal(entry.type), ...entry.fields, stat })
    .meta({ title: entry.type, description: entry.samples, ...entry.jsonSchema });
  const { refine } = entry;
  const schema = refine === undefined ? base : base.superRefine((metric, ctx) => refine(metric as Metric, ctx));
  // Spreading a definition's fields into the object loses their types; this restores them from the catalog.
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
