/**
 * Patterns for the JSON Schema (`json-schema.ts`) of what the value parsers check in code, built from the
 * parsers' own expressions so that an editor refuses what the parser refuses. Leading and trailing spaces are
 * allowed because the parsers trim.
 */
import { NAMED } from './period.js';
import { DURATION, MILLISECONDS, PERCENTAGE } from './values.js';

const inner = (pattern: RegExp): string => pattern.source.replace(/^\^/, '').replace(/\$$/, '');
const trimmed = (body: string): string => `^\\s*(?:${body})\\s*$`;

/** `90s`, `1h30m`, `2d`: at least one part (the lookahead), largest unit first. */
export const DURATION_PATTERN = trimmed(`(?=\\d)${inner(DURATION)}`);

/** A decimal or JavaScript numeric literal, as `Number()` reads a quoted target ("12", "1e3", "0x10"). */
const NUMBER_TEXT = '[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+';

/** A baseline or target written as text: a percentage, a duration or a number. */
export const VALUE_TEXT_PATTERN = trimmed(
  `${inner(PERCENTAGE)}|${inner(MILLISECONDS)}|(?=\\d)${inner(DURATION)}|${NUMBER_TEXT}`,
);

/** `2026-Q4`, `2026-H1`, `2026` (any case, as the parser reads it; H3 and H4 are refused). */
export const NAMED_PERIOD_PATTERN = trimmed(
  inner(NAMED)
    .replace('([QH])([1-4])', '(?:[Qq][1-4]|[Hh][12])')
    .replace(/\((?!\?)/g, '(?:'),
);

/** A percentage from 0% to 100%: what a rate's baseline and target must be (`parseRateValue`). */
export const SHARE_PATTERN = trimmed('(?:\\+?0*(?:100(?:\\.0+)?|\\d{1,2}(?:\\.\\d+)?)|-0+(?:\\.0+)?)\\s*%');

export const CALENDAR_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
