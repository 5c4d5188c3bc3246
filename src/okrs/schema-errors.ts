/**
 * Turning zod issues into `file:line:column` errors that say what was expected. zod knows the path of a
 * problem, the YAML document knows where that path is written; this joins the two.
 */
import type * as z from 'zod';
import { isScalar, type Document, type LineCounter } from 'yaml';
import type { OkrFileError } from './model.js';
import { METRIC_TYPES } from '../metric-types/index.js';
import { describeInput, didYouMean, quoteInput } from '../syntax/hints.js';
import { locate, nodePosition, type PathSegment } from './yaml-nodes.js';

/** What to add when a required key is missing, by key name. */
const MISSING_HINTS: Record<string, string> = {
  version: 'add "version: 1" at the top',
  period: 'add the period the OKRs cover, like "period: 2026-Q4"',
  objectives: 'add a list of objectives',
  title: 'every objective and key result needs a title',
  'key-results': 'every objective needs a list of key-results',
  metric: 'every key result needs a metric that says what to measure',
  target: 'every key result needs a target',
  type: `every metric needs a type: one of ${METRIC_TYPES.join(', ')}`,
  workflow: "this metric needs the workflow's file name (like deploy.yml) or id",
  path: 'the path of the company OKR file in its repository',
  start: 'a custom period needs a start date (YYYY-MM-DD)',
  end: 'a custom period needs an end date (YYYY-MM-DD), the last day of the period',
};

/** Messages of invalid_union issues that have no message of their own: resolved by looking at the branches. */
const UNION_MARKER = '\u0000union';
/**
 * unrecognized_keys reports several keys in one issue; their messages travel joined by this (never in a quoted key).
 */
const KEY_SEPARATOR = '\n';

const NOUNS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
};

/** Per-parse zod error map: default messages in the OKR file's terms. Messages set on a schema take precedence. */
export function okrErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${NOUNS[issue.expected] ?? issue.expected}, got ${describeInput(issue.input)}`;
    case 'invalid_value': {
      const values = issue.values.map((value) => (typeof value === 'string' ? value : String(value)));
      const hint = typeof issue.input === 'string' ? didYouMean(issue.input, values) : '';
      return `expected ${values.join(' or ')}, got ${describeInput(issue.input)}${hint}`;
    }
    case 'unrecognized_keys': {
      const allowed = allowedKeys(issue.inst);
      return issue.keys
        .map((key) => {
          const hint = didYouMean(key, allowed);
          return hint === '' && allowed.length > 0
            ? `unknown key ${quoteInput(key)}; expected one of ${allowed.join(', ')}`
            : `unknown key ${quoteInput(key)}${hint}`;
        })
        .join(KEY_SEPARATOR);
    }
    case 'invalid_union':
      return UNION_MARKER;
    case 'too_small':
      return issue.origin === 'array' ? `expected at least ${issue.minimum} item(s)` : undefined;
    default:
      return undefined;
  }
}

/** Keys a strict object schema takes, leaving out the ones declared only to reject them with a reason. */
function allowedKeys(inst: unknown): string[] {
  const def = (inst as z.core.$ZodType | undefined)?._zod.def;
  if (def === undefined || !('shape' in def)) return [];
  const shape = def.shape as Record<string, z.core.$ZodType>;
  return Object.keys(shape).filter((key) => {
    const field = shape[key]!._zod.def;
    return !('innerType' in field && (field.innerType as z.core.$ZodType)._zod.def.type === 'never');
  });
}

export function issuesToErrors(
  issues: readonly z.core.$ZodIssue[],
  doc: Document,
  lineCounter: LineCounter,
  file: string,
): OkrFileError[] {
  const errors: OkrFileError[] = [];
  const add = (path: readonly PathSegment[], message: string, at: 'key' | 'value' = 'value', keyName?: string) => {
    const found = locate(doc, keyName === undefined ? path : [...path, keyName]);
    const node = at === 'key' ? (found.key ?? found.deepest) : (found.node ?? found.deepest);
    const { line, column } = nodePosition(lineCounter, node);
    const where = pathText(path);
    errors.push({ file, line, column, message: where === '' ? message : `${where}: ${message}` });
  };

  const visitIssue = (issue: z.core.$ZodIssue, prefix: readonly PathSegment[]) => {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split(KEY_SEPARATOR);
      for (const [index, key] of issue.keys.entries()) {
        add(path, messages[index] ?? `unknown key ${quoteInput(key)}`, 'key', key);
      }
      return;
    }
    const missing = locate(doc, path).node === undefined;
    if (missing && issue.code !== 'custom') {
      const name = path.at(-1);
      const hint = typeof name === 'string' ? MISSING_HINTS[name] : undefined;
      add(path, hint === undefined ? 'missing' : `missing; ${hint}`);
      return;
    }
    if (issue.code === 'invalid_union') {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        add(path, unknownMetricType(doc, path));
        return;
      }
      // Keep the branches that accepted the input's type: they hold the real problem (a typo inside a
      // `{start, end}` period, a bad item in a list); when none did, say which types would do.
      const relevant = issue.errors.filter((branch) => !branch.every(isTypeMismatch));
      if (relevant.length === 1) {
        for (const inner of relevant[0]!) visitIssue(inner, path);
        return;
      }
      if (issue.message !== UNION_MARKER) {
        add(path, issue.message);
        return;
      }
      const expected = issue.errors.flatMap((branch) =>
        branch.flatMap((inner) => (inner.code === 'invalid_type' ? [NOUNS[inner.expected] ?? inner.expected] : [])),
      );
      const value = locate(doc, path).node;
      const got = isScalar(value) ? describeInput(value.value) : describeInput(value?.toJSON());
      add(path, `expected ${[...new Set(expected)].join(' or ')}, got ${got}`);
      return;
    }
    add(path, issue.message);
  };

  for (const issue of issues) visitIssue(issue, []);
  return errors;
}

/** An issue saying the input as a whole is not what this union branch takes (rather than a problem inside it). */
function isTypeMismatch(issue: z.core.$ZodIssue): boolean {
  if (issue.path.length !== 0) return false;
  if (issue.code === 'invalid_union') return issue.errors.every((branch) => branch.every(isTypeMismatch));
  return issue.code === 'invalid_type' || issue.code === 'invalid_value';
}

function unknownMetricType(doc: Document, path: readonly PathSegment[]): string {
  const node = locate(doc, path).node;
  const value = isScalar(node) ? node.value : undefined;
  const hint = typeof value === 'string' ? didYouMean(value, METRIC_TYPES) : '';
  const given = typeof value === 'string' ? quoteInput(value) : describeInput(value);
  return `unknown metric type ${given}${hint}; expected one of ${METRIC_TYPES.join(', ')}`;
}

/** `objectives[0].key-results[1].target` */
export function pathText(path: readonly PathSegment[]): string {
  return path.reduce<string>(
    (text, segment) =>
      typeof segment === 'number' ? `${text}[${segment}]` : text === '' ? segment : `${text}.${segment}`,
    '',
  );
}
