/**
 * What GitHub's runner and Marketplace require of action.yml beyond what GitHub's action schema already refuses
 * in parseActionYml (unknown keys, a branding icon or colour it does not know, `required` that is not a boolean,
 * inputs equal but for case), as a list of problems: empty when the metadata is fine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionMetadata } from './action-yml.js';
import { ROOT } from './root.js';

/** GitHub's supported icons (docs.github.com, Metadata syntax reference, branding.icon), one a line. */
export const BRANDING_ICONS: ReadonlySet<string> = new Set(
  readFileSync(join(ROOT, 'tests', 'action', 'fixtures', 'branding-icons.txt'), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#')),
);
/** docs.github.com, Metadata syntax reference, branding.color. */
const BRANDING_COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];
/** Metadata syntax reference: an id starts with a letter or `_`, then letters, digits, `-` and `_`. */
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const MAX_DESCRIPTION = 125;

export function metadataProblems(action: ActionMetadata, root = ROOT): string[] {
  const problems: string[] = [];
  const { data } = action;
  if (!nonEmpty(data.name)) problems.push('name: missing');
  if (!nonEmpty(data.description)) problems.push('description: missing');
  else if (data.description.length > MAX_DESCRIPTION) {
    problems.push(`description: ${data.description.length} characters, the Marketplace takes ${MAX_DESCRIPTION}`);
  }
  // The schema's lists and the documentation's differ slightly (the schema lacks `table` and `black`): the
  // Marketplace follows the documentation, so the branding must be on both.
  const branding = (data.branding ?? {}) as Record<string, unknown>;
  if (!BRANDING_ICONS.has(String(branding.icon))) problems.push(`branding.icon: "${String(branding.icon)}" unknown`);
  if (!BRANDING_COLORS.includes(String(branding.color))) {
    problems.push(`branding.color: "${String(branding.color)}" unknown`);
  }
  const runs = (data.runs ?? {}) as Record<string, unknown>;
  if (runs.using !== 'node24') problems.push(`runs.using: "${String(runs.using)}", expected node24`);
  for (const hook of ['main', 'pre', 'post']) {
    if (runs[hook] === undefined && hook !== 'main') continue;
    if (!nonEmpty(runs[hook]) || !existsSync(join(root, runs[hook]))) {
      problems.push(`runs.${hook}: "${String(runs[hook])}" does not exist`);
    }
  }
  for (const input of action.inputs) {
    const at = `inputs.${input.name}`;
    if (!ID.test(input.name)) problems.push(`${at}: not a valid input id`);
    if (!nonEmpty(input.description)) problems.push(`${at}.description: missing`);
    if (input.default !== undefined && typeof input.default !== 'string') problems.push(`${at}.default: not a string`);
  }
  if (action.outputs.length === 0) problems.push('outputs: none declared');
  for (const output of action.outputs) {
    if (!ID.test(output.name)) problems.push(`outputs.${output.name}: not a valid output id`);
    if (!nonEmpty(output.description)) problems.push(`outputs.${output.name}.description: missing`);
  }
  return problems;
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
