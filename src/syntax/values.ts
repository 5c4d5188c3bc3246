/**
 * The scalar values of an OKR file (SPEC §2): numbers, durations stored as seconds, percentages stored as
 * fractions. Parsers throw `ValueSyntaxError` with a message that says what was expected.
 */
import { describeInput } from './hints.js';

/** A value in the OKR file that does not have the expected form. The message is meant for the user. */
export class ValueSyntaxError extends Error {
  override name = 'ValueSyntaxError';
}

export const DURATION_EXPECTED = 'a duration like 90s, 45m, 1h30m, 2d or 1w';
const PERCENTAGE_EXPECTED = 'a percentage like 99.9%';
export const VALUE_EXPECTED = 'a number, a duration like 45m or 1h30m, or a percentage like 99.9%';

const SECONDS_PER_UNIT = { w: 604_800, d: 86_400, h: 3_600, m: 60, s: 1 } as const;

// Units must come largest first, each at most once ("1h30m", not "30m1h"); spaces between parts are allowed.
export const DURATION = /^(?:(\d+)w)?\s*(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$/;
export const PERCENTAGE = /^([+-]?\d+(?:\.\d+)?)\s*%$/;
/** `250ms`: a baseline or target below a second (a Prometheus latency in `seconds`, SPEC §12). */
export const MILLISECONDS = /^(\d+(?:\.\d+)?)\s*ms$/;

/** `"1h30m"` → 5400. Whole units only; at least one part. */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  if (match === null || text.trim() === '') {
    throw new ValueSyntaxError(`expected ${DURATION_EXPECTED}, got ${describeInput(text)}`);
  }
  const [, weeks, days, hours, minutes, seconds] = match;
  const parts: Array<[string | undefined, number]> = [
    [weeks, SECONDS_PER_UNIT.w],
    [days, SECONDS_PER_UNIT.d],
    [hours, SECONDS_PER_UNIT.h],
    [minutes, SECONDS_PER_UNIT.m],
    [seconds, SECONDS_PER_UNIT.s],
  ];
  const total = parts.reduce((sum, [digits, unit]) => sum + (digits === undefined ? 0 : Number(digits) * unit), 0);
  if (!Number.isSafeInteger(total)) {
    throw new ValueSyntaxError(`the duration ${describeInput(text)} is too long`);
  }
  // After a larger unit, a part of a whole larger unit or more (`1h90m`) is a typo as often as not: refused.
  let larger: number | undefined;
  for (const [digits, unit] of parts) {
    if (digits === undefined) continue;
    if (larger !== undefined && Number(digits) * unit >= larger) {
      throw new ValueSyntaxError(
        `the duration ${describeInput(text)} has a part of a whole larger unit or more; ` +
          `write ${canonicalDuration(total)} if that is what you mean`,
      );
    }
    larger = unit;
  }
  return total;
}

/** `9000` → `2h30m`: every unit from the largest, none of a whole larger unit or more. */
function canonicalDuration(seconds: number): string {
  let rest = seconds;
  let text = '';
  for (const [unit, size] of Object.entries(SECONDS_PER_UNIT)) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) text += `${count}${unit}`;
  }
  return text || '0s';
}

/**
 * `"99.9%"` → 0.999 exactly as the decimal reads (shifting the decimal point avoids 99.9 / 100 = 0.9990000000000001).
 */
export function parsePercentage(text: string): number {
  const match = PERCENTAGE.exec(text.trim());
  if (match === null) {
    throw new ValueSyntaxError(`expected ${PERCENTAGE_EXPECTED}, got ${describeInput(text)}`);
  }
  return Number(`${match[1]}e-2`);
}

/** A baseline or target: a YAML number, a duration string or a percentage string. */
export function parseValue(input: unknown): number {
  if (typeof input === 'number' && Number.isFinite(input)) return input;
  if (typeof input === 'string') {
    const text = input.trim();
    if (PERCENTAGE.test(text)) return parsePercentage(text);
    // `250e-3` rather than 250 / 1000: the decimal shift is exact.
    const ms = MILLISECONDS.exec(text);
    if (ms) return Number(`${ms[1]}e-3`);
    if (text !== '' && DURATION.test(text)) return parseDuration(text);
    // A quoted number ("12") is still plainly a number.
    if (text !== '' && Number.isFinite(Number(text))) return Number(text);
  }
  throw new ValueSyntaxError(`expected ${VALUE_EXPECTED}, got ${describeInput(input)}`);
}

const RATE_EXPECTED = 'a percentage like 14%';

/**
 * A baseline or target of a rate: a percentage in [0%, 100%]. A bare number is refused rather than guessed at:
 * `14` read as a fraction would be 1,400%, and `0.14` might mean 14% or 0.14%.
 */
export function parseRateValue(input: unknown): number {
  if (typeof input === 'number') {
    const percent = Number((input * 100).toPrecision(12));
    const hint = input > 0 && input <= 1 ? ` (write ${percent}% for a share of ${input})` : '';
    throw new ValueSyntaxError(`expected ${RATE_EXPECTED}, got the number ${input}${hint}`);
  }
  if (typeof input !== 'string' || !PERCENTAGE.test(input.trim())) {
    throw new ValueSyntaxError(`expected ${RATE_EXPECTED}, got ${describeInput(input)}`);
  }
  const fraction = parsePercentage(input);
  if (fraction < 0 || fraction > 1) {
    throw new ValueSyntaxError(`expected a percentage between 0% and 100%, got ${input.trim()}`);
  }
  return fraction;
}

/**
 * A baseline or target of a duration (in seconds): a duration, `250ms`, or a plain number of seconds. A percentage
 * is refused: read as a fraction of a second, `99%` would be 990ms.
 */
function parseDurationValue(input: unknown): number {
  if (typeof input === 'string' && PERCENTAGE.test(input.trim())) {
    throw new ValueSyntaxError(
      `expected ${DURATION_EXPECTED} (or 250ms, or a number of seconds), got the percentage ${input.trim()}`,
    );
  }
  return parseValue(input);
}

/** Where in the file (a path of keys and indexes) a value is wrong, and why. */
export interface ValueProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * The baselines and targets of rate key results that are not percentages in [0%, 100%]. It reads the file's
 * plain data (as YAML gave it) because the schema has turned `14%` and `0.14` into the same number by then.
 * `isRate` says which metrics' values are shares (the catalog's `isRateMetric`: its ratio types, and a queried
 * metric with `unit: ratio`).
 */
export function rateValueProblems(data: unknown, isRate: (metric: Record<string, unknown>) => boolean): ValueProblem[] {
  return valueProblems(data, isRate, parseRateValue);
}

/**
 * The baselines and targets of duration key results written as percentages (`parseDurationValue`), read from the
 * plain data like `rateValueProblems`. `isDuration` says which metrics' values are seconds (`isDurationMetric`).
 */
export function durationValueProblems(
  data: unknown,
  isDuration: (metric: Record<string, unknown>) => boolean,
): ValueProblem[] {
  return valueProblems(data, isDuration, parseDurationValue);
}

function valueProblems(
  data: unknown,
  applies: (metric: Record<string, unknown>) => boolean,
  parse: (input: unknown) => number,
): ValueProblem[] {
  const problems: ValueProblem[] = [];
  entries(recordOf(data)?.objectives).forEach((objective, i) => {
    entries(recordOf(objective)?.['key-results']).forEach((keyResult, j) => {
      const kr = recordOf(keyResult);
      const metric = recordOf(kr?.metric);
      const type = metric?.type;
      if (!kr || !metric || typeof type !== 'string' || !applies(metric)) return;
      for (const field of ['baseline', 'target'] as const) {
        if (kr[field] === undefined || kr[field] === null || !isValue(kr[field])) continue;
        try {
          parse(kr[field]);
        } catch (error) {
          if (!(error instanceof ValueSyntaxError)) throw error;
          problems.push({ path: ['objectives', i, 'key-results', j, field], message: `${type}: ${error.message}` });
        }
      }
    });
  });
  return problems;
}

/** A value of the wrong form altogether is the schema's to report, once. */
function isValue(input: unknown): boolean {
  try {
    parseValue(input);
    return true;
  } catch {
    return false;
  }
}

function entries(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function recordOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
