import type { Finding } from '../report/model.js';
import type { Position } from '../okrs/model.js';
import { quoteTitle, type CoachContext } from './context.js';

/**
 * A GitHub team is always `@org/team` (or `org/team`); anything without a slash names a person (`@alice`,
 * `alice`, an e-mail address). OKRs are team goals: tying one to a person turns it into a performance review.
 */
function isPersonalOwner(owner: string): boolean {
  return !owner.includes('/');
}

export function individualOwner({ okrs }: CoachContext): Finding[] {
  const owners: { owner: string | undefined; where: string; position: Position | undefined }[] = [
    { owner: okrs.owner, where: 'The file', position: okrs.positions.owner },
    ...okrs.objectives.flatMap((objective) => [
      {
        owner: objective.owner,
        where: `Objective ${quoteTitle(objective.title)}`,
        position: objective.positions.owner ?? objective.position,
      },
      ...objective.keyResults.map((kr) => ({
        owner: kr.owner,
        where: `Key result ${quoteTitle(kr.title)}`,
        position: kr.positions.owner ?? kr.position,
      })),
    ]),
  ];
  return owners.flatMap(({ owner, where, position }): Finding[] =>
    owner === undefined || !isPersonalOwner(owner)
      ? []
      : [
          {
            rule: 'individual-owner',
            severity: 'warning',
            message:
              `${where} is owned by ${quoteTitle(owner, 40)}, a person: OKRs are team goals, ` +
              'and individual OKRs drift into performance reviews, where people set safe targets. ' +
              'Name the team instead (`@org/team`).',
            line: position?.line ?? 1,
          },
        ],
  );
}
