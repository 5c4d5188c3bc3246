/**
 * The options that the action's inputs and the CLI's flags share, validated by one zod schema so that both say
 * the same thing about the same mistake. Each side names an option its own way (`input "as-of"` in a workflow,
 * `--as-of` on the command line) and keeps what only it has (the action's `comment`, the CLI's `--json`).
 * A new shared option is one entry in `sharedOptionFields`, one in `OPTION_NAMES`, and the flag or input that
 * feeds it.
 */
import { z } from 'zod';
import { parseJsonText, withoutBom } from '../model/json-text.js';
import { ISO_TIME_EXPECTED, parseIsoTime } from './iso-time.js';
import { quoteInput } from '../syntax/hints.js';
import { parseRepositoryName } from '../syntax/repository.js';
import { DURATION_EXPECTED, parseDuration, ValueSyntaxError } from '../syntax/values.js';
import { parseReserve } from '../github/budget.js';

const FAIL_ON = ['error', 'off-track', 'finding', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const METRICS_EXPECTED = 'expected a JSON object, e.g. {"p99-latency-ms": 87}';
/** How long a run may spend reading GitHub before it reports what it has. */
export const DEFAULT_DEADLINE = '5m';
/**
 * The longest deadline: a day. Longer is no deadline at all (a run that has read nothing in a day will not read it
 * later; GitHub-hosted jobs stop at 6 hours), and past 24.8 days Node's timer overflows and fires at once.
 */
const MAX_DEADLINE_SECONDS = 86_400;
/** What of each rate limit a run leaves for the other workflows that share it. */
export const DEFAULT_RESERVE = '10%';
const RESERVE_EXPECTED = 'expected a share of the rate limit (10%) or a number of requests (500)';

/** The `metrics` input (or the CLI's `--metrics`): a JSON object, or where its syntax breaks, if it does. */
function parseMetricsJson(text: string): { value: Record<string, unknown> } | { problem?: string } {
  if (withoutBom(text).trim() === '') return { value: {} };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { problem: parsed.message };
  const { value } = parsed;
  if (value && typeof value === 'object' && !Array.isArray(value)) return { value: value as Record<string, unknown> };
  return {};
}

/** Each shared option, from the text a workflow or a command line gives (empty: not given). */
export const sharedOptionFields = {
  asOf: z.string().transform((text, ctx) => {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    const instant = parseIsoTime(trimmed);
    if (instant) return instant;
    ctx.addIssue({ code: 'custom', message: `expected ${ISO_TIME_EXPECTED}, got ${quoteInput(trimmed)}` });
    return z.NEVER;
  }),
  /** `owner/name` by GitHub's rules (src/okrs/repository.ts): it becomes part of every API path. */
  repository: z.string().transform((text, ctx) => {
    const parsed = parseRepositoryName(text.trim());
    if (parsed.ok) return parsed.fullName;
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }),
  failOn: z
    .string()
    .trim()
    .pipe(
      z.enum(FAIL_ON, {
        error: (iss) => `expected one of ${FAIL_ON.join(', ')}, got ${quoteInput(String(iss.input))}`,
      }),
    ),
  metrics: z.string().transform((text, ctx) => {
    const parsed = parseMetricsJson(text);
    if ('value' in parsed) return parsed.value;
    ctx.addIssue({
      code: 'custom',
      message: parsed.problem ? `${parsed.problem}; ${METRICS_EXPECTED}` : METRICS_EXPECTED,
    });
    return z.NEVER;
  }),
  /** Seconds, from a duration as the OKR file writes them (`5m`, `90s`); empty: the default. */
  deadline: z.string().transform((text, ctx) => {
    const trimmed = text.trim() || DEFAULT_DEADLINE;
    try {
      const seconds = parseDuration(trimmed);
      if (seconds > MAX_DEADLINE_SECONDS) {
        ctx.addIssue({
          code: 'custom',
          message:
            `expected at most 1d, got ${quoteInput(trimmed)}: the deadline is how long to read GitHub before ` +
            'reporting what was read, and a run that has read nothing in a day will not read it later',
        });
        return z.NEVER;
      }
      if (seconds > 0) return seconds;
    } catch (error) {
      if (!(error instanceof ValueSyntaxError)) throw error;
    }
    ctx.addIssue({
      code: 'custom',
      message: `expected ${DURATION_EXPECTED}, longer than zero, got ${quoteInput(trimmed)}`,
    });
    return z.NEVER;
  }),
  rateLimitReserve: z.string().transform((text, ctx) => {
    const trimmed = text.trim() || DEFAULT_RESERVE;
    const reserve = parseReserve(trimmed);
    if (reserve) return reserve;
    ctx.addIssue({ code: 'custom', message: `${RESERVE_EXPECTED}, got ${quoteInput(trimmed)}` });
    return z.NEVER;
  }),
} as const;

export type SharedOption = keyof typeof sharedOptionFields;

/** What the action's input and the CLI's flag for each shared option are called. */
export const OPTION_NAMES: Record<SharedOption, { input: string; flag: string }> = {
  asOf: { input: 'as-of', flag: '--as-of' },
  repository: { input: 'repository', flag: '--repo' },
  failOn: { input: 'fail-on', flag: '--fail-on' },
  metrics: { input: 'metrics', flag: '--metrics' },
  deadline: { input: 'deadline', flag: '--deadline' },
  rateLimitReserve: { input: 'rate-limit-reserve', flag: '--rate-limit-reserve' },
};

export type OptionResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** One shared option on its own (the CLI reads `--metrics @file.json` before it can check it). */
export function parseOption<K extends SharedOption>(
  key: K,
  text: string,
): OptionResult<z.output<(typeof sharedOptionFields)[K]>> {
  const parsed = sharedOptionFields[key].safeParse(text);
  if (parsed.success) return { ok: true, value: parsed.data as z.output<(typeof sharedOptionFields)[K]> };
  return { ok: false, message: parsed.error.issues.map((issue) => issue.message).join('; ') };
}
