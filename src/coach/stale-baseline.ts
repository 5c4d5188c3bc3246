import type { Finding } from '../report/model.js';
import { keyResultKey } from '../okrs/model.js';
import type { CoachContext } from './context.js';
import { formatGoal } from './goalposts.js';
import { formatAgainst } from '../report/format.js';
import { metricUnit } from '../metric-types/index.js';
import { judgeable } from './calibration.js';

/** More than this share of the planned improvement between the baseline and the previous period's value. */
const STALE_SHARE = 0.25;

/**
 * SPEC §13: the baseline is far from what the previous period measured, so every score this period is off by
 * that much. A baseline equal to its target plans no improvement to be a share of (no-stretch says so already).
 * Said on the baseline's line.
 */
export function staleBaseline({ okrs, previous }: CoachContext): Finding[] {
  if (previous === undefined) return [];
  return okrs.objectives.flatMap((objective) =>
    objective.keyResults.flatMap((kr) => {
      const before = previous.get(keyResultKey(objective.id, kr.id));
      const { baseline, target } = kr;
      if (baseline === undefined || baseline === target || !judgeable(before)) return [];
      const off = Math.abs(baseline - before.value) / Math.abs(target - baseline);
      // A tiny epsilon so that exactly a quarter counts as within, despite floating point.
      if (!(off > STALE_SHARE + 1e-9)) return [];
      return [
        {
          rule: 'stale-baseline',
          severity: 'warning',
          message:
            `The baseline is ${formatGoal(baseline, kr.metric)}; ` +
            `the previous period measured ${formatAgainst(before.value, baseline, metricUnit(kr.metric))}, ` +
            `which puts today's score ${Math.round(off * 100)} points off; measure the baseline.`,
          line: (kr.positions.baseline ?? kr.position).line,
        },
      ];
    }),
  );
}
