/**
 * The verbs of delivery (SPEC §8): a title that starts with one describes work rather than an outcome. One list
 * for `output-kr` (key results) and `output-objective` (objectives).
 */

/** SPEC §8's verbs of delivery, with their inflections: "Shipped the new API" is as much a to-do as "Ship". */
const DELIVERY_VERBS: Record<string, string[]> = {
  complete: ['completes', 'completed', 'completing'],
  ship: ['ships', 'shipped', 'shipping'],
  launch: ['launches', 'launched', 'launching'],
  deliver: ['delivers', 'delivered', 'delivering'],
  implement: ['implements', 'implemented', 'implementing'],
  build: ['builds', 'built', 'building'],
  migrate: ['migrates', 'migrated', 'migrating'],
  write: ['writes', 'wrote', 'written', 'writing'],
  finish: ['finishes', 'finished', 'finishing'],
  release: ['releases', 'released', 'releasing'],
  create: ['creates', 'created', 'creating'],
  add: ['adds', 'added', 'adding'],
  close: ['closes', 'closed', 'closing'],
  fix: ['fixes', 'fixed', 'fixing'],
  refactor: ['refactors', 'refactored', 'refactoring'],
  do: ['does', 'did', 'done', 'doing'],
};
const VERB_FORMS = new Map(
  Object.entries(DELIVERY_VERBS).flatMap(([verb, forms]) => [verb, ...forms].map((form) => [form, verb] as const)),
);

/**
 * Several of these verbs are also nouns that name a measure: "Build time from 20m to 8m", "Release frequency
 * doubles", "Fix rate above 90%" are outcomes. A delivery verb followed by one of these words is not flagged.
 */
const MEASURE_NOUNS = new Set([
  'time',
  'times',
  'duration',
  'durations',
  'frequency',
  'rate',
  'rates',
  'ratio',
  'speed',
  'latency',
  'cadence',
  'success',
  'failure',
  'failures',
  'failed',
  'reliability',
  'throughput',
  'queue',
  'cost',
  'costs',
  'size',
  'count',
  'volume',
  'lead',
  'cycle',
  'pipeline',
  'pipelines',
  'health',
  'stability',
  'minutes',
]);

/** The delivery verb a title starts with, if it reads as a verb. */
export function deliveryVerb(title: string): string | undefined {
  const [first, second] = title.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (first === undefined || !/^\s*\p{L}/u.test(title)) return undefined;
  const verb = VERB_FORMS.get(first);
  if (verb === undefined || (second !== undefined && MEASURE_NOUNS.has(second))) return undefined;
  return verb;
}
