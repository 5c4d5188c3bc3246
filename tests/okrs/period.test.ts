import { describe, expect, it } from 'vitest';
import { parseCalendarDate, parsePeriod } from '../../src/syntax/period.js';

const iso = (value: unknown) => {
  const period = parsePeriod(value);
  return { name: period.name, start: period.start.toISOString(), end: period.end.toISOString() };
};

describe('parsePeriod', () => {
  it('reads quarters as [first day, first day of the next quarter)', () => {
    expect(iso('2026-Q4')).toEqual({
      name: '2026-Q4',
      start: '2026-10-01T00:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
    });
    expect(iso('2026-Q1')).toEqual({
      name: '2026-Q1',
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-04-01T00:00:00.000Z',
    });
    expect(iso('2026-q2').name).toBe('2026-Q2');
  });

  it('reads halves and years (a bare year may come as a YAML number)', () => {
    expect(iso('2026-H1')).toEqual({
      name: '2026-H1',
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-07-01T00:00:00.000Z',
    });
    expect(iso('2026-H2')).toEqual({
      name: '2026-H2',
      start: '2026-07-01T00:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
    });
    expect(iso(2026)).toEqual({ name: '2026', start: '2026-01-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' });
    expect(iso('2026')).toEqual(iso(2026));
  });

  it('makes the end date of a custom period inclusive', () => {
    expect(iso({ start: '2026-01-15', end: '2026-02-14' })).toEqual({
      name: '2026-01-15..2026-02-14',
      start: '2026-01-15T00:00:00.000Z',
      end: '2026-02-15T00:00:00.000Z',
    });
    expect(iso({ name: 'Launch', start: '2026-03-01', end: '2026-03-01' })).toEqual({
      name: 'Launch',
      start: '2026-03-01T00:00:00.000Z',
      end: '2026-03-02T00:00:00.000Z',
    });
  });

  it('knows leap years', () => {
    expect(iso({ start: '2028-02-01', end: '2028-02-29' }).end).toBe('2028-03-01T00:00:00.000Z');
    expect(() => parseCalendarDate('2026-02-29')).toThrow('"2026-02-29" is not a date in the calendar');
    expect(() => parseCalendarDate('2100-02-29')).toThrow(/not a date in the calendar/);
    expect(parseCalendarDate('2000-02-29').toISOString()).toBe('2000-02-29T00:00:00.000Z');
  });

  it.each<[unknown, RegExp]>([
    ['2026-Q5', /expected a period like 2026-Q4/],
    ['2026-H3', /"2026-H3" is not a half year; expected H1 or H2/],
    ['Q4 2026', /expected a period like 2026-Q4/],
    [{ start: '2026-13-01', end: '2026-12-31' }, /not a date in the calendar/],
    [{ start: '2026-1-1', end: '2026-12-31' }, /expected a date like 2026-10-01/],
    [{ start: '2026-12-01', end: '2026-11-30' }, /the period ends \(2026-11-30\) before it starts \(2026-12-01\)/],
    [[2026], /expected a period like/],
  ])('rejects %j', (value, message) => {
    expect(() => parsePeriod(value)).toThrow(message);
  });
});
