/**
 * The README's metric table, rendered from the catalog (a test keeps the README equal to it): what each type
 * samples, the filters its schema takes, and its natural direction.
 */
import type * as z from 'zod';
import type { ValueKind } from '../model/stats.js';
import { METRIC_CATALOG, METRIC_TYPES } from './index.js';

/** Keys every metric type may carry, explained once above the table rather than in each row. */
const SHARED_KEYS = new Set(['repository', 'window']);

const VALUE_WORDS: Record<ValueKind, string> = {
  duration: 'duration',
  count: 'count',
  ratio: 'ratio',
  supplied: 'number',
  queried: 'number',
};

export function metricTable(): string {
  const rows = METRIC_TYPES.map((type) => {
    const entry = METRIC_CATALOG[type];
    const filters = optionalKeys(entry.fields).filter((key) => !SHARED_KEYS.has(key));
    const direction = entry.direction ?? entry.directionNote ?? '';
    const keys = filters.map((key) => `\`${key}\``).join(', ');
    return `| ${[`\`${type}\``, VALUE_WORDS[entry.kind], entry.samples, keys, direction].join(' | ')} |`;
  });
  const header = ['| type | value | samples | filters | natural direction |', '| --- | --- | --- | --- | --- |'];
  return [...header, ...rows].join('\n');
}

/** The keys a user may leave out, without those declared only to be refused with a reason. */
function optionalKeys(fields: z.ZodRawShape): string[] {
  return Object.entries(fields).flatMap(([key, field]) => {
    const def = field._zod.def;
    if (def.type !== 'optional') return [];
    const inner = (def as unknown as { innerType: z.core.$ZodType }).innerType;
    return inner._zod.def.type === 'never' ? [] : [key];
  });
}
