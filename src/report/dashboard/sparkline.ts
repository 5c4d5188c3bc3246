/**
 * A key result's series (SPEC §9) as a small static SVG: the line through the points that have a value, oldest
 * first, with the target as a dashed rule when it lies in view. d3-shape draws the path; nothing runs in the page.
 */
import { h, type VNode } from 'preact';
import { line } from 'd3-shape';
import { scaleLinear } from 'd3-scale';
import type { Point } from '../../rollup/schema.js';

const WIDTH = 120;
const HEIGHT = 28;
const PAD = 3;

export interface SparklineInput {
  series: readonly Point[];
  target: number;
  /** Read by screen readers and shown as the tooltip. */
  label: string;
}

interface Drawn {
  at: number;
  value: number;
}

// One pair of scales and one line generator for every sparkline of a page (each sparkline sets their domains):
// a dashboard draws thousands, and building them anew for each was most of the rendering's garbage.
const x = scaleLinear().range([PAD, WIDTH - PAD]);
const y = scaleLinear().range([HEIGHT - PAD, PAD]);
const drawLine = line<Drawn>()
  .x((p) => x(p.at))
  .y((p) => y(p.value));

/** Null when fewer than two points have a value: one point is no trend. */
export function sparkline({ series, target, label }: SparklineInput): VNode | null {
  const points = series.flatMap((p) => (p.value === null ? [] : [{ at: Date.parse(p.at), value: p.value }]));
  if (points.length < 2) return null;
  const values = points.map((p) => p.value);
  const low = Math.min(...values, target);
  const high = Math.max(...values, target);
  const spread = high - low || Math.abs(high) || 1;
  x.domain([points[0]!.at, points[points.length - 1]!.at]);
  y.domain([low - spread * 0.05, high + spread * 0.05]);
  const path = drawLine(points);
  const last = points[points.length - 1]!;
  const round = (n: number): string => n.toFixed(1);
  return h(
    'svg',
    {
      class: 'spark',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      height: HEIGHT,
      role: 'img',
      'aria-label': label,
      xmlns: 'http://www.w3.org/2000/svg',
    },
    h('title', null, label),
    h('line', {
      class: 'spark-target',
      x1: PAD,
      x2: WIDTH - PAD,
      y1: round(y(target)),
      y2: round(y(target)),
    }),
    h('path', { class: 'spark-line', d: path ?? '' }),
    h('circle', { class: 'spark-last', cx: round(x(last.at)), cy: round(y(last.value)), r: 2 }),
  );
}
