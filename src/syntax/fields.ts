/**
 * The zod pieces that OKR-file schemas are built from: text, repository, window, lists, and the fields metric
 * types share (their filters and `stat`). `schema.ts` assembles the file; each entry of the metric catalog
 * (`src/metrics/catalog/`) assembles its own metric from these, so a message reads the same wherever it fires.
 */
import * as z from 'zod';
import { COUNT_STATS, SAMPLE_STATS, type ValueKind } from '../model/stats.js';
import { describeInput, didYouMean, quoteInput } from './hints.js';
import { DURATION_EXPECTED, parseDuration, ValueSyntaxError } from './values.js';
import { DURATION_PATTERN } from './json-patterns.js';

/** Conclusions a GitHub workflow run can end with (REST API `conclusion`). */
const RUN_CONCLUSIONS = [
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

/** Runs a throwing value parser inside zod, turning its `ValueSyntaxError` into an issue at this value. */
export function parsedWith<In, Out>(parse: (input: In) => Out) {
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
export function notApplicable(reason: string) {
  return z.never({ error: reason }).optional();
}

export const text = z.string().trim().min(1, { error: 'expected a non-empty text' });

export { repository, repositoryFilePath } from './request-fields.js';
import { label, repository } from './request-fields.js';

const window = z
  .string({
    error: (iss) => `expected ${DURATION_EXPECTED} (a bare number is ambiguous), got ${describeInput(iss.input)}`,
  })
  .transform(parsedWith(parseDuration))
  .refine((seconds) => seconds > 0, { error: 'a window must be longer than zero' })
  .meta({ pattern: DURATION_PATTERN, description: 'a rolling window up to the evaluation time, e.g. 30d' });

/** A single string is accepted where a list is expected (`labels: incident`). */
function listOf<T extends z.ZodType<string>>(item: T, expected: string) {
  return z
    .union([item, z.array(item)], { error: (iss) => `expected ${expected}, got ${describeInput(iss.input)}` })
    .transform((value) => (Array.isArray(value) ? value : [value]));
}

/** Fields every metric reading GitHub may carry (SPEC §3). */
export const commonFields = {
  /** `owner/name`; absent = the repository being scored. */
  repository: repository.optional(),
  /** Rolling window length in seconds (`window: 30d`); absent = period start → as-of. */
  window: window.optional(),
};

const workflow = z
  .union([text, z.number().int().positive()], {
    error: (iss) =>
      `expected the workflow's file name like deploy.yml or its numeric id, got ${describeInput(iss.input)}`,
  })
  .transform((value) => String(value));

export const workflowFields = {
  /** Workflow file name (`deploy.yml`) or numeric id (as a string). */
  workflow,
  branch: text.optional(),
  event: text.optional(),
};

export const conclusion = listOf(
  z.enum(RUN_CONCLUSIONS, {
    error: (iss) =>
      `expected a run conclusion (${RUN_CONCLUSIONS.join(', ')}), got ${describeInput(iss.input)}` +
      (typeof iss.input === 'string' ? didYouMean(iss.input, RUN_CONCLUSIONS) : ''),
  }),
  'a run conclusion or a list of them',
);

export const labels = listOf(label, 'a label or a list of labels');

/**
 * The `stat` field of a metric type of this kind: the kind's statistics, or a refusal saying why there is none.
 * `countTypes` names the types that take count statistics, for the message a duration's wrong stat gets.
 */
export function statField(type: string, kind: ValueKind, countTypes: readonly string[]) {
  switch (kind) {
    case 'duration':
      return statOf(type, SAMPLE_STATS, `count, per-day and per-week are for ${countTypes.join(', ')}`);
    case 'count':
      return statOf(type, COUNT_STATS, 'p50…max need a duration metric');
    case 'ratio':
      return notApplicable(`${type} yields a single ratio; remove stat`);
    case 'supplied':
      return notApplicable('a value metric is one number supplied from outside; remove stat');
    case 'queried':
      return notApplicable(`a ${type} metric's query computes its own statistic; remove stat`);
  }
}

function statOf<S extends string>(type: string, stats: readonly [S, ...S[]], others: string) {
  return z
    .enum(stats, {
      error: (iss) =>
        typeof iss.input === 'string'
          ? `stat ${quoteInput(iss.input)} does not apply to ${type}; expected one of ${stats.join(', ')} (${others})` +
            didYouMean(iss.input, stats)
          : `expected one of ${stats.join(', ')}, got ${describeInput(iss.input)}`,
    })
    .optional();
}
