/**
 * `dora-level` (SPEC §8, §11): a DORA key result whose baseline and target lie in the same DORA level asks for
 * work that leaves the team where DORA already places it. The same rule says when a DORA key result names no
 * `environment`: DORA means production, and reading every environment costs requests (lead time compares every
 * environment's deployments) for a number nobody asked for.
 */
import type { KeyResult } from '../okrs/model.js';
import type { Period } from '../model/period.js';
import type { Finding } from '../report/model.js';
import { doraLevel, isDoraType, type DoraType } from '../model/dora.js';
import { quoteTitle, type CoachContext } from './context.js';

const DAY = 86_400;

export function doraLevelRule({ okrs }: CoachContext): Finding[] {
  return okrs.objectives.flatMap((objective) =>
    objective.keyResults.flatMap((kr) => [...sameLevel(kr, okrs.period), ...noEnvironment(kr)]),
  );
}

function sameLevel(kr: KeyResult, period: Period): Finding[] {
  const type = kr.metric.type;
  if (!isDoraType(type) || kr.baseline === undefined) return [];
  const baseline = inTableUnit(type, kr, kr.baseline, period);
  const target = inTableUnit(type, kr, kr.target, period);
  if (baseline === undefined || target === undefined) return [];
  const level = doraLevel(type, baseline);
  if (doraLevel(type, target) !== level) return [];
  return [
    {
      rule: 'dora-level',
      severity: 'info',
      message:
        `Key result ${quoteTitle(kr.title)}: its baseline and its target are both DORA "${level}" for ${type}. ` +
        'Reaching it leaves the team where DORA already places it; if the aim is to move up, set the target in ' +
        `the next level (${nextLevel(type, level)}), or keep it and say in the title what it buys instead.`,
      line: (kr.positions.target ?? kr.position).line,
    },
  ];
}

function noEnvironment(kr: KeyResult): Finding[] {
  const type = kr.metric.type;
  if (!isDoraType(type) || ('environment' in kr.metric && kr.metric.environment !== undefined)) return [];
  return [
    {
      rule: 'dora-level',
      severity: 'info',
      message:
        `Key result ${quoteTitle(kr.title)} names no \`environment\`: its DORA level mixes every environment's ` +
        'deployments, and reading them all costs requests' +
        (type === 'lead-time-for-changes' ? ' (lead time compares every successful deployment of each)' : '') +
        ". DORA means production: add `environment: production` (or your production environment's name).",
      line: (kr.positions.metric ?? kr.position).line,
    },
  ];
}

/** A baseline or target in the DORA table's unit: per day, seconds, or a ratio; undefined when it has none. */
function inTableUnit(type: DoraType, kr: KeyResult, value: number, period: Period): number | undefined {
  if (type !== 'deployment-frequency') return value;
  const metric = kr.metric as { stat?: string; window?: number };
  if (metric.stat === 'per-day') return value;
  if (metric.stat === 'per-week') return value / 7;
  const seconds = metric.window ?? (period.end.getTime() - period.start.getTime()) / 1000;
  return seconds > 0 ? value / (seconds / DAY) : undefined;
}

const NEXT: Record<DoraType, Record<string, string>> = {
  'deployment-frequency': { low: 'monthly or more', medium: 'weekly or more', high: 'daily or more', elite: '' },
  'lead-time-for-changes': { low: '30 days or less', medium: '7 days or less', high: 'under a day', elite: '' },
  'change-failure-rate': { low: '15% or less', medium: '10% or less', high: '5% or less', elite: '' },
  'deployment-recovery-time': { low: 'under 7 days', medium: 'under a day', high: 'under an hour', elite: '' },
};

function nextLevel(type: DoraType, level: string): string {
  return NEXT[type][level] || 'elite is the top: a threshold key result that holds it may be what is meant';
}
