/**
 * The goalpost guard's diff: how the OKR file on a pull request differs from the one on its base branch, key
 * result by key result (matched by objective id + key result id), and its "Changes to the OKRs" Markdown.
 */
import type { Direction, KeyResult, Metric, OkrFile } from '../okrs/model.js';
import { escapeInline } from '../report/escape.js';
import { describeMetric as describeMetricSettings, formatScore, formatValue } from '../report/format.js';
import { metricUnit } from '../metrics/measure.js';

export type FieldChange =
  | { field: 'target' | 'baseline' | 'weight'; old: number | undefined; new: number | undefined }
  | { field: 'direction'; old: Direction | undefined; new: Direction | undefined }
  | { field: 'metric'; old: Metric; new: Metric };

export type OkrChange =
  | { kind: 'changed'; objectiveId: string; old: KeyResult; new: KeyResult; fields: FieldChange[] }
  | { kind: 'added'; objectiveId: string; new: KeyResult }
  | { kind: 'removed'; objectiveId: string; old: KeyResult };

/** Changes in the head file's order; removed key results follow the ones that remain in their objective. */
export function compareOkrs(base: OkrFile, head: OkrFile): OkrChange[] {
  const baseObjectives = new Map(base.objectives.map((objective) => [objective.id, objective]));
  const headIds = new Set(head.objectives.map((objective) => objective.id));
  const changes: OkrChange[] = [];
  for (const objective of head.objectives) {
    const before = new Map((baseObjectives.get(objective.id)?.keyResults ?? []).map((kr) => [kr.id, kr]));
    for (const kr of objective.keyResults) {
      const old = before.get(kr.id);
      before.delete(kr.id);
      if (old === undefined) {
        changes.push({ kind: 'added', objectiveId: objective.id, new: kr });
        continue;
      }
      const fields = fieldChanges(old, kr);
      if (fields.length > 0) changes.push({ kind: 'changed', objectiveId: objective.id, old, new: kr, fields });
    }
    for (const old of before.values()) changes.push({ kind: 'removed', objectiveId: objective.id, old });
  }
  for (const objective of base.objectives.filter((objective) => !headIds.has(objective.id))) {
    for (const old of objective.keyResults) changes.push({ kind: 'removed', objectiveId: objective.id, old });
  }
  return changes;
}

function fieldChanges(old: KeyResult, now: KeyResult): FieldChange[] {
  const fields: FieldChange[] = [];
  for (const field of ['target', 'baseline', 'weight'] as const) {
    if (old[field] !== now[field]) fields.push({ field, old: old[field], new: now[field] });
  }
  if (old.direction !== now.direction) fields.push({ field: 'direction', old: old.direction, new: now.direction });
  if (canonical(old.metric) !== canonical(now.metric)) fields.push({ field: 'metric', old: old.metric, new: now.metric });
  return fields;
}

/** Key order must not make two equal metrics differ. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The score a version of a key result gives with today's measured value; null when there is none. */
export type ScoreToday = (kr: KeyResult, objectiveId: string) => number | null;

export function renderChanges(changes: OkrChange[], scoreToday: ScoreToday): string {
  if (changes.length === 0) return '';
  const rows = changes.map((change) => {
    const kr = change.kind === 'removed' ? change.old : change.new;
    const before = change.kind === 'added' ? '—' : formatScore(scoreToday(change.old, change.objectiveId));
    const after = change.kind === 'removed' ? '—' : formatScore(scoreToday(change.new, change.objectiveId));
    return `| ${escapeInline(kr.title)} | ${describe(change)} | ${before} → ${after} |`;
  });
  return [
    '### Changes to the OKRs',
    '',
    '| Key result | Change | Score today (before → after) |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function describe(change: OkrChange): string {
  if (change.kind === 'added') return `added (target ${escapeInline(formatGoal(change.new.target, change.new.metric))})`;
  if (change.kind === 'removed') return `**removed** (target was ${escapeInline(formatGoal(change.old.target, change.old.metric))})`;
  const { old, new: now } = change;
  return change.fields.map((field) => `${field.field} ${formatField(field, old.metric, now.metric)}`).join('; ');
}

function formatField(change: FieldChange, oldMetric: Metric, newMetric: Metric): string {
  switch (change.field) {
    case 'metric':
      return `${describeMetric(change.old)} → ${describeMetric(change.new)}`;
    case 'direction':
      return `${change.old ?? '(natural)'} → ${change.new ?? '(natural)'}`;
    case 'weight':
      return `${change.old ?? 1} → ${change.new ?? 1}`;
    case 'target':
    case 'baseline':
      return `${formatMaybe(change.old, oldMetric)} → ${formatMaybe(change.new, newMetric)}`;
  }
}

function formatMaybe(value: number | undefined, metric: Metric): string {
  return value === undefined ? '(none)' : escapeInline(formatGoal(value, metric));
}

function describeMetric(metric: Metric): string {
  return escapeInline(describeMetricSettings({ ...metric }));
}

/** A goal value in its metric's unit; plain text (callers escape it: a `value` metric's unit is untrusted). */
export function formatGoal(value: number, metric: Metric): string {
  return formatValue(value, metricUnit(metric));
}
