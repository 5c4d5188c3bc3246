import type { Finding } from '../report/model.js';
import { isCompanyFile, quoteTitle, type CoachContext } from './context.js';

/** Only when the company file was actually read: an unreadable or skipped one proves nothing. */
export function unknownAlignment({ okrs, company }: CoachContext): Finding[] {
  if (!isCompanyFile(company)) return [];
  const known = new Set(company.objectives.map((objective) => objective.id));
  return okrs.objectives.flatMap((objective): Finding[] => {
    if (objective.alignsTo === undefined || known.has(objective.alignsTo)) return [];
    const ids = [...known].slice(0, 10).map((id) => `\`${id}\``);
    return [
      {
        rule: 'unknown-alignment',
        severity: 'warning',
        message:
          `Objective ${quoteTitle(objective.title)} aligns to ${quoteTitle(objective.alignsTo, 40)}, ` +
          `which is no objective of the company file ${company.file}: ` +
          'the link is broken, so the alignment it claims is not real. ' +
          `Use one of ${ids.length > 0 ? ids.join(', ') : '(the company file has no objectives)'}` +
          `${known.size > ids.length ? ', …' : ''}.`,
        line: (objective.positions['aligns-to'] ?? objective.position).line,
      },
    ];
  });
}
