import type { Finding } from '../report/model.js';
import { quoteTitle, type CoachContext } from './context.js';
import { deliveryVerb } from './delivery-verbs.js';

/**
 * SPEC §8: the to-do-list anti-pattern one level up. "Ship the new checkout" is a project: it is done or not, and
 * says nothing about what should be better once it is. Same verbs (and the same exceptions) as `output-kr`.
 */
export function outputObjective({ okrs }: CoachContext): Finding[] {
  return okrs.objectives.flatMap((objective): Finding[] => {
    const verb = deliveryVerb(objective.title);
    if (verb === undefined) return [];
    return [
      {
        rule: 'output-objective',
        severity: 'warning',
        message:
          `Objective ${quoteTitle(objective.title)} starts with "${verb}", a verb of delivery: ` +
          'an objective is a qualitative outcome, not a project, so it can be done while nothing improves. ' +
          'Say what the work should change for users or the business ("Checkout is effortless on any device") ' +
          'and let the key results measure it.',
        line: (objective.positions.title ?? objective.position).line,
      },
    ];
  });
}
