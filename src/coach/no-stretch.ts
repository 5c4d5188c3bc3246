import type { KeyResult } from '../okrs/model.js';
import type { Finding } from '../report/model.js';
import { keyResultKey } from '../okrs/model.js';
import { metricUnit } from '../metric-types/index.js';
import { quoteTitle, type CoachContext } from './context.js';

const SANDBAG_MARGIN = 0.1;
const LATE_IN_PERIOD = 0.9;

/**
 * The bound a share cannot pass, by the unit its value is in (so every metric whose unit is a ratio counts,
 * whatever its type: a success rate, a `value` written in percentages, a supplied `unit: ratio`): 1 for a
 * fraction, 100 for a `value` labelled in percent; undefined for anything else.
 */
function shareBound(unit: string): number | undefined {
  if (unit === 'ratio') return 1;
  if (unit === '%' || unit === 'percent') return 100;
  return undefined;
}

export function noStretch(context: CoachContext): Finding[] {
  const perKeyResult = context.okrs.objectives.flatMap((objective) => objective.keyResults.flatMap(sandbagged));
  return [...perKeyResult, ...allAchievedEarly(context)];
}

function sandbagged(kr: KeyResult): Finding[] {
  const { baseline, target } = kr;
  if (baseline === undefined) return [];
  const line = (kr.positions.target ?? kr.position).line;
  const finding = (why: string, hold = false): Finding[] => [
    {
      rule: 'no-stretch',
      severity: 'warning',
      message:
        `Key result ${quoteTitle(kr.title)}: ${why}. ` +
        'A goal the team already meets, or nearly meets, teaches nothing ' +
        'and hides where the real room to improve is. ' +
        'Set a target that is uncomfortable: one you expect to reach about 70% of the way.' +
        (hold
          ? ' If it is a level to hold, drop `baseline` to make it a threshold key result ("keep P99 under 100 ms").'
          : ''),
      line,
    },
  ];
  if (baseline === target) return finding(`its target equals its baseline, so it is met on day one`, true);
  const towardTarget = target > baseline ? 'increase' : 'decrease';
  if (kr.direction !== undefined && kr.direction !== towardTarget) {
    return finding(
      `it says \`direction: ${kr.direction}\` ` +
        `but the target ${kr.direction === 'decrease' ? 'is above' : 'is below'} the baseline, ` +
        'so the baseline already meets it',
      true,
    );
  }
  // The 10% is of the side that shrinks: a share growing toward its bound shrinks what is left (99.1% → 99.8%
  // success cuts failures by more than four times); anything else, and a falling share, shrinks itself.
  const bound = shareBound(metricUnit(kr.metric));
  const room = bound !== undefined && towardTarget === 'increase' ? bound - baseline : Math.abs(baseline);
  // A tiny epsilon so that exactly 10% (45m → 40m 30s) counts as "within", despite floating point.
  if (room > 0 && Math.abs(target - baseline) <= SANDBAG_MARGIN * room + 1e-9 * room) {
    return finding(`its target is within ${SANDBAG_MARGIN * 100}% of its baseline`);
  }
  return [];
}

function allAchievedEarly({ okrs, elapsed, statuses }: CoachContext): Finding[] {
  if (statuses === undefined || elapsed < LATE_IN_PERIOD) return [];
  const keys = okrs.objectives.flatMap((objective) =>
    objective.keyResults.map((kr) => keyResultKey(objective.id, kr.id)),
  );
  if (keys.length === 0 || !keys.every((key) => statuses.get(key) === 'achieved')) return [];
  return [
    {
      rule: 'no-stretch',
      severity: 'warning',
      message:
        `Every key result is achieved with ${Math.round(elapsed * 100)}% of the period gone: ` +
        'the targets were set where the team already was going. ' +
        'Next period, set targets you expect to reach about 70% of the way; ' +
        'a fully met OKR set is a sign of sandbagging, not of success.',
      line: okrs.positions.objectives?.line ?? 1,
    },
  ];
}
