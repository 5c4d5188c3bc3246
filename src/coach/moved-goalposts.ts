import type { KeyResult, OkrFile } from '../okrs/model.js';
import type { Finding } from '../report/model.js';
import { quoteTitle, type CoachContext } from './context.js';
import { goalDirection, improvement } from './direction.js';
import { compareOkrs, formatGoal, type OkrChange } from './goalposts.js';
import { elapsedFraction } from '../scoring.js';

const WHY =
  'Moving the goalposts once the period is under way turns a miss into a pass ' +
  'and teaches the team that targets are negotiable. ' +
  'Keep the original goal and let the score show the miss, ' +
  'or explain the change in the pull request so reviewers can agree to it.';

/**
 * On a pull request, a change that makes a key result easier while the base file's period is under way. The
 * base file's own period decides, not the head's: a pull request that also moves the period (its start later,
 * say) must not hide a lowered target. Silent before the base period starts (still planning), and once it is
 * over when the head describes another period (a new quarter's file legitimately replaces the old one).
 */
export function movedGoalposts({ okrs, base, elapsed, asOf, isPullRequest }: CoachContext): Finding[] {
  if (!isPullRequest || base === undefined) return [];
  const same = samePeriod(base, okrs);
  // Without the evaluation time (a caller that scores nothing), only a file that keeps its period can be judged.
  const baseElapsed = asOf !== undefined ? elapsedFraction(base.period, asOf) : same ? elapsed : 0;
  if (baseElapsed <= 0 || (baseElapsed >= 1 && !same)) return [];
  const gone = `${Math.round(baseElapsed * 100)}% of the period gone`;
  return compareOkrs(base, okrs).flatMap((change) => easier(change, okrs, gone));
}

function samePeriod(a: OkrFile, b: OkrFile): boolean {
  return a.period.start.getTime() === b.period.start.getTime() && a.period.end.getTime() === b.period.end.getTime();
}

function easier(change: OkrChange, head: OkrFile, gone: string): Finding[] {
  if (change.kind === 'added') return [];
  if (change.kind === 'removed') {
    const objective = head.objectives.find((candidate) => candidate.id === change.objectiveId);
    return [
      finding(
        `Key result ${quoteTitle(change.old.title)} (\`${change.objectiveId}/${change.old.id}\`) ` +
          `was removed with ${gone}. ${WHY} ` +
          '(If you only renamed it, give it an explicit `id` so it keeps its identity.)',
        (objective?.position ?? head.positions.objectives)?.line ?? 1,
      ),
    ];
  }
  const { old, new: now } = change;
  const direction = goalDirection(old);
  const findings: Finding[] = [];
  if (improvement(direction, old.target, now.target) < 0) {
    findings.push(
      finding(
        `The target of ${quoteTitle(now.title)} moved from ${goal(old.target, old)} to ${goal(now.target, now)}, ` +
          `toward its ${old.baseline === undefined ? 'current level' : `baseline (${goal(old.baseline, old)})`}, ` +
          `with ${gone}. ${WHY}`,
        (now.positions.target ?? now.position).line,
      ),
    );
  }
  if (
    old.baseline !== undefined &&
    now.baseline !== undefined &&
    improvement(direction, old.baseline, now.baseline) < 0
  ) {
    findings.push(
      finding(
        `The baseline of ${quoteTitle(now.title)} moved from ${goal(old.baseline, old)} ` +
          `to ${goal(now.baseline, now)}, away from its target, with ${gone}: ` +
          `the same progress now scores higher. ${WHY}`,
        (now.positions.baseline ?? now.position).line,
      ),
    );
  }
  return findings;
}

function goal(value: number, kr: KeyResult): string {
  return formatGoal(value, kr.metric);
}

function finding(message: string, line: number): Finding {
  return { rule: 'moved-goalposts', severity: 'warning', message, line };
}
