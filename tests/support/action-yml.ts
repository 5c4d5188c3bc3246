/**
 * action.yml read the way GitHub reads it: strict YAML (unique keys, no warnings), then GitHub's own action.yml
 * schema (@actions/workflow-parser, the schema the runner's action manifest loader applies), then the inputs
 * with their defaults and the `INPUT_*` variable each becomes. The e2e harness and the metadata tests share
 * this, and both read the file at run time, so an input another change adds is picked up without a copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isBasicExpression, isString, NoOperationTraceWriter } from '@actions/workflow-parser';
import { convertActionTemplate, parseAction } from '@actions/workflow-parser/actions/index';
import { isMap, parseDocument } from 'yaml';
import { ROOT } from './root.js';

export interface ActionInput {
  name: string;
  description: unknown;
  required: unknown;
  /** The `default:` as YAML holds it: a string in a well-formed file, anything YAML can hold otherwise. */
  default: unknown;
  /** The default as the runner sees it: a literal, or an expression (`${{ }}` stripped, joined with format()). */
  defaultValue: { literal: string } | { expression: string };
}

export interface ActionMetadata {
  /** The whole file as plain data, for the checks that look at other keys. */
  data: Record<string, unknown>;
  inputs: ActionInput[];
  outputs: { name: string; description: unknown }[];
}

export class ActionYmlError extends Error {}

/** Parses action.yml text as GitHub does; throws ActionYmlError naming line and column of the first problem. */
export function parseActionYml(text: string, file = 'action.yml'): ActionMetadata {
  const doc = parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const where = problem.linePos?.[0];
    throw new ActionYmlError(`${file}:${where?.line ?? '?'}:${where?.col ?? '?'}: ${problem.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) throw new ActionYmlError(`${file}: expected a mapping at the top level`);
  const parsed = parseAction({ name: file, content: text }, new NoOperationTraceWriter());
  const schemaErrors = parsed.context.errors.getErrors();
  if (schemaErrors.length > 0 || !parsed.value) {
    throw new ActionYmlError(`GitHub's action schema: ${schemaErrors.map((e) => e.message).join('; ')}`);
  }
  const template = convertActionTemplate(parsed.context, parsed.value);
  const data = doc.toJS() as Record<string, unknown>;
  const inputs = entries(data.inputs).map(([name, spec]): ActionInput => {
    const token = template.inputs?.find((input) => input.id === name)?.default;
    let defaultValue: ActionInput['defaultValue'] = { literal: '' };
    if (token && isBasicExpression(token)) defaultValue = { expression: token.expression };
    else if (token && isString(token)) defaultValue = { literal: token.value };
    else if (token) defaultValue = { literal: token.toString() };
    const input = { name, description: field(spec, 'description'), required: field(spec, 'required') };
    return { ...input, default: field(spec, 'default'), defaultValue };
  });
  const outputs = entries(data.outputs).map(([name, spec]) => ({ name, description: field(spec, 'description') }));
  return { data, inputs, outputs };
}

let cached: { text: string; metadata: ActionMetadata } | undefined;

/** The project's own action.yml, read afresh whenever it changed on disk. */
export function loadActionYml(): ActionMetadata {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  if (cached?.text !== text) cached = { text, metadata: parseActionYml(text) };
  return cached.metadata;
}

/** The environment variable the runner sets for an input: `INPUT_` + the name upper-cased, spaces → `_`. */
export function inputVariable(name: string): string {
  // actions/runner Handler.AddInputsToEnvironment: hyphens are kept (INPUT_GITHUB-TOKEN), only spaces change.
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function entries(value: unknown): [string, unknown][] {
  return value && typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [];
}

function field(spec: unknown, key: string): unknown {
  return spec && typeof spec === 'object' ? (spec as Record<string, unknown>)[key] : undefined;
}
