/**
 * `parseOkrFile`: OKR file text → the normalised model, or every problem found, each with `file:line:column`.
 * Pure: the caller reads the file. YAML with positions (`yaml`), shape and values checked by `schema.ts` (zod),
 * then the checks that span the file (unique ids) and the model with positions filled in.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { KeyResult, Objective, OkrFile, OkrFileError, ParseResult, Position } from './model.js';
import { quoteInput } from '../syntax/hints.js';
import { issuesToErrors, okrErrorMap, pathText } from './schema-errors.js';
import { okrFileSchema, type OkrFileInput } from './schema.js';
import { slug } from './slug.js';
import { DURATION, PERCENTAGE, durationValueProblems, rateValueProblems } from '../syntax/values.js';
import { withoutBom } from '../model/json-text.js';
import { isDurationMetric, isRateMetric, type Metric } from '../metric-types/index.js';
import { duplicateKeys, fieldPosition, locate, nodePosition, positionAt, type PathSegment } from './yaml-nodes.js';

// Bounds what an alias-heavy file ("billion laughs") can expand to.
const MAX_ALIAS_COUNT = 100;

export function parseOkrFile(raw: string, file: string): ParseResult {
  // Text from GitHub's contents API may still carry a byte-order mark, which would shift line 1's columns.
  const text = withoutBom(raw);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const at = (position: Position, message: string): OkrFileError => ({ file, ...position, message });

  if (doc.errors.length > 0) {
    return failure(
      doc.errors.map((error) =>
        at(
          positionAt(lineCounter, error.pos[0]),
          error.code === 'MULTIPLE_DOCS'
            ? 'invalid YAML: the file holds more than one document (a second ---); keep one'
            : yamlProblem(error.message),
        ),
      ),
    );
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return failure([
      at({ line: 1, column: 1 }, 'the file is empty; expected a mapping with version, period and objectives'),
    ]);
  }
  if (!isMap(contents)) {
    return failure([
      at(
        nodePosition(lineCounter, contents),
        'expected a mapping with version, period and objectives at the top level',
      ),
    ]);
  }

  const errors = duplicateKeys(doc, lineCounter).map(({ position, message }) => at(position, message));
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return failure([at({ line: 1, column: 1 }, yamlProblem((error as Error).message))]);
  }
  const result = okrFileSchema.safeParse(data, { error: okrErrorMap });
  if (!result.success) errors.push(...issuesToErrors(result.error.issues, doc, lineCounter, file));
  errors.push(...duplicateIds(data, doc, lineCounter, file));
  const valueProblems = [...rateValueProblems(data, isRateMetric), ...durationValueProblems(data, isDurationMetric)];
  for (const problem of valueProblems) {
    const found = locate(doc, problem.path);
    errors.push(
      at(nodePosition(lineCounter, found.node ?? found.deepest), `${pathText(problem.path)}: ${problem.message}`),
    );
  }
  if (!result.success || errors.length > 0) return failure(errors);
  return { ok: true, okrs: toModel(result.data, doc, lineCounter, file) };
}

/** The YAML parser's complaint, in words: nesting deep enough to exhaust the stack is named, not the stack. */
function yamlProblem(message: string): string {
  if (/maximum call stack size exceeded/i.test(message)) {
    return (
      'invalid YAML: lists or mappings nested too deeply to read (an OKR file needs a few levels); ' +
      'look for a long run of "[" or "{" here'
    );
  }
  return `invalid YAML: ${message}`;
}

function failure(errors: OkrFileError[]): ParseResult {
  const unique = new Map(errors.map((error) => [`${error.line}:${error.column}:${error.message}`, error]));
  return {
    ok: false,
    errors: [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column),
  };
}

const OBJECTIVE_FALLBACK_ID = 'objective';
const KEY_RESULT_FALLBACK_ID = 'key-result';

/** Objective ids are unique among objectives, key-result ids across the whole file (they name KRs in reports). */
function duplicateIds(data: unknown, doc: Document, lineCounter: LineCounter, file: string): OkrFileError[] {
  const errors: OkrFileError[] = [];
  const objectiveIds = new Map<string, Position>();
  const keyResultIds = new Map<string, Position>();
  const check = (seen: Map<string, Position>, kind: string, path: PathSegment[], entry: unknown, fallback: string) => {
    const id = idOf(entry, fallback);
    if (id === undefined) return;
    const position = fieldPosition(doc, lineCounter, id.explicit ? [...path, 'id'] : path) ?? { line: 1, column: 1 };
    const first = seen.get(id.value);
    if (first === undefined) {
      seen.set(id.value, position);
      return;
    }
    const [where, how] = id.explicit
      ? [`${pathText(path)}.id`, 'give each one a unique id']
      : [pathText(path), 'add an id to tell them apart'];
    errors.push({
      file,
      ...position,
      message:
        `${where}: duplicate ${kind} id ${quoteInput(id.value)}${id.explicit ? '' : ' (from its title)'}, ` +
        `first at line ${first.line}; ${how}`,
    });
  };
  const objectives = recordOf(data)?.objectives;
  if (!Array.isArray(objectives)) return errors;
  objectives.forEach((objective: unknown, i) => {
    check(objectiveIds, 'objective', ['objectives', i], objective, OBJECTIVE_FALLBACK_ID);
    const keyResults = recordOf(objective)?.['key-results'];
    if (!Array.isArray(keyResults)) return;
    for (const [j, keyResult] of keyResults.entries()) {
      check(keyResultIds, 'key result', ['objectives', i, 'key-results', j], keyResult, KEY_RESULT_FALLBACK_ID);
    }
  });
  return errors;
}

function idOf(entry: unknown, fallback: string): { value: string; explicit: boolean } | undefined {
  const record = recordOf(entry);
  if (typeof record?.id === 'string') return { value: record.id, explicit: true };
  if (typeof record?.title === 'string') return { value: slug(record.title, fallback), explicit: false };
  return undefined;
}

function recordOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The baseline and target as the file writes them (`6h`, `99.9%`, `12`), for a `value` metric's unit. */
function writtenGoals(doc: Document, path: PathSegment[]): unknown[] {
  return (['baseline', 'target'] as const).flatMap((key) => {
    const node = locate(doc, [...path, key]).node;
    return node === undefined ? [] : [isScalar(node) ? node.value : undefined];
  });
}

/**
 * Durations in, durations out: a `value` metric that names no unit takes it from how its goals are written:
 * all durations (`6h` → `30m`) are seconds, all percentages are a ratio. A unit the file names is kept.
 */
function withWrittenUnit(metric: Metric, goals: unknown[]): Metric {
  if (metric.type !== 'value' || metric.unit !== undefined || goals.length === 0) return metric;
  const texts = goals.map((goal) => (typeof goal === 'string' ? goal.trim() : ''));
  if (texts.every((text) => PERCENTAGE.test(text))) return { ...metric, unit: 'ratio' };
  if (texts.every((text) => text !== '' && DURATION.test(text))) return { ...metric, unit: 'seconds' };
  return metric;
}

function toModel(input: OkrFileInput, doc: Document, lineCounter: LineCounter, file: string): OkrFile {
  const positionOf = (path: PathSegment[]) => fieldPosition(doc, lineCounter, path);
  const mappingAt = (path: PathSegment[]) => nodePosition(lineCounter, locate(doc, path).deepest);
  const positions = <K extends string>(path: PathSegment[], keys: readonly K[]) => {
    const found: Partial<Record<K, Position>> = {};
    for (const key of keys) {
      const position = locate(doc, [...path, key]).key === undefined ? undefined : positionOf([...path, key]);
      if (position !== undefined) found[key] = position;
    }
    return found;
  };

  const objectives = input.objectives.map((objective, i): Objective => {
    const path = ['objectives', i];
    const keyResults = objective['key-results'].map((kr, j): KeyResult => {
      const krPath = [...path, 'key-results', j];
      return {
        id: kr.id ?? slug(kr.title, KEY_RESULT_FALLBACK_ID),
        title: kr.title,
        metric: withWrittenUnit(kr.metric, writtenGoals(doc, krPath)),
        ...(kr.baseline === undefined ? {} : { baseline: kr.baseline }),
        target: kr.target,
        ...(kr.direction === undefined ? {} : { direction: kr.direction }),
        weight: kr.weight,
        ...(kr.owner === undefined ? {} : { owner: kr.owner }),
        position: mappingAt(krPath),
        positions: positions(krPath, [
          'title',
          'metric',
          'baseline',
          'target',
          'direction',
          'weight',
          'owner',
        ] as const),
      };
    });
    return {
      id: objective.id ?? slug(objective.title, OBJECTIVE_FALLBACK_ID),
      title: objective.title,
      ...(objective['aligns-to'] === undefined ? {} : { alignsTo: objective['aligns-to'] }),
      ...(objective.owner === undefined ? {} : { owner: objective.owner }),
      keyResults,
      position: mappingAt(path),
      positions: positions(path, ['title', 'aligns-to', 'owner', 'key-results'] as const),
    };
  });

  return {
    file,
    version: input.version,
    period: input.period,
    ...(input.team === undefined ? {} : { team: input.team }),
    ...(input.owner === undefined ? {} : { owner: input.owner }),
    ...(input.company === undefined ? {} : { company: input.company }),
    objectives,
    positions: positions([], ['period', 'team', 'owner', 'company', 'objectives'] as const),
  };
}
