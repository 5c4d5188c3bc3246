/**
 * A key result's series (SPEC §9) as a small static SVG: the line through the points that have a value, oldest
 * first, with the target as a dashed rule when it lies in view. Nothing runs in the page.
 *
 * The arithmetic is d3's, done inline: a dashboard draws thousands of these, and d3-scale's and d3-shape's
 * closures, point objects and path buffers per sparkline were most of the rendering's garbage. `linear` is
 * d3-scale's scaleLinear (bimap, normalize, interpolateNumber) and `coordinate` d3-path's rounding to line()'s
 * default 3 digits, so the drawing is the same to the byte (tests/rollup/sparkline.test.ts checks it against d3).
 */
import { h, type VNode } from 'preact';
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

/** d3-scale's scaleLinear().domain([d0, d1]).range([r0, r1]) at v: undefined (d3's `unknown`) for NaN. */
export function linear(d0: number, d1: number, r0: number, r1: number, v: number): number | undefined {
  if (Number.isNaN(v)) return undefined;
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const span = d1 - d0;
  const t = span ? (v - d0) / span : Number.isNaN(span) ? Number.NaN : 0.5;
  return r0 * (1 - t) + r1 * t;
}

/** A path coordinate as d3-path writes it with 3 digits (line()'s default). */
const coordinate = (n: number | undefined): number => Math.round((n as number) * 1000) / 1000;

/** Null when fewer than two points have a value: one point is no trend. */
export function sparkline({ series, target, label }: SparklineInput): VNode | null {
  let count = 0;
  let first = -1;
  let last = -1;
  let low = target;
  let high = target;
  for (let i = 0; i < series.length; i++) {
    const value = series[i]!.value;
    if (value === null) continue;
    count++;
    if (first < 0) first = i;
    last = i;
    // Math.min/max as d3 had them (NaN cannot occur: the schema wants finite numbers).
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (count < 2) return null;
  const spread = high - low || Math.abs(high) || 1;
  const start = Date.parse(series[first]!.at);
  const end = Date.parse(series[last]!.at);
  const bottom = low - spread * 0.05;
  const top = high + spread * 0.05;
  const x = (at: number) => linear(start, end, PAD, WIDTH - PAD, at);
  const y = (value: number) => linear(bottom, top, HEIGHT - PAD, PAD, value);
  let path = '';
  for (let i = first; i <= last; i++) {
    const point = series[i]!;
    if (point.value === null) continue;
    path += `${path === '' ? 'M' : 'L'}${coordinate(x(Date.parse(point.at)))},${coordinate(y(point.value))}`;
  }
  const round = (n: number | undefined): string => (n as number).toFixed(1);
  const targetY = round(y(target));
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
    h('line', { class: 'spark-target', x1: PAD, x2: WIDTH - PAD, y1: targetY, y2: targetY }),
    h('path', { class: 'spark-line', d: path }),
    h('circle', { class: 'spark-last', cx: round(x(end)), cy: round(y(series[last]!.value!)), r: 2 }),
  );
}
