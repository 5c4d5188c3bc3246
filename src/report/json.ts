/**
 * The JSON report (SPEC §6) as text: keys in a fixed order (SPEC's order, then any others alphabetically), so
 * that two runs over the same data give byte-identical files and diffs show only what changed.
 */
import type { Report } from './model.js';

type KeyOrder = { keys: string[]; children?: Record<string, KeyOrder> };

const KEY_RESULT: KeyOrder = {
  keys: [
    'id',
    'title',
    'metric',
    'value',
    'unit',
    'samples',
    'baseline',
    'target',
    'direction',
    'weight',
    'score',
    'status',
    'error',
    'dora',
    'unrecovered',
    'series',
    'forecast',
    'window',
    'previous',
    'line',
  ],
  children: {
    metric: { keys: ['type'] },
    dora: { keys: ['level', 'value'] },
    series: { keys: ['at', 'value', 'samples'] },
    forecast: { keys: ['value', 'low', 'high', 'score', 'status', 'method'] },
    window: { keys: ['start', 'end'] },
    previous: { keys: ['value', 'samples', 'start', 'end'] },
  },
};

const KEY_RESULT_VERSION: KeyOrder = {
  keys: ['metric', 'unit', 'baseline', 'target', 'direction', 'weight', 'scoreToday'],
  children: { metric: { keys: ['type'] } },
};

const REPORT: KeyOrder = {
  keys: [
    'version',
    'repository',
    'file',
    'asOf',
    'generatedAt',
    'period',
    'team',
    'score',
    'status',
    'objectives',
    'findings',
    'changes',
  ],
  children: {
    period: { keys: ['name', 'start', 'end', 'elapsed'] },
    objectives: {
      keys: ['id', 'title', 'alignsTo', 'alignsToTitle', 'score', 'status', 'keyResults', 'line'],
      children: { keyResults: KEY_RESULT },
    },
    findings: { keys: ['rule', 'severity', 'message', 'line'] },
    changes: {
      keys: ['kind', 'objectiveId', 'keyResultId', 'title', 'fields', 'before', 'after', 'line'],
      children: { before: KEY_RESULT_VERSION, after: KEY_RESULT_VERSION },
    },
  },
};

function ordered(value: unknown, order: KeyOrder | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => ordered(item, order));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const known = order?.keys ?? [];
  const rest = Object.keys(record)
    .filter((key) => !known.includes(key))
    .sort();
  const result: Record<string, unknown> = {};
  for (const key of [...known, ...rest]) {
    if (!(key in record) || record[key] === undefined) continue;
    result[key] = ordered(record[key], order?.children?.[key]);
  }
  return result;
}

/** 2-space indented, stable key order, trailing newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(ordered(report, REPORT), null, 2)}\n`;
}
