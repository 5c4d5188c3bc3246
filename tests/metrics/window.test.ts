import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/model/period.js';
import { metricWindow, secondsBetween } from '../../src/metrics/window.js';
import { inWindow } from '../../src/model/window.js';
import { window } from './builders.js';

const Q4: Period = { name: '2026-Q4', start: new Date('2026-10-01T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z') };
const iso = (d: Date) => d.toISOString();

describe('metricWindow', () => {
  it('runs from the period start to as-of', () => {
    const w = metricWindow({}, Q4, new Date('2026-11-15T12:00:00Z'));
    expect([iso(w.start), iso(w.end)]).toEqual(['2026-10-01T00:00:00.000Z', '2026-11-15T12:00:00.000Z']);
  });

  it('never runs past the period end', () => {
    const w = metricWindow({}, Q4, new Date('2027-03-01T00:00:00Z'));
    expect(iso(w.end)).toBe('2027-01-01T00:00:00.000Z');
  });

  it('rolls back `window` seconds from as-of, even before the period start', () => {
    const w = metricWindow({ window: 30 * 86_400 }, Q4, new Date('2026-10-11T00:00:00Z'));
    expect([iso(w.start), iso(w.end)]).toEqual(['2026-09-11T00:00:00.000Z', '2026-10-11T00:00:00.000Z']);
    const late = metricWindow({ window: 7 * 86_400 }, Q4, new Date('2027-02-01T00:00:00Z'));
    expect([iso(late.start), iso(late.end)]).toEqual(['2026-12-25T00:00:00.000Z', '2027-01-01T00:00:00.000Z']);
  });

  it('is empty when as-of is before the period start', () => {
    for (const metric of [{}, { window: 86_400 }]) {
      const w = metricWindow(metric, Q4, new Date('2026-09-01T00:00:00Z'));
      expect(w.start.getTime()).toBe(w.end.getTime());
      // Ends at as-of, so nothing after it is read, not even "open at" the period's start.
      expect(w.end.toISOString()).toBe('2026-09-01T00:00:00.000Z');
      expect(inWindow('2026-09-01T00:00:00Z', w)).toBe(false);
      expect(inWindow('2026-10-01T00:00:00Z', w)).toBe(false);
    }
  });
});

describe('inWindow (half-open)', () => {
  const w = window('2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z');
  it('includes the start and excludes the end', () => {
    expect(inWindow('2026-10-01T00:00:00Z', w)).toBe(true);
    expect(inWindow('2026-09-30T23:59:59Z', w)).toBe(false);
    expect(inWindow('2026-10-31T23:59:59Z', w)).toBe(true);
    expect(inWindow('2026-11-01T00:00:00Z', w)).toBe(false);
  });
  it('treats missing and unparseable times as outside', () => {
    expect(inWindow(null, w)).toBe(false);
    expect(inWindow(undefined, w)).toBe(false);
    expect(inWindow('not a date', w)).toBe(false);
  });
});

describe('secondsBetween', () => {
  it('is exact to the second and never negative', () => {
    expect(secondsBetween('2026-10-01T10:00:00Z', '2026-10-01T10:25:47Z')).toBe(1547);
    expect(secondsBetween('2026-10-01T10:00:05Z', '2026-10-01T10:00:00Z')).toBe(0);
    expect(secondsBetween('nope', '2026-10-01T10:00:00Z')).toBeNull();
  });
});
