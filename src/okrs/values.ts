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
export const PERCENTAGE_EXPECTED = 'a percentage like 99.9%';
export const VALUE_EXPECTED = 'a number, a duration like 45m or 1h30m, or a percentage like 99.9%';

const SECONDS_PER_UNIT = { w: 604_800, d: 86_400, h: 3_600, m: 60, s: 1 } as const;

// Units must come largest first, each at most once ("1h30m", not "30m1h"); spaces between parts are allowed.
export const DURATION = /^(?:(\d+)w)?\s*(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+)m)?\s*(?:(\d+)s)?$/;
export const PERCENTAGE = /^([+-]?\d+(?:\.\d+)?)\s*%$/;

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
  return total;
}

/** `"99.9%"` → 0.999 exactly as the decimal reads (shifting the decimal point avoids 99.9 / 100 = 0.9990000000000001). */
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
    if (text !== '' && DURATION.test(text)) return parseDuration(text);
    // A quoted number ("12") is still plainly a number.
    if (text !== '' && Number.isFinite(Number(text))) return Number(text);
  }
  throw new ValueSyntaxError(`expected ${VALUE_EXPECTED}, got ${describeInput(input)}`);
}
