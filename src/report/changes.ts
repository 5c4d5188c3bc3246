/**
 * "Changes to the OKRs" (SPEC §8, the goalpost guard): how the OKR file on a pull request differs from its base,
 * key result by key result, with the score each version gives with today's value. Rendered from the Report's
 * `changes`, so the summary, the comment, the terminal and the JSON report all show the same thing. What comes
 * from the file (units, metric settings) goes through the caller's escaping; titles are the caller's to escape.
 */
import { describeMetric, formatScore, formatExact } from './format.js';
import type { ChangedField, KeyResultChange, KeyResultVersion } from './model.js';

/** Escapes untrusted text for the output at hand (Markdown or terminal): units and metric settings are the file's. */
type Escape = (text: string) => string;

/**
 * `target 10m → 20m; weight 1 → 2`, `added (target 1d)`, `removed (target was 3)`; `lead` is the word a
 * renderer may emphasise (a removal is what a reviewer must not miss).
 */
export function describeChange(change: KeyResultChange, escapeText: Escape): { lead: string | null; text: string } {
  const { before, after } = change;
  if (change.kind === 'added' || before === null) {
    return { lead: null, text: `added (target ${goal(after, escapeText)})` };
  }
  if (change.kind === 'removed' || after === null) {
    return { lead: 'removed', text: `(target was ${goal(before, escapeText)})` };
  }
  return {
    lead: null,
    text: change.fields.map((field) => `${field} ${describeField(field, before, after, escapeText)}`).join('; '),
  };
}

/** `57% → 80%`: today's score under the base version, then under the head one; `—` where a version is absent. */
export function describeScores(change: KeyResultChange): string {
  return `${formatScore(change.before?.scoreToday ?? null)} → ${formatScore(change.after?.scoreToday ?? null)}`;
}

function describeField(
  field: ChangedField,
  before: KeyResultVersion,
  after: KeyResultVersion,
  escapeText: Escape,
): string {
  switch (field) {
    case 'metric':
      return `${escapeText(describeMetric(before.metric))} → ${escapeText(describeMetric(after.metric))}`;
    case 'direction':
      return `${before.direction ?? '(natural)'} → ${after.direction ?? '(natural)'}`;
    case 'weight':
      return `${before.weight} → ${after.weight}`;
    case 'target': {
      const goalOf = (version: KeyResultVersion) => escapeText(formatExact(version.target, version.unit));
      return `${goalOf(before)} → ${goalOf(after)}`;
    }
    case 'baseline':
      return `${maybe(before.baseline, before, escapeText)} → ${maybe(after.baseline, after, escapeText)}`;
  }
}

function maybe(value: number | null, version: KeyResultVersion, escapeText: Escape): string {
  return value === null ? '(none)' : escapeText(formatExact(value, version.unit));
}

function goal(version: KeyResultVersion | null, escapeText: Escape): string {
  return version === null ? '—' : escapeText(formatExact(version.target, version.unit));
}
