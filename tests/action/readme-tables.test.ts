/**
 * The README's Inputs and Outputs tables are what users read instead of action.yml: same names both ways, and
 * each input's default as action.yml has it (in backticks), or `*(empty)*` where action.yml's is empty.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActionYml } from '../support/action-yml.js';
import { ROOT } from '../support/root.js';

/** The rows of the first table under `## heading`, each as its cells. */
function tableUnder(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const section = markdown.slice(start + 1).split(/\n## /)[0]!;
  const rows = section.split('\n').filter((line) => line.startsWith('|'));
  return rows.slice(2).map((row) => splitRow(row));
}

/** A table row's cells; a `|` inside backticks does not split (GitHub renders `a|b` in code as one cell). */
function splitRow(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  for (const ch of row.trim().slice(1, -1)) {
    if (ch === '`') inCode = !inCode;
    if (ch === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  return [...cells, cell.trim()];
}

/** `name` in its backticks, or undefined when the cell is not just that. */
const codeName = (cell: string | undefined) => /^`([^`]+)`$/.exec(cell ?? '')?.[1];

/** What a default cell must start with, given action.yml's default. */
const expectedDefault = (value: unknown) =>
  value === undefined || value === '' ? '*(empty)*' : `\`${String(value)}\``;

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const action = loadActionYml();

describe("the README's tables agree with action.yml", () => {
  const inputs = tableUnder(readme, 'Inputs');
  const outputs = tableUnder(readme, 'Outputs');

  it('inputs: the same names, in both directions', () => {
    expect(inputs.map((row) => codeName(row[0])).sort()).toEqual(action.inputs.map((i) => i.name).sort());
  });

  it.each(action.inputs.map((input) => [input.name, input.default] as const))(
    'input %s: the default column shows action.yml’s default',
    (name, value) => {
      const row = inputs.find((r) => codeName(r[0]) === name);
      expect(row?.[1]?.startsWith(expectedDefault(value)), `README default "${row?.[1]}"`).toBe(true);
    },
  );

  it('outputs: the same names, in both directions', () => {
    expect(outputs.map((row) => codeName(row[0])).sort()).toEqual(action.outputs.map((o) => o.name).sort());
  });

  it('the table reader splits rows as GitHub renders them (not vacuous)', () => {
    const markdown = [
      '# X',
      '',
      '## Inputs',
      '',
      '| a | b |',
      '| --- | --- |',
      '| `x` | `a|b` then |',
      '| y | z |',
      '',
      '## Next',
      '| q |',
      '',
    ].join('\n');
    expect(tableUnder(markdown, 'Inputs')).toEqual([
      ['`x`', '`a|b` then'],
      ['y', 'z'],
    ]);
    expect(codeName('y')).toBeUndefined();
    expect(expectedDefault('')).toBe('*(empty)*');
    expect(expectedDefault('${{ github.token }}')).toBe('`${{ github.token }}`');
    expect(() => tableUnder(markdown, 'Outputs')).toThrow(/no "## Outputs" section/);
  });
});
