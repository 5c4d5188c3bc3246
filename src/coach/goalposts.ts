/**
 * The goalpost guard's diff: how the OKR file on a pull request differs from the one on its base branch, key
 * result by key result (matched by objective id + key result id), and the "Changes to the OKRs" it puts in the
 * Report (rendered by report/changes.ts).
 */
import type { KeyResult, OkrFile } from '../okrs/model.js';
import type { Metric } from '../metric-types/index.js';
import type { Direction } from '../model/direction.js';
import type { KeyResultChange, KeyResultVersion } from '../report/model.js';
import { formatExact } from '../report/format.js';
import { metricUnit } from '../metric-types/index.js';

type FieldChange =
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
  if (canonical(old.metric) !== canonical(now.metric))
    fields.push({ field: 'metric', old: old.metric, new: now.metric });
  return fields;
}

/** Key order must not make two equal metrics differ. Keys in `without` are left out at every depth. */
export function canonical(value: unknown, without: readonly string[] = []): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([key]) => !without.includes(key))
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** The score a version of a key result gives with today's measured value; null when there is none. */
export type ScoreToday = (kr: KeyResult, objectiveId: string) => number | null;

/** The changes as the Report carries them (SPEC-NOTES "Changes to the OKRs"): data, rendered by report/. */
export function reportChanges(changes: OkrChange[], head: OkrFile, scoreToday: ScoreToday): KeyResultChange[] {
  return changes.map((change) => {
    const kr = change.kind === 'removed' ? change.old : change.new;
    const objective = head.objectives.find((candidate) => candidate.id === change.objectiveId);
    const line =
      change.kind === 'removed'
        ? ((objective?.position ?? head.positions.objectives)?.line ?? 1)
        : change.new.position.line;
    return {
      kind: change.kind,
      objectiveId: change.objectiveId,
      keyResultId: kr.id,
      title: kr.title,
      fields: change.kind === 'changed' ? change.fields.map((field) => field.field) : [],
      before: change.kind === 'added' ? null : version(change.old, scoreToday(change.old, change.objectiveId)),
      after: change.kind === 'removed' ? null : version(change.new, scoreToday(change.new, change.objectiveId)),
      line,
    };
  });
}

function version(kr: KeyResult, scoreToday: number | null): KeyResultVersion {
  return {
    metric: { ...kr.metric },
    unit: metricUnit(kr.metric),
    baseline: kr.baseline ?? null,
    target: kr.target,
    direction: kr.direction ?? null,
    weight: kr.weight,
    scoreToday,
  };
}

/** A goal value in its metric's unit; plain text (callers escape it: a `value` metric's unit is untrusted). */
export function formatGoal(value: number, metric: Metric): string {
  return formatExact(value, metricUnit(metric));
}
