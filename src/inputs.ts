/**
 * The action's inputs (SPEC §5), read once in main.ts and validated here so that a typo in a workflow file
 * fails with a message naming the input, not deep inside the engine.
 */
import { z } from 'zod';

export const FAIL_ON = ['error', 'off-track', 'finding', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** `owner/name`, as GitHub spells repository names. */
export const REPOSITORY_PATTERN = /^[\w.-]+\/[\w.-]+$/;
export const METRICS_EXPECTED = 'expected a JSON object, e.g. {"p99-latency-ms": 87}';

/** The `metrics` input (or the CLI's `--metrics`): a JSON object, or undefined when it is not one. */
export function parseMetricsJson(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // not JSON: the caller says what was expected
  }
  return undefined;
}

/** YAML 1.2's booleans, as `core.getBooleanInput` accepts them. */
const BOOLEAN_INPUT = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false } as const;

const inputsSchema = z.object({
  okrs: z.string().min(1, 'give the path of the OKR file, e.g. .github/okrs.yml'),
  token: z.string(),
  repository: z.string().regex(REPOSITORY_PATTERN, 'expected owner/name, e.g. acme/payments'),
  comment: z.enum(['auto', 'always', 'never'], { error: 'expected auto, always or never' }),
  issue: z.string(),
  summary: z
    .enum(Object.keys(BOOLEAN_INPUT) as [keyof typeof BOOLEAN_INPUT], { error: 'expected true or false' })
    .transform((v) => BOOLEAN_INPUT[v]),
  metrics: z.string().transform((text, ctx) => {
    const parsed = parseMetricsJson(text);
    if (parsed) return parsed;
    ctx.addIssue({ code: 'custom', message: METRICS_EXPECTED });
    return z.NEVER;
  }),
  asOf: z
    .string()
    .refine((v) => v === '' || !Number.isNaN(Date.parse(v)), 'expected an ISO 8601 time, e.g. 2026-11-28T12:00:00Z')
    .transform((v) => (v === '' ? undefined : new Date(v))),
  failOn: z.enum(FAIL_ON, { error: `expected one of ${FAIL_ON.join(', ')}` }),
  /** Team JSON reports to roll up (paths or globs, one per line); empty: score the OKR files instead. */
  rollup: z.string(),
});

export type ActionInputs = z.output<typeof inputsSchema>;

const INPUT_NAMES: Record<keyof z.input<typeof inputsSchema>, string> = {
  okrs: 'okrs',
  token: 'github-token',
  repository: 'repository',
  comment: 'comment',
  issue: 'issue',
  summary: 'summary',
  metrics: 'metrics',
  asOf: 'as-of',
  failOn: 'fail-on',
  rollup: 'rollup',
};

const DEFAULTS: Partial<Record<keyof typeof INPUT_NAMES, string>> = {
  okrs: '.github/okrs.yml',
  comment: 'auto',
  summary: 'true',
  failOn: 'error',
};

/**
 * `getInput` is core.getInput; `defaultRepository` is GITHUB_REPOSITORY. Defaults are repeated here (not only
 * in action.yml) so that running dist/index.js outside a runner behaves the same.
 */
export function readInputs(
  getInput: (name: string) => string,
  defaultRepository: string,
): { ok: true; inputs: ActionInputs } | { ok: false; errors: string[] } {
  const raw: Record<string, string> = {};
  for (const [key, name] of Object.entries(INPUT_NAMES)) {
    raw[key] = getInput(name).trim() || DEFAULTS[key as keyof typeof INPUT_NAMES] || '';
  }
  raw.repository ||= defaultRepository;
  const parsed = inputsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, inputs: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]) as keyof typeof INPUT_NAMES;
      return `input "${INPUT_NAMES[key] ?? key}": ${issue.message}`;
    }),
  };
}
