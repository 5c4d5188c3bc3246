import type { Finding } from '../report/model.js';
import { quoteTitle, type CoachContext } from './context.js';

/**
 * A number counts when it stands as a quantity: digits not glued to letters, with optional decimals or
 * thousands separators, then optionally a percent sign or a multiplier (`10x`, `5k`, `2M`).
 * Not counted, because they name things rather than measure them:
 *  - digits inside a word: Web3, P99, B2B, 5G, H2, Q4, COVID-19, ISO-27001, 1st;
 *  - a year on its own (1900–2099): "Make 2027 the year of self-service" sets a time, not a measure;
 *  - a rank (`#1`) and the idiom `24/7`.
 */
const QUANTITY = new RegExp(
  /(?<![\p{L}\p{N}_#.,]|[\p{L}]-)/u.source +
    /(\d+(?:[.,]\d+)*)(\s?%|\s?percent\b|[xX×]\b|[kKmMbB]\b)?/u.source +
    /(?![\p{L}\p{N}_]|[.,]\d|\/\d)/u.source,
  'gu',
);
const IDIOMS = /\b24\/7\b/g;

export function quantityIn(title: string): string | undefined {
  for (const match of title.replace(IDIOMS, ' ').matchAll(QUANTITY)) {
    const [text, digits, suffix] = match;
    if (suffix === undefined && /^(19|20)\d\d$/.test(digits ?? '')) continue;
    return text.trim();
  }
  return undefined;
}

export function quantitativeObjective({ okrs }: CoachContext): Finding[] {
  return okrs.objectives.flatMap((objective): Finding[] => {
    const quantity = quantityIn(objective.title);
    if (quantity === undefined) return [];
    return [
      {
        rule: 'quantitative-objective',
        severity: 'warning',
        message:
          `Objective ${quoteTitle(objective.title)} holds a number (${quoteTitle(quantity, 20)}): ` +
          'an objective says qualitatively where the team wants to be and why; ' +
          'numbers belong in its key results, where they are measured. ' +
          'Move the number into a key result and phrase the objective as the outcome it stands for.',
        line: (objective.positions.title ?? objective.position).line,
      },
    ];
  });
}
