/**
 * The OKR coach (SPEC §8): every rule is a pure function of the same context. Findings never change scores.
 */
import type { Finding } from '../report/model.js';
import type { CoachContext, Rule } from './context.js';
import { doraLevelRule } from './dora-level.js';
import { individualOwner } from './individual-owner.js';
import { krCount } from './kr-count.js';
import { movedGoalposts } from './moved-goalposts.js';
import { noStretch } from './no-stretch.js';
import { outputKr } from './output-kr.js';
import { outputObjective } from './output-objective.js';
import { easyTarget } from './easy-target.js';
import { staleBaseline } from './stale-baseline.js';
import { quantitativeObjective } from './quantitative-objective.js';
import { tooManyObjectives } from './too-many-objectives.js';
import { unaligned } from './unaligned.js';
import { unknownAlignment } from './unknown-alignment.js';

export type { CoachContext } from './context.js';
export { compareOkrs, reportChanges } from './goalposts.js';

const RULES: Record<string, Rule> = {
  'kr-count': krCount,
  'too-many-objectives': tooManyObjectives,
  'quantitative-objective': quantitativeObjective,
  'output-kr': outputKr,
  'no-stretch': noStretch,
  unaligned,
  'unknown-alignment': unknownAlignment,
  'individual-owner': individualOwner,
  'moved-goalposts': movedGoalposts,
  'output-objective': outputObjective,
  'easy-target': easyTarget,
  'stale-baseline': staleBaseline,
  'dora-level': doraLevelRule,
};

/** The rules' names, as findings carry them (each has its corpus in tests/coach/corpus/<rule>/). */
export const RULE_NAMES: readonly string[] = Object.keys(RULES);

/** All findings, by line then rule, so the output reads top to bottom like the file. */
export function coach(context: CoachContext): Finding[] {
  return Object.values(RULES)
    .flatMap((rule) => rule(context))
    .sort((a, b) => a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
