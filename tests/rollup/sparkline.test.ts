/**
 * The dashboard's sparklines share one pair of d3 scales and one line generator (for memory): each must still draw
 * what fresh ones draw, to the byte, whatever was drawn before it. The old drawing, with scales and a line made
 * for each sparkline, is kept here as the reference, for series of every shape (gaps, flat, one instant,
 * negative, tiny, huge) in a random order.
 */
import { h, type VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { sparkline, type SparklineInput } from '../../src/report/dashboard/sparkline.js';
import type { Point } from '../../src/rollup/schema.js';

function d3Sparkline({ series, target, label }: SparklineInput): VNode | null {
  const points = series.flatMap((p) => (p.value === null ? [] : [{ at: Date.parse(p.at), value: p.value }]));
  if (points.length < 2) return null;
  const values = points.map((p) => p.value);
  const low = Math.min(...values, target);
  const high = Math.max(...values, target);
  const spread = high - low || Math.abs(high) || 1;
  const x = scaleLinear()
    .domain([points[0]!.at, points[points.length - 1]!.at])
    .range([3, 117]);
  const y = scaleLinear()
    .domain([low - spread * 0.05, high + spread * 0.05])
    .range([25, 3]);
  const path = line<{ at: number; value: number }>()
    .x((p) => x(p.at))
    .y((p) => y(p.value))(points);
  const last = points[points.length - 1]!;
  const round = (n: number): string => n.toFixed(1);
  return h(
    'svg',
    {
      class: 'spark',
      viewBox: '0 0 120 28',
      width: 120,
      height: 28,
      role: 'img',
      'aria-label': label,
      xmlns: 'http://www.w3.org/2000/svg',
    },
    h('title', null, label),
    h('line', { class: 'spark-target', x1: 3, x2: 117, y1: round(y(target)), y2: round(y(target)) }),
    h('path', { class: 'spark-line', d: path ?? '' }),
    h('circle', { class: 'spark-last', cx: round(x(last.at)), cy: round(y(last.value)), r: 2 }),
  );
}

/** A small deterministic generator (mulberry32): the same series on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = Date.parse('2026-10-01T00:00:00.000Z');
const weekly = (values: (number | null)[], stepMs = 7 * 86_400_000): Point[] =>
  values.map((value, k) => ({ at: new Date(START + (k + 1) * stepMs).toISOString(), value, samples: 10 }));

const same = (input: SparklineInput) => {
  const ours = sparkline(input);
  const theirs = d3Sparkline(input);
  expect(ours === null).toBe(theirs === null);
  if (ours && theirs) expect(render(ours)).toBe(render(theirs));
};

describe('the dashboard sparkline', () => {
  it('draws the shapes that need care as d3 did', () => {
    const label = 'a <key> & "result": trend this period';
    same({ series: [], target: 1, label });
    same({ series: weekly([null, 5, null]), target: 10, label });
    same({ series: weekly([null, 5, null, 7, 9, null]), target: 10, label });
    same({ series: weekly([5, 5, 5, 5]), target: 5, label });
    same({ series: weekly([0, 0, 0]), target: 0, label });
    same({ series: weekly([3, 4, 5], 0), target: 4, label });
    same({ series: weekly([-1e-7, -3.3333333, 2.5, -100.5]), target: -50, label });
    same({ series: weekly([1e-9, 3e-9, 2.5e-9, 1.1e-9]), target: 0, label });
    same({ series: weekly([1e21, 3e22, 2.5e21, 7e20]), target: 1e23, label });
    same({ series: weekly([0.1, 0.2, 0.30000000000000004, 1 / 3, 2 / 3]), target: 0.45, label });
    // Out of order in time: d3's scale reverses a descending domain.
    same({ series: [...weekly([1, 2, 3, 4])].reverse(), target: 2, label });
  });

  it('draws a thousand random series as d3 did', () => {
    const next = random(12);
    for (let n = 0; n < 1000; n++) {
      const length = Math.floor(next() * 30);
      const scale = 10 ** Math.floor(next() * 12 - 6);
      const values = Array.from({ length }, () => (next() < 0.15 ? null : (next() - 0.3) * scale));
      const series = weekly(values, Math.floor(next() * 14 * 86_400_000));
      if (next() < 0.3) series.reverse();
      same({ series, target: (next() - 0.3) * scale * 2, label: `series ${n}` });
    }
  });
});
