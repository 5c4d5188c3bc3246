/**
 * Strict ISO 8601 times for `as-of`: a calendar date (`2026-11-28`, midnight UTC) or a date-time with seconds
 * optional and a `Z` or numeric offset (`2026-11-28T12:00:00Z`, `2026-11-28T13:00+01:00`). `Date.parse` is no
 * judge: it reads `yesterday 1` as 2001 and a date-time without an offset in the machine's own time zone.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = new RegExp(
  String.raw`^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?` + // date, time, fraction
    String.raw`(?:([Zz])|([+-])(\d{2}):?(\d{2}))$`, // Z or an offset: required
);

export const ISO_TIME_EXPECTED = 'an ISO 8601 time like 2026-11-28T12:00:00Z (or a date like 2026-11-28)';

/** The instant `text` names, or undefined when it is not a strict ISO 8601 date or date-time with an offset. */
export function parseIsoTime(text: string): Date | undefined {
  const date = DATE.exec(text);
  if (date) return calendarInstant(Number(date[1]), Number(date[2]), Number(date[3]), 0, 0, 0, 0, 0);
  const match = DATE_TIME.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '0', fraction = '', zulu, sign, offsetHours, offsetMinutes] = match;
  if (!zulu && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return undefined;
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const millis = Math.floor(Number(`0.${fraction || '0'}`) * 1000);
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [number, ...number[]];
  return calendarInstant(y, mo!, d!, h!, mi!, s!, millis, offset);
}

/** Refuses out-of-range fields (month 13, February 30, hour 24, second 60) instead of letting Date roll them over. */
function calendarInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millis: number,
  offsetMinutes: number,
): Date | undefined {
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis));
  local.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  const exact =
    local.getUTCFullYear() === year &&
    local.getUTCMonth() === month - 1 &&
    local.getUTCDate() === day &&
    local.getUTCHours() === hour &&
    local.getUTCMinutes() === minute &&
    local.getUTCSeconds() === second;
  if (!exact) return undefined;
  const instant = new Date(local.getTime() - offsetMinutes * 60_000);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}
