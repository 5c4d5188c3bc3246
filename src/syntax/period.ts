/**
 * OKR periods (SPEC §2): `YYYY-Qn`, `YYYY-Hn`, `YYYY`, or `{name?, start, end}` with an inclusive end date.
 * All in UTC; the model stores an exclusive end instant (midnight after the last day).
 */
import type { Period } from '../model/period.js';
import { describeInput, quoteInput } from './hints.js';
import { ValueSyntaxError } from './values.js';

export const PERIOD_EXPECTED = 'a period like 2026-Q4, 2026-H1, 2026 or {start: 2026-10-01, end: 2026-12-31}';
const DATE_EXPECTED = 'a date like 2026-10-01 (YYYY-MM-DD)';

export const NAMED = /^(\d{4})(?:-([QH])([1-4]))?$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-Q4`, `2026-H1`, `2026` (YAML reads a bare year as a number, so that is accepted too). */
export function parseNamedPeriod(input: string | number): Period {
  const match = NAMED.exec(String(input).trim());
  const [, yearText, kind, indexText] = match ?? [];
  if (yearText === undefined) throw new ValueSyntaxError(`expected ${PERIOD_EXPECTED}, got ${describeInput(input)}`);
  const year = Number(yearText);
  if (kind === undefined || indexText === undefined) {
    return { name: yearText, start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  }
  const half = kind.toUpperCase() === 'H';
  const index = Number(indexText);
  if (half && index > 2) {
    throw new ValueSyntaxError(`${quoteInput(String(input))} is not a half year; expected H1 or H2`);
  }
  const months = half ? 6 : 3;
  const firstMonth = (index - 1) * months;
  return {
    name: `${yearText}-${half ? 'H' : 'Q'}${index}`,
    start: utc(year, firstMonth, 1),
    end: utc(year, firstMonth + months, 1), // Date.UTC rolls month 12 over into January of the next year
  };
}

/** A real calendar date `YYYY-MM-DD` → its UTC midnight. */
export function parseCalendarDate(text: string): Date {
  const match = DATE.exec(text.trim());
  if (match === null) throw new ValueSyntaxError(`expected ${DATE_EXPECTED}, got ${describeInput(text)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = utc(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new ValueSyntaxError(`${quoteInput(text)} is not a date in the calendar`);
  }
  return date;
}

/** A custom period; `end` is the last day, inclusive. Throws when the end comes before the start. */
export function parseCustomPeriod(fields: { name?: string | undefined; start: string; end: string }): Period {
  const start = parseCalendarDate(fields.start);
  const lastDay = parseCalendarDate(fields.end);
  if (lastDay.getTime() < start.getTime()) {
    throw new ValueSyntaxError(`the period ends (${fields.end.trim()}) before it starts (${fields.start.trim()})`);
  }
  return {
    name: fields.name ?? `${fields.start.trim()}..${fields.end.trim()}`,
    start,
    end: new Date(lastDay.getTime() + 86_400_000),
  };
}

/** Any of the forms, for callers that hold a plain value (the parser uses the pieces to place errors). */
export function parsePeriod(value: unknown): Period {
  if (typeof value === 'string' || typeof value === 'number') return parseNamedPeriod(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { name, start, end } = value as Record<string, unknown>;
    if (typeof start === 'string' && typeof end === 'string' && (name === undefined || typeof name === 'string')) {
      return parseCustomPeriod({ name, start, end });
    }
  }
  throw new ValueSyntaxError(`expected ${PERIOD_EXPECTED}, got ${describeInput(value)}`);
}

function utc(year: number, monthIndex: number, day: number): Date {
  const date = new Date(Date.UTC(year, monthIndex, day));
  date.setUTCFullYear(year, monthIndex, day); // Date.UTC maps years 0–99 to 1900–1999
  return date;
}
