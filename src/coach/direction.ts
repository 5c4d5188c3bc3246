import type { Direction, KeyResult, MetricType } from '../okrs/model.js';

/** SPEC §3's natural direction of each metric type (`value` has none: it needs `direction`). */
const NATURAL: Record<MetricType, Direction | undefined> = {
  'workflow-duration': 'decrease',
  'workflow-runs': 'increase',
  'workflow-success-rate': 'increase',
  'deployment-duration': 'decrease',
  'deployment-frequency': 'increase',
  'change-failure-rate': 'decrease',
  'issue-count': 'decrease',
  'time-to-close': 'decrease',
  'pr-merge-time': 'decrease',
  value: undefined,
};

/** SPEC §4: baseline → target when both are given and differ; else `direction`; else the metric's natural one. */
export function goalDirection(kr: Pick<KeyResult, 'baseline' | 'target' | 'direction' | 'metric'>): Direction {
  if (kr.baseline !== undefined && kr.baseline !== kr.target) return kr.target > kr.baseline ? 'increase' : 'decrease';
  return kr.direction ?? NATURAL[kr.metric.type] ?? 'increase';
}

/** How much better `b` is than `a` when moving in `direction` (negative = worse). */
export function improvement(direction: Direction, a: number, b: number): number {
  return direction === 'increase' ? b - a : a - b;
}
