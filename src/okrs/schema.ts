/**
 * The zod schema of an OKR file, version 1 (SPEC §2, §3). Keys are kebab-case; every mapping is strict so a
 * typo is an error rather than a silently dropped key result. Values come out normalised (seconds, fractions,
 * UTC periods); ids, defaults that need the title, and positions are added by `parse.ts`.
 *
 * `stat` per metric type (the SPEC lists the statistics but not which type takes which; decided here):
 * - countable types (workflow-runs, deployment-frequency, issue-count): count (default), per-day, per-week;
 * - sample types (workflow-duration, deployment-duration, time-to-close, pr-merge-time): p50 (default), p75,
 *   p90, p95, p99, mean, min, max;
 * - rate types (workflow-success-rate, change-failure-rate) and `value` yield one number, so `stat` is an
 *   error there rather than ignored (a user who writes it expects it to do something).
 * Likewise `conclusion` on workflow-success-rate (it counts every finished conclusion by definition) and
 * `window` on `value` (a supplied number has no window) are errors, each with a message that says why.
 */
import * as z from 'zod';
import { COUNT_STATS, SAMPLE_STATS, type Metric } from './model.js';
import { describeInput, didYouMean, quote } from './hints.js';
import { parseCalendarDate, parseCustomPeriod, parseNamedPeriod, PERIOD_EXPECTED } from './period.js';
import { ID_PATTERN } from './slug.js';
import { label, repository, repositoryFilePath } from './request-fields.js';
import { DURATION_EXPECTED, parseDuration, parseValue, VALUE_EXPECTED, ValueSyntaxError } from './values.js';

export const SUPPORTED_VERSIONS = [1] as const;

/** Conclusions a GitHub workflow run can end with (REST API `conclusion`). */
export const RUN_CONCLUSIONS = [
  'success',
  'failure',
  'neutral',
  'cancelled',
  'skipped',
  'timed_out',
  'action_required',
  'stale',
  'startup_failure',
] as const;

const COUNTABLE_TYPES = ['workflow-runs', 'deployment-frequency', 'issue-count'];

/** Runs a throwing value parser inside zod, turning its `ValueSyntaxError` into an issue at this value. */
function parsedWith<In, Out>(parse: (input: In) => Out) {
  return (input: In, ctx: z.RefinementCtx<In>): Out => {
    try {
      return parse(input);
    } catch (error) {
      if (!(error instanceof ValueSyntaxError)) throw error;
      ctx.issues.push({ code: 'custom', message: error.message, input });
      return z.NEVER;
    }
  };
}

/** A key that this kind of mapping does not take, with the reason (rather than a bare "unknown key"). */
function notApplicable(reason: string) {
  return z.never({ error: reason }).optional();
}

const text = z.string().trim().min(1, { error: 'expected a non-empty text' });

const title = z
  .string({ error: (iss) => `expected a title (text), got ${describeInput(iss.input)}` })
  .trim()
  .min(1, { error: 'the title is empty; say what the objective or key result is' });

const id = z.string().regex(ID_PATTERN, {
  error: (iss) =>
    `expected an id of lowercase letters, digits and dashes like "deploy-time", got ${describeInput(iss.input)}`,
});

const owner = z.string().regex(/^@[A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9._-]+)?$/, {
  error: (iss) => `expected a GitHub team like "@acme/payments" (or a user like "@octocat"), got ${describeInput(iss.input)}`,
});

export const valueSchema = z
  .union([z.number(), z.string()], { error: (iss) => `expected ${VALUE_EXPECTED}, got ${describeInput(iss.input)}` })
  .transform(parsedWith(parseValue));

const window = z
  .string({ error: (iss) => `expected ${DURATION_EXPECTED} (a bare number is ambiguous), got ${describeInput(iss.input)}` })
  .transform(parsedWith(parseDuration))
  .refine((seconds) => seconds > 0, { error: 'a window must be longer than zero' });

/** A single string is accepted where a list is expected (`labels: incident`). */
function listOf<T extends z.ZodType<string>>(item: T, expected: string) {
  return z
    .union([item, z.array(item)], { error: (iss) => `expected ${expected}, got ${describeInput(iss.input)}` })
    .transform((value) => (Array.isArray(value) ? value : [value]));
}

function statFor<S extends string>(type: string, stats: readonly [S, ...S[]]) {
  const others = COUNTABLE_TYPES.includes(type)
    ? 'p50…max need a duration metric'
    : `count, per-day and per-week are for ${COUNTABLE_TYPES.join(', ')}`;
  return z.enum(stats, {
    error: (iss) =>
      typeof iss.input === 'string'
        ? `stat ${quote(iss.input)} does not apply to ${type}; expected one of ${stats.join(', ')} (${others})${didYouMean(iss.input, stats)}`
        : `expected one of ${stats.join(', ')}, got ${describeInput(iss.input)}`,
  });
}

const common = { repository: repository.optional(), window: window.optional() };

const workflow = z
  .union([text, z.number().int().positive()], {
    error: (iss) => `expected the workflow's file name like deploy.yml or its numeric id, got ${describeInput(iss.input)}`,
  })
  .transform((value) => String(value));

const workflowFilters = { workflow, branch: text.optional(), event: text.optional() };
const conclusion = listOf(
  z.enum(RUN_CONCLUSIONS, {
    error: (iss) =>
      `expected a run conclusion (${RUN_CONCLUSIONS.join(', ')}), got ${describeInput(iss.input)}` +
      (typeof iss.input === 'string' ? didYouMean(iss.input, RUN_CONCLUSIONS) : ''),
  }),
  'a run conclusion or a list of them',
);
const labels = listOf(label, 'a label or a list of labels');
const noStat = (type: string) => notApplicable(`${type} yields a single ratio; remove stat`);

export const metricSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('workflow-duration'),
    ...common,
    ...workflowFilters,
    conclusion: conclusion.optional(),
    stat: statFor('workflow-duration', SAMPLE_STATS).optional(),
  }),
  z.strictObject({
    type: z.literal('workflow-runs'),
    ...common,
    ...workflowFilters,
    conclusion: conclusion.optional(),
    stat: statFor('workflow-runs', COUNT_STATS).optional(),
  }),
  z.strictObject({
    type: z.literal('workflow-success-rate'),
    ...common,
    ...workflowFilters,
    conclusion: notApplicable(
      'workflow-success-rate counts runs that concluded success, failure, timed_out or startup_failure; remove conclusion',
    ),
    stat: noStat('workflow-success-rate'),
  }),
  z.strictObject({
    type: z.literal('deployment-duration'),
    ...common,
    environment: text.optional(),
    stat: statFor('deployment-duration', SAMPLE_STATS).optional(),
  }),
  z.strictObject({
    type: z.literal('deployment-frequency'),
    ...common,
    environment: text.optional(),
    stat: statFor('deployment-frequency', COUNT_STATS).optional(),
  }),
  z.strictObject({
    type: z.literal('change-failure-rate'),
    ...common,
    environment: text.optional(),
    stat: noStat('change-failure-rate'),
  }),
  z.strictObject({
    type: z.literal('issue-count'),
    ...common,
    labels: labels.optional(),
    state: z
      .enum(['opened', 'closed', 'open'], {
        error: (iss) =>
          `expected opened (created in the window, the default), closed (closed in the window) or open (open at the evaluation time), got ${describeInput(iss.input)}`,
      })
      .optional(),
    stat: statFor('issue-count', COUNT_STATS).optional(),
  }),
  z.strictObject({
    type: z.literal('time-to-close'),
    ...common,
    labels: labels.optional(),
    stat: statFor('time-to-close', SAMPLE_STATS).optional(),
  }),
  z.strictObject({
    type: z.literal('pr-merge-time'),
    ...common,
    base: text.optional(),
    stat: statFor('pr-merge-time', SAMPLE_STATS).optional(),
  }),
  z
    .strictObject({
      type: z.literal('value'),
      repository: repository.optional(),
      name: text.optional(),
      file: text.optional(),
      path: text.optional(),
      unit: text.optional(),
      window: notApplicable('a value metric is one number supplied from outside; it has no window'),
      stat: notApplicable('a value metric is one number supplied from outside; remove stat'),
    })
    .superRefine((metric, ctx) => {
      if (metric.name !== undefined && metric.file !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['file'], message: 'give either name or file, not both' });
      } else if (metric.name === undefined && metric.file === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: 'a value metric needs name (a key of the metrics input) or file (a JSON file in the workspace)',
        });
      }
      if (metric.path !== undefined && metric.file === undefined) {
        ctx.addIssue({ code: 'custom', path: ['path'], message: 'path is a dot path into file; add file or remove path' });
      }
    }),
]);

// The schema's output must be the model's Metric: this fails to compile when they drift apart.
((metric: z.output<typeof metricSchema>): Metric => metric) satisfies unknown;

export const keyResultSchema = z
  .strictObject({
    title,
    id: id.optional(),
    owner: owner.optional(),
    metric: metricSchema,
    baseline: valueSchema.optional(),
    target: valueSchema,
    direction: z
      .enum(['increase', 'decrease'], {
        error: (iss) => `expected increase or decrease, got ${describeInput(iss.input)}`,
      })
      .optional(),
    weight: z
      .number({ error: (iss) => `expected a positive number (default 1), got ${describeInput(iss.input)}` })
      .positive({ error: 'expected a weight greater than 0' })
      .default(1),
  })
  .superRefine((kr, ctx) => {
    const directed = kr.direction !== undefined || (kr.baseline !== undefined && kr.baseline !== kr.target);
    if (kr.metric.type === 'value' && !directed) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'a value metric has no natural direction; add direction: increase or decrease (or a baseline)',
      });
    }
  });

export const objectiveSchema = z.strictObject({
  title,
  id: id.optional(),
  'aligns-to': id.optional(),
  owner: owner.optional(),
  'key-results': z.array(keyResultSchema, {
    error: (iss) => `expected a list of key results, got ${describeInput(iss.input)}`,
  }),
});

const calendarDate = z
  .string({ error: (iss) => `expected a date like 2026-10-01 (YYYY-MM-DD), got ${describeInput(iss.input)}` })
  .transform(parsedWith(parseCalendarDate));

export const periodSchema = z.union(
  [
    z.union([z.string(), z.number()]).transform(parsedWith(parseNamedPeriod)),
    z
      .strictObject({ name: text.optional(), start: calendarDate, end: calendarDate })
      .transform((fields, ctx) => {
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

export const companySchema = z.strictObject({
  repository: repository.optional(),
  path: repositoryFilePath,
  ref: text.optional(),
});

export const okrFileSchema = z.strictObject({
  version: z.literal(SUPPORTED_VERSIONS, {
    error: (iss) =>
      `unsupported version ${describeInput(iss.input)}; this release reads version ${SUPPORTED_VERSIONS.join(', ')}`,
  }),
  period: periodSchema,
  team: text.optional(),
  owner: owner.optional(),
  company: companySchema.optional(),
  objectives: z
    .array(objectiveSchema, { error: (iss) => `expected a list of objectives, got ${describeInput(iss.input)}` })
    .min(1, { error: 'there are no objectives; add at least one' }),
});

export type OkrFileInput = z.output<typeof okrFileSchema>;
