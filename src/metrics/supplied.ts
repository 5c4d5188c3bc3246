/**
 * `value` metrics (SPEC §3): one number supplied from outside, by `name` from the action's `metrics` input, or
 * from a JSON `file` in the workspace at a dot `path`. Reading the file is the caller's I/O (`readWorkspaceFile`,
 * which refuses paths leaving the workspace); this module only interprets what it returns.
 *
 * Accepted values: a JSON number, a numeric string (`"42"`, `"1.5e3"`), or a percentage string (`"99.9%"`,
 * read as the fraction 0.999, the way the OKR file stores `target: 99.9%`). Anything else (booleans, null,
 * objects, durations such as `"5m"`, hex) is an error on the key result, so a wrong value is never scored.
 * The unit is the metric's `unit` label, or `value` when it names none.
 */
import type { ValueMetric } from '../metric-types/index.js';
import type { Measurement } from './measurement.js';
import { parseJsonText } from '../model/json-text.js';
import { DEFAULT_VALUE_UNIT } from '../model/units.js';

export interface SuppliedInputs {
  /** The parsed `metrics` input; absent when the workflow gave none. */
  metrics?: Record<string, unknown>;
  /** Reads a workspace file's text by relative path; throws (with a message saying why) if it cannot. */
  readWorkspaceFile?: (relativePath: string) => string;
}

export function measureSupplied(metric: ValueMetric, inputs: SuppliedInputs): Measurement {
  const unit = metric.unit ?? DEFAULT_VALUE_UNIT;
  const found = lookUp(metric, inputs);
  if ('error' in found) return { value: null, samples: 0, unit, error: found.error };
  const value = toNumber(found.raw);
  if (value === undefined) {
    return {
      value: null,
      samples: 0,
      unit,
      error: `${found.where} is ${describe(found.raw)}, not a number: supply a number such as 42 or "99.9%"`,
    };
  }
  return { value, samples: 1, unit };
}

type LookUp = { raw: unknown; where: string } | { error: string };

function lookUp(metric: ValueMetric, inputs: SuppliedInputs): LookUp {
  if (metric.name !== undefined) {
    const where = `metrics input "${metric.name}"`;
    if (!inputs.metrics) {
      return {
        error: `no \`metrics\` input was given: pass \`metrics: '{"${metric.name}": <number>}'\` to the action`,
      };
    }
    if (!Object.hasOwn(inputs.metrics, metric.name)) {
      return { error: `the \`metrics\` input has no "${metric.name}": add it, e.g. \`{"${metric.name}": <number>}\`` };
    }
    return { raw: inputs.metrics[metric.name], where };
  }
  if (metric.file === undefined) {
    return {
      error:
        'a `value` metric needs `name` (a key of the `metrics` input) ' +
        'or `file` with `path` (a JSON file in the workspace)',
    };
  }
  if (metric.path === undefined || metric.path === '') {
    return {
      error:
        `a \`value\` metric with \`file: ${metric.file}\` needs \`path\`, ` +
        'the dot path of the number in it (e.g. `latency.p99`)',
    };
  }
  if (!inputs.readWorkspaceFile) {
    return { error: `cannot read "${metric.file}": no workspace to read files from here` };
  }
  let text: string;
  try {
    text = inputs.readWorkspaceFile(metric.file);
  } catch (error) {
    return { error: error instanceof Error ? error.message : `cannot read "${metric.file}"` };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { error: `"${metric.file}" is ${parsed.message}: write the values as a JSON object` };
  const json = parsed.value;
  return atPath(json, metric.path, metric.file);
}

/** Walks `a.b.0.c` through objects (own keys only: no `__proto__` tricks) and arrays (numeric segments). */
function atPath(json: unknown, path: string, file: string): LookUp {
  let current: unknown = json;
  const walked: string[] = [];
  for (const segment of path.split('.')) {
    walked.push(segment);
    const next = child(current, segment);
    if (next === undefined) {
      return { error: `"${file}" has nothing at "${walked.join('.')}": fix \`path\` or the step that writes the file` };
    }
    current = next.value;
  }
  return { raw: current, where: `"${file}" at "${path}"` };
}

function child(node: unknown, key: string): { value: unknown } | undefined {
  if (Array.isArray(node)) {
    return /^\d+$/.test(key) && Number(key) < node.length ? { value: node[Number(key)] } : undefined;
  }
  if (node !== null && typeof node === 'object' && Object.hasOwn(node, key)) {
    return { value: (node as Record<string, unknown>)[key] };
  }
  return undefined;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  const percent = text.endsWith('%');
  const digits = percent ? text.slice(0, -1).trim() : text;
  if (!NUMBER.test(digits)) return undefined;
  // `99.9e-2` rather than 99.9 / 100: the decimal shift is exact (0.999), the division is not (0.9990000000000001).
  const value = Number(percent && !/e/i.test(digits) ? `${digits}e-2` : digits);
  if (!Number.isFinite(value)) return undefined;
  return percent && /e/i.test(digits) ? value / 100 : value;
}

/** A short, bounded description of a non-numeric value (it comes from outside: never echo it whole). */
function describe(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'string') return `the text "${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}"`;
  return typeof raw === 'object' ? 'an object' : `${typeof raw} ${String(raw)}`;
}
