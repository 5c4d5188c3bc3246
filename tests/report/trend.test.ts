/** Sparklines, forecast text, better/worse, and the Mermaid charts with untrusted titles. */
import { describe, expect, it } from 'vitest';
import { changeVerdict, formatBand, formatForecast, lastDayOf, sparkline } from '../../src/report/trend.js';
import { keyResultChart } from '../../src/report/charts.js';
import { escapeMermaidLabel } from '../../src/report/escape.js';
import { keyResult } from '../support/report.js';

describe('sparkline', () => {
  it('scales oldest-first values from the lowest to the highest; a gap is a space', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([10, null, 0])).toBe('█ ▁');
    expect(sparkline([5, 5, 5])).toBe('▄▄▄');
  });

  it('is empty with fewer than two values, and shows only the latest 26', () => {
    expect(sparkline([])).toBe('');
    expect(sparkline([3, null])).toBe('');
    expect([...sparkline(Array.from({ length: 60 }, (_, i) => i))]).toHaveLength(26);
  });
});

describe('forecast text', () => {
  const forecast = {
    value: 680,
    low: 590,
    high: 785,
    score: 0.95,
    status: 'on-track' as const,
    method: 'theil-sen' as const,
  };

  it('names the period’s last day (its end is exclusive) and the status the end would get', () => {
    expect(lastDayOf('2027-01-01T00:00:00.000Z')).toBe('Dec 31');
    expect(formatForecast({ forecast, unit: 'seconds', target: 600 }, '2027-01-01T00:00:00.000Z')).toBe(
      '→ 11m 20s by Dec 31 · on-track',
    );
    expect(formatBand({ forecast, unit: 'seconds' })).toBe('9m 50s–13m 05s');
    expect(formatBand({ forecast: { ...forecast, low: 680, high: 680 }, unit: 'seconds' })).toBe('');
    expect(formatForecast({ forecast: null, unit: 'seconds', target: 600 }, '2027-01-01T00:00:00.000Z')).toBe('');
  });
});

describe('changeVerdict', () => {
  it('reads a change against the direction: a longer time to close is worse', () => {
    expect(changeVerdict(34_260, 'decrease')).toBe('worse');
    expect(changeVerdict(-120, 'decrease')).toBe('better');
    expect(changeVerdict(0.04, 'increase')).toBe('better');
    expect(changeVerdict(-1, 'increase')).toBe('worse');
    expect(changeVerdict(0, 'increase')).toBe('');
  });
});

describe('Mermaid charts', () => {
  const series = [
    { at: '2026-10-08T00:00:00.000Z', value: 2400, samples: 9 },
    { at: '2026-10-15T00:00:00.000Z', value: null, samples: 0 },
    { at: '2026-10-22T00:00:00.000Z', value: 1800, samples: 12 },
  ];

  it('draw the points that have a value against the target, in a readable unit', () => {
    expect(keyResultChart(keyResult({ series }))).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "Reduce deployment time from 45 minutes to 10 minutes"',
        '  x-axis ["Oct 8", "Oct 22"]',
        '  y-axis "minutes" 0 --> 49.5',
        '  line [40, 30]',
        '  line [10, 10]',
        '```',
      ].join('\n'),
    );
    expect(keyResultChart(keyResult({ series: series.slice(0, 2) }))).toBeNull();
  });

  it('keep a hostile title from closing the label, the fence, or notifying anyone', () => {
    const title = 'Ship "fast"\n```\n@acme/payments <img src=x> #12 `rm -rf`';
    const chart = keyResultChart(keyResult({ title, series }))!;
    const label = chart.split('\n')[2]!;
    expect(label).toBe('  title "Ship fast acme/payments img src x 12 rm -rf"');
    expect(chart.match(/```/g)).toHaveLength(2);
    expect(escapeMermaidLabel('a'.repeat(200))).toHaveLength(80);
  });
});
