/**
 * The zod schema of an OKR file, version 1 (SPEC §2, §3). Keys are kebab-case; every mapping is strict so a
 * typo is an error rather than a silently dropped key result. Values come out normalised (seconds, fractions,
 * UTC periods); ids, defaults that need the title, and positions are added by `parse.ts`.
 *
 * A metric's fields and `stat` come from its metric type's catalog entry (`src/metrics/catalog/`), built from
 * `fields.ts`; what each type takes and refuses, and why, is written there and in SPEC-NOTES "The OKR file".
 */
import * as z from 'zod';
import type { Metric } from '../metric-types/index.js';
import { describeInput } from '../syntax/hints.js';
import { parsedWith, repository, text } from '../syntax/fields.js';
import { gitRef, repositoryFilePath } from '../syntax/request-fields.js';
import { parseCalendarDate, parseCustomPeriod, parseNamedPeriod, PERIOD_EXPECTED } from '../syntax/period.js';
import { ID_PATTERN } from './slug.js';
import { parseValue, VALUE_EXPECTED, ValueSyntaxError } from '../syntax/values.js';
import {
  CALENDAR_DATE_PATTERN,
  NAMED_PERIOD_PATTERN,
  SHARE_PATTERN,
  VALUE_TEXT_PATTERN,
} from '../syntax/json-patterns.js';
import { naturalDirection, QUERIED_TYPES, RATIO_TYPES } from '../metric-types/index.js';
import { METRIC_SCHEMAS } from './metric-schemas.js';

const SUPPORTED_VERSIONS = [1] as const;

const title = z
  .string({ error: (iss) => `expected a title (text), got ${describeInput(iss.input)}` })
  .trim()
  .min(1, { error: 'the title is empty; say what the objective or key result is' });

const id = z.string().regex(ID_PATTERN, {
  error: (iss) =>
    `expected an id of lowercase letters, digits and dashes like "deploy-time", got ${describeInput(iss.input)}`,
});

const owner = z.string().regex(/^@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9._-]+)?$/, {
  error: (iss) =>
    `expected a GitHub team like "@acme/payments" (or a user like "@octocat"), got ${describeInput(iss.input)}`,
});

const valueSchema = z
  .union([z.number(), z.string().meta({ pattern: VALUE_TEXT_PATTERN })], {
    error: (iss) => `expected ${VALUE_EXPECTED}, got ${describeInput(iss.input)}`,
  })
  .transform(parsedWith(parseValue));

/** One metric: its `type` picks the catalog entry whose fields and `stat` apply (`src/metrics/catalog/`). */
const metricSchema = z.discriminatedUnion('type', METRIC_SCHEMAS);

// The schema's output must be the model's Metric: this fails to compile when they drift apart.
((metric: z.output<typeof metricSchema>): Metric => metric) satisfies unknown;

/** A rate's baseline and target are percentages from 0% to 100% (`rateValueProblems`), for editors too. */
const SHARE = { type: 'string', pattern: SHARE_PATTERN };
const rateValuesWhen = (metric: Record<string, unknown>, required: string[]) => ({
  if: { properties: { metric: { properties: metric, required } }, required: ['metric'] },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, not a thenable
  then: { properties: { baseline: SHARE, target: SHARE } },
});
const RATE_VALUES = {
  allOf: [
    rateValuesWhen({ type: { enum: RATIO_TYPES } }, ['type']),
    // A queried metric's value is a share when its unit says so (SPEC §12).
    rateValuesWhen({ type: { enum: QUERIED_TYPES }, unit: { const: 'ratio' } }, ['type', 'unit']),
  ],
};

const keyResultSchema = z
  .strictObject({
    title,
    id: id.optional(),
    owner: owner.optional(),
    metric: metricSchema,
    baseline: valueSchema
      .optional()
      .meta({ description: 'where the metric started; without it the key result is a threshold' }),
    target: valueSchema.meta({ description: 'a number, a duration like 10m or a percentage like 99.9%' }),
    direction: z
      .enum(['increase', 'decrease'], {
        error: (iss) => `expected increase or decrease, got ${describeInput(iss.input)}`,
      })
      .optional()
      .meta({ description: "which way is better, when the metric's natural direction or the baseline do not say" }),
    weight: z
      .number({ error: (iss) => `expected a positive number (default 1), got ${describeInput(iss.input)}` })
      .positive({ error: 'expected a weight greater than 0' })
      .default(1)
      .meta({ description: "the key result's share of its objective's score (default 1)" }),
  })
  .superRefine((kr, ctx) => {
    const directed = kr.direction !== undefined || (kr.baseline !== undefined && kr.baseline !== kr.target);
    if (naturalDirection(kr.metric.type) === undefined && !directed) {
      // A baseline equal to its target says nothing about which way is better.
      const baseline =
        kr.baseline === undefined
          ? ' (or a baseline)'
          : ': the baseline equals the target, so it does not tell which way is better';
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `a ${kr.metric.type} metric has no natural direction; add direction: increase or decrease${baseline}`,
      });
    }
  })
  .meta(RATE_VALUES);

const objectiveSchema = z.strictObject({
  title,
  id: id.optional(),
  'aligns-to': id.optional().meta({ description: 'the id of the company objective this one serves' }),
  owner: owner.optional(),
  'key-results': z.array(keyResultSchema, {
    error: (iss) => `expected a list of key results, got ${describeInput(iss.input)}`,
  }),
});

/** A year YAML read as a number (`period: 2026`), as the JSON Schema describes it. */
const BARE_YEAR = { type: 'integer', minimum: 1000, maximum: 9999 } as const;

const calendarDate = z
  .string({ error: (iss) => `expected a date like 2026-10-01 (YYYY-MM-DD), got ${describeInput(iss.input)}` })
  .meta({ pattern: CALENDAR_DATE_PATTERN })
  .transform(parsedWith(parseCalendarDate));

const periodSchema = z.union(
  [
    z
      .union([z.string().meta({ pattern: NAMED_PERIOD_PATTERN }), z.number().meta(BARE_YEAR)])
      .transform(parsedWith(parseNamedPeriod)),
    z.strictObject({ name: text.optional(), start: calendarDate, end: calendarDate }).transform((fields, ctx) => {
      const iso = (date: Date) => date.toISOString().slice(0, 10);
      try {
        return parseCustomPeriod({ name: fields.name, start: iso(fields.start), end: iso(fields.end) });
      } catch (error) {
        if (!(error instanceof ValueSyntaxError)) throw error;
        ctx.issues.push({ code: 'custom', path: ['end'], message: error.message, input: fields });
        return z.NEVER;
      }
    }),
  ],
  { error: (iss) => `expected ${PERIOD_EXPECTED}, got ${describeInput(iss.input)}` },
);

const companySchema = z.strictObject({
  repository: repository.optional(),
  path: repositoryFilePath,
  ref: gitRef.optional(),
});

export const okrFileSchema = z.strictObject({
  version: z.literal(SUPPORTED_VERSIONS, {
    error: (iss) =>
      `unsupported version ${describeInput(iss.input)}; this release reads version ${SUPPORTED_VERSIONS.join(', ')}`,
  }),
  period: periodSchema.meta({ description: 'YYYY-Qn, YYYY-Hn, YYYY or {name?, start, end} (UTC, end inclusive)' }),
  team: text.optional(),
  owner: owner.optional(),
  company: companySchema.optional().meta({ description: "where the company's objectives live (same schema)" }),
  objectives: z
    .array(objectiveSchema, { error: (iss) => `expected a list of objectives, got ${describeInput(iss.input)}` })
    .min(1, { error: 'there are no objectives; add at least one' }),
});

export type OkrFileInput = z.output<typeof okrFileSchema>;
