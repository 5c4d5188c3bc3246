import { describe, expect, it } from 'vitest';
import {
  describeMetric,
  formatBaselineTarget,
  formatChange,
  formatDuration,
  formatInstant,
  formatPoints,
  formatScore,
  formatStatus,
  formatValue,
  formatValueChange,
  scoreBar,
} from '../../src/report/format.js';

describe('durations: two largest units, to the second below an hour', () => {
  it.each([
    [0, '0s'],
    [0.175, '175ms'],
    [-0.25, '-250ms'],
    [45, '45s'],
    [59.4, '59s'],
    [60, '1m'],
    [1547, '25m 47s'],
    [607, '10m 07s'],
    [3599, '59m 59s'],
    [3600, '1h'],
    [3900, '1h 05m'],
    [3929, '1h 05m'],
    [3930, '1h 06m'],
    [86_370, '1d'],
    [86_400, '1d'],
    [183_600, '2d 3h'],
    [1_209_600, '14d'],
    [-90, '-1m 30s'],
  ])('%s s → %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('values in their unit', () => {
  it.each([
    [1547, 'seconds', '25m 47s'],
    [0.856, 'ratio', '85.6%'],
    [0.999, 'ratio', '99.9%'],
    [1, 'ratio', '100%'],
    [0, 'ratio', '0%'],
    [3.5, 'per-week', '3.5/week'],
    [3.333, 'per-week', '3.3/week'],
    [0.4, 'per-day', '0.4/day'],
    [0.012, 'per-day', '0.012/day'],
    [12, 'count', '12'],
    [12_345, 'count', '12,345'],
    [97, 'ms', '97 ms'],
    [99.951, 'ms', '99.95 ms'],
    [42, '', '42'],
  ])('%s %s → %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected);
  });
});

describe('scores, bars, statuses', () => {
  it('floors scores so that 100% only ever means achieved', () => {
    expect(formatScore(0.615)).toBe('61%');
    expect(formatScore(0.29)).toBe('29%');
    expect(formatScore(0.999)).toBe('99%');
    expect(formatScore(1)).toBe('100%');
    expect(formatScore(null)).toBe('—');
  });

  it('draws a ten-cell bar', () => {
    expect(scoreBar(0.61)).toBe('▰▰▰▰▰▰▱▱▱▱');
    expect(scoreBar(1)).toBe('▰▰▰▰▰▰▰▰▰▰');
    expect(scoreBar(0)).toBe('▱▱▱▱▱▱▱▱▱▱');
    expect(scoreBar(null)).toBe('▱▱▱▱▱▱▱▱▱▱');
  });

  it.each([
    ['achieved', '✅ achieved'],
    ['on-track', '🟢 on-track'],
    ['at-risk', '🟡 at-risk'],
    ['off-track', '🔴 off-track'],
    ['no-data', '⚪ no-data'],
    ['error', '❗ error'],
  ] as const)('%s → %s', (status, expected) => {
    expect(formatStatus(status)).toBe(expected);
  });
});

describe('changes and goals', () => {
  it('shows the direction with an arrow and the size in the unit', () => {
    expect(formatChange(-130, (size) => formatValueChange(size, 'seconds'))).toBe('▼ 2m 10s');
    expect(formatChange(0.041, formatPoints)).toBe('▲ 4.1 pts');
    expect(formatChange(0.02, (size) => formatValueChange(size, 'ratio'))).toBe('▲ 2 pts');
    expect(formatChange(0, (size) => formatValueChange(size, 'count'))).toBe('±0');
    expect(formatChange(0.0002, (size) => formatValueChange(size, 'seconds'))).toBe('±0');
    expect(formatChange(0.2, (size) => formatValueChange(size, 'seconds'))).toBe('▲ 200ms');
  });

  it('writes baseline → target, or a threshold for a KR without baseline', () => {
    expect(formatBaselineTarget({ baseline: 2700, target: 600, unit: 'seconds', direction: 'decrease' })).toBe(
      '45m → 10m',
    );
    expect(formatBaselineTarget({ baseline: null, target: 100, unit: 'ms', direction: 'decrease' })).toBe('≤ 100 ms');
    expect(formatBaselineTarget({ baseline: null, target: 0.999, unit: 'ratio', direction: 'increase' })).toBe(
      '≥ 99.9%',
    );
  });

  it('describes a metric by its type and main settings', () => {
    expect(describeMetric({ type: 'workflow-duration', workflow: 'deploy.yml', stat: 'p90', window: 2_592_000 })).toBe(
      'workflow-duration · deploy.yml · p90 · last 30d',
    );
    expect(describeMetric({ type: 'issue-count', labels: ['incident', 'sev1'], state: 'closed' })).toBe(
      'issue-count · incident + sev1 · closed',
    );
  });

  it('writes instants in UTC to the minute', () => {
    expect(formatInstant('2026-11-28T18:00:59.999Z')).toBe('2026-11-28 18:00 UTC');
    expect(formatInstant('not a date')).toBe('not a date');
  });
});
