/**
 * The action's inputs (SPEC §5), read once in main.ts and validated here so that a typo in a workflow file
 * fails with a message naming the input, not deep inside the engine.
 */
import { z } from 'zod';
import { CALIBRATE_MODES } from '../coach/calibration.js';
import { DEFAULT_DEADLINE, DEFAULT_RESERVE, OPTION_NAMES, sharedOptionFields } from '../options/schema.js';

/** YAML 1.2's booleans, as `core.getBooleanInput` accepts them. */
const BOOLEAN_INPUT = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false } as const;

const inputsSchema = z.object({
  okrs: z.string().min(1, 'give the path of the OKR file, e.g. .github/okrs.yml'),
  token: z.string(),
  comment: z.enum(['auto', 'always', 'never'], { error: 'expected auto, always or never' }),
  calibrate: z.enum(CALIBRATE_MODES, { error: 'expected auto, always or never' }),
  issue: z.string(),
  summary: z
    .enum(Object.keys(BOOLEAN_INPUT) as [keyof typeof BOOLEAN_INPUT], { error: 'expected true or false' })
    .transform((v) => BOOLEAN_INPUT[v]),
  ...sharedOptionFields,
  /** Team JSON reports to roll up (paths or globs, one per line); empty: score the OKR files instead. */
  rollup: z.string(),
  /** A directory for the listings' cache (SPEC §14); empty: none. */
  cache: z.string(),
  /** The Prometheus server and its headers (SPEC §12), as given: `prometheus/server.ts` reads them. */
  prometheusUrl: z.string(),
  prometheusHeaders: z.string(),
});

export type ActionInputs = z.output<typeof inputsSchema>;

const INPUT_NAMES: Record<keyof z.input<typeof inputsSchema>, string> = {
  okrs: 'okrs',
  token: 'github-token',
  comment: 'comment',
  calibrate: 'calibrate',
  issue: 'issue',
  summary: 'summary',
  asOf: OPTION_NAMES.asOf.input,
  repository: OPTION_NAMES.repository.input,
  failOn: OPTION_NAMES.failOn.input,
  metrics: OPTION_NAMES.metrics.input,
  deadline: OPTION_NAMES.deadline.input,
  rollup: 'rollup',
  rateLimitReserve: OPTION_NAMES.rateLimitReserve.input,
  cache: 'cache',
  prometheusUrl: 'prometheus-url',
  prometheusHeaders: 'prometheus-headers',
};

const DEFAULTS: Partial<Record<keyof typeof INPUT_NAMES, string>> = {
  okrs: '.github/okrs.yml',
  comment: 'auto',
  calibrate: 'auto',
  summary: 'true',
  metrics: '{}',
  failOn: 'error',
  deadline: DEFAULT_DEADLINE,
  rateLimitReserve: DEFAULT_RESERVE,
};

/**
 * `getInput` is core.getInput; `defaultRepository` is GITHUB_REPOSITORY. Defaults are repeated here (not only
 * in action.yml) so that running dist/index.js outside a runner behaves the same: tests/action/inputs.test.ts
 * reads every input with action.yml's defaults and with none, and expects the same inputs.
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
