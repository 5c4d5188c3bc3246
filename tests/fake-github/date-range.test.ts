import { expect, test } from 'vitest';
import { inRange, parseDateRange } from '../../src/fake-github/date-range.js';

const t = (iso: string) => Date.parse(iso);

test.each([
  ['2026-10-01..2026-10-02', { from: t('2026-10-01T00:00:00Z'), to: t('2026-10-03T00:00:00Z') }],
  ['2026-10-01T10:00:00Z..2026-10-01T11:00:00Z', { from: t('2026-10-01T10:00:00Z'), to: t('2026-10-01T11:00:01Z') }],
  ['2026-10-01..*', { from: t('2026-10-01T00:00:00Z'), to: null }],
  ['*..2026-10-01', { from: null, to: t('2026-10-02T00:00:00Z') }],
  ['>=2026-10-01', { from: t('2026-10-01T00:00:00Z'), to: null }],
  ['>2026-10-01', { from: t('2026-10-02T00:00:00Z'), to: null }],
  ['<=2026-10-01T10:00:00Z', { from: null, to: t('2026-10-01T10:00:01Z') }],
  ['<2026-10-01T10:00:00+02:00', { from: null, to: t('2026-10-01T08:00:00Z') }],
  ['2026-10-01', { from: t('2026-10-01T00:00:00Z'), to: t('2026-10-02T00:00:00Z') }],
])('%s', (text, range) => {
  expect(parseDateRange(text)).toEqual(range);
});

test.each(['', 'today', '2026-13-45', '2026-10-01T10:00:00', '>=', '2026-10-01..2026-10-02..2026-10-03'])(
  'rejects %j',
  (text) => {
    expect(parseDateRange(text)).toBeNull();
  },
);

test('inRange is half-open', () => {
  const range = parseDateRange('2026-10-01T10:00:00Z..2026-10-01T10:00:05Z');
  expect(range && inRange(range, '2026-10-01T10:00:05Z')).toBe(true);
  expect(range && inRange(range, '2026-10-01T10:00:06Z')).toBe(false);
  expect(range && inRange(range, '2026-10-01T09:59:59Z')).toBe(false);
});
