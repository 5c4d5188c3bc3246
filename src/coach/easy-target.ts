import type { KeyResult } from '../okrs/model.js';
import type { Finding } from '../report/model.js';
import { keyResultKey } from '../okrs/model.js';
import type { CoachContext } from './context.js';
import { goalDirection } from './direction.js';
import { formatGoal } from './goalposts.js';
import { formatAgainst } from '../report/format.js';
import { metricUnit } from '../metric-types/index.js';
import { judgeable } from './calibration.js';

/**
 * SPEC §13: the previous period already met the target (≤ going down, ≥ going up), so the key result asks for no
 * change at all. Said on the target's line.
 */
export function easyTarget({ okrs, previous }: CoachContext): Finding[] {
  if (previous === undefined) return [];
  return okrs.objectives.flatMap((objective) =>
    objective.keyResults.flatMap((kr) => {
      const before = previous.get(keyResultKey(objective.id, kr.id));
      if (!judgeable(before) || !met(kr, before.value)) return [];
      return [
        {
          rule: 'easy-target',
          severity: 'warning',
          message:
            `Last period this measured ${formatAgainst(before.value, kr.target, metricUnit(kr.metric))}: ` +
            `the target, ${formatGoal(kr.target, kr.metric)}, was already met. A key result should stretch.`,
          line: (kr.positions.target ?? kr.position).line,
        },
      ];
    }),
  );
}

function met(kr: KeyResult, value: number): boolean {
  return goalDirection(kr) === 'decrease' ? value <= kr.target : value >= kr.target;
}
