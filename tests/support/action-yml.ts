/**
 * action.yml read the way GitHub's runner reads it: strict YAML (unique keys, no warnings), then the inputs with
 * their defaults and the `INPUT_*` variable each becomes. The e2e harness and the metadata tests share this, and
 * both read the file at run time, so an input another change adds is picked up without touching a copy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { ROOT } from './root.js';

export interface ActionInput {
  name: string;
  description: unknown;
  required: unknown;
  /** The raw `default:` node's value: a string for a well-formed file, anything YAML can hold otherwise. */
  default: unknown;
}

export interface ActionMetadata {
  /** The whole file as plain data, for the checks that look at other keys. */
  data: Record<string, unknown>;
  inputs: ActionInput[];
  outputs: { name: string; description: unknown }[];
}

export class ActionYmlError extends Error {}

/** Parses action.yml text strictly; throws ActionYmlError naming line and column of the first problem. */
export function parseActionYml(text: string, file = 'action.yml'): ActionMetadata {
  const doc = parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const where = problem.linePos?.[0];
    throw new ActionYmlError(`${file}:${where?.line ?? '?'}:${where?.col ?? '?'}: ${problem.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) throw new ActionYmlError(`${file}: expected a mapping at the top level`);
  const data = doc.toJS() as Record<string, unknown>;
  const inputs = entries(data.inputs).map(([name, spec]) => ({
    name,
    description: field(spec, 'description'),
    required: field(spec, 'required'),
    default: field(spec, 'default'),
  }));
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
