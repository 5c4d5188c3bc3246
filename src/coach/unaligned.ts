import type { Finding } from '../report/model.js';
import { quoteTitle, type CoachContext } from './context.js';

export function unaligned({ okrs }: CoachContext): Finding[] {
  return okrs.objectives
    .filter((objective) => objective.alignsTo === undefined)
    .map((objective) => ({
      rule: 'unaligned',
      severity: 'warning' as const,
      message:
        `Objective ${quoteTitle(objective.title)} has no \`aligns-to\`: ` +
        'without it nobody can see which company goal this work serves, ' +
        'and work that serves none is a candidate to drop. ' +
        'Add `aligns-to: <company objective id>`' +
        (okrs.company ? '' : ' (and `company:` pointing at the company OKR file, so the id is checked)') +
        '.',
      line: objective.position.line,
    }));
}
