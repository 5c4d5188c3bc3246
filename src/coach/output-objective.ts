import type { Finding } from '../report/model.js';
import { quoteTitle, type CoachContext } from './context.js';
import { deliveryVerb } from './delivery-verbs.js';

/** Words ending in -est that are no superlative ("Ship the latest checkout" is a project). */
const NOT_SUPERLATIVE = new Set(['latest', 'honest', 'modest', 'interest', 'request', 'contest', 'test', 'rest']);

const isSuperlative = (word: string | undefined): boolean =>
  word !== undefined &&
  (word === 'most' || word === 'least' || word === 'best' || /est$/.test(word)) &&
  !NOT_SUPERLATIVE.has(word);

/** Verbs that make a title a statement about its first word: "Releasing to production is boring". */
const PREDICATES = new Set(['is', 'are', 'becomes', 'become', 'feels', 'feel', 'stays', 'stay', 'remains', 'remain']);

/**
 * The delivery verb an objective's title starts with, if it reads as one. Readings that are not projects: the
 * verb's -s form is a plural noun at the head of an objective ("Releases are a non-event", "Builds stay green"); an
 * -ing form followed by a predicate is the subject of a statement ("Releasing to production is boring"); and a verb
 * followed by a superlative states an aspiration, not a deliverable ("Build the most reliable payment processing
 * system in our industry", SPEC §2's own example).
 */
function objectiveVerb(title: string): string | undefined {
  const verb = deliveryVerb(title);
  if (verb === undefined) return undefined;
  const words = title.toLowerCase().match(/\p{L}+/gu) ?? [];
  const [first = '', second, third] = words;
  if (first === `${verb}s` || first === `${verb}es`) return undefined;
  if (first.endsWith('ing') && words.some((word) => PREDICATES.has(word))) return undefined;
  if (second === 'the' && isSuperlative(third)) return undefined;
  return verb;
}

/**
 * SPEC §8: the to-do-list anti-pattern one level up. "Ship the new checkout" is a project: it is done or not, and
 * says nothing about what should be better once it is. Same verbs (and the same exceptions) as `output-kr`.
 */
export function outputObjective({ okrs }: CoachContext): Finding[] {
  return okrs.objectives.flatMap((objective): Finding[] => {
    const verb = objectiveVerb(objective.title);
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
