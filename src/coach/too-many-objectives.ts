import type { Finding } from '../report/model.js';
import type { CoachContext } from './context.js';

const MAX_OBJECTIVES = 5;

export function tooManyObjectives({ okrs }: CoachContext): Finding[] {
  const count = okrs.objectives.length;
  if (count <= MAX_OBJECTIVES) return [];
  return [
    {
      rule: 'too-many-objectives',
      severity: 'warning',
      message:
        `This file has ${count} objectives: ` +
        `a team that pursues more than ${MAX_OBJECTIVES} goals at once has no priorities. ` +
        `Keep the ${MAX_OBJECTIVES} or fewer that matter most this period and move the rest to a backlog.`,
      line: okrs.positions.objectives?.line ?? 1,
    },
  ];
}
