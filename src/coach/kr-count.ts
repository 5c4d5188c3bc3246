import type { Finding } from '../report/model.js';
import { quoteTitle, type CoachContext } from './context.js';
import { plural } from '../model/plural.js';

/** Fewer than two key results cannot describe an objective; more than four dilutes focus. */
const MIN_KEY_RESULTS = 2;
const MAX_KEY_RESULTS = 4;

export function krCount({ okrs }: CoachContext): Finding[] {
  return okrs.objectives.flatMap((objective): Finding[] => {
    const count = objective.keyResults.length;
    if (count >= MIN_KEY_RESULTS && count <= MAX_KEY_RESULTS) return [];
    const advice =
      count < MIN_KEY_RESULTS
        ? 'one number rarely captures an objective and is easy to game; ' +
          'add a key result that measures it from another side (speed and quality, volume and satisfaction)'
        : 'every extra key result dilutes the focus an OKR exists to create; ' +
          `keep the ${MAX_KEY_RESULTS} that best show the objective is met and track the rest elsewhere`;
    return [
      {
        rule: 'kr-count',
        severity: 'warning',
        message:
          `Objective ${quoteTitle(objective.title)} has ${plural(count, 'key result')} ` +
          `(aim for ${MIN_KEY_RESULTS}–${MAX_KEY_RESULTS}): ${advice}.`,
        line: objective.position.line,
      },
    ];
  });
}
