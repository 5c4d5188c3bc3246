/**
 * action.yml as GitHub reads it: the runner refuses a file that is not valid YAML before a line of ours runs,
 * and the Marketplace refuses metadata without a name, a short description or a known branding icon.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionYmlError, loadActionYml, parseActionYml } from '../support/action-yml.js';
import { BRANDING_ICONS, metadataProblems } from '../support/action-checks.js';
import { ROOT } from '../support/root.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'action', 'fixtures', name), 'utf8');

describe('the strict parse', () => {
  it('accepts action.yml with no error and no warning', () => {
    expect(() => loadActionYml()).not.toThrow();
  });

  it('refuses the 0.1.0 file, whose repository description held a plain `Default: …`, naming its line', () => {
    expect(() => parseActionYml(fixture('action-0.1.0.yml'))).toThrow(ActionYmlError);
    expect(() => parseActionYml(fixture('action-0.1.0.yml'))).toThrow(/^action\.yml:18:18: Nested mappings/);
  });

  it.each([
    ['a duplicate key', 'name: a\nname: b\ndescription: x\n', /:2:1: Map keys must be unique/],
    ['a colon and space in a plain scalar', 'name: a\ndescription: one: two\n', /:2:\d+: Nested mappings/],
    ['a tab for indentation', 'name: a\ninputs:\n\tokrs: {}\n', /:3:1:/],
    ['a top level that is not a mapping', '- name: a\n', /expected a mapping/],
  ])('refuses %s', (_what, text, error) => {
    expect(() => parseActionYml(text)).toThrow(error);
  });
});

describe('the metadata the runner and the Marketplace need', () => {
  it('action.yml has no problem: name, short description, branding, node24, described inputs and outputs', () => {
    expect(metadataProblems(loadActionYml())).toEqual([]);
  });

  it('the icon list is GitHub’s documented one (target is on it; brand icons and the omitted ones are not)', () => {
    expect(BRANDING_ICONS.size).toBe(257);
    expect(BRANDING_ICONS.has('target')).toBe(true);
    for (const omitted of ['github', 'coffee', 'key', 'tool', 'smile']) expect(BRANDING_ICONS.has(omitted)).toBe(false);
  });

  it('GitHub’s action schema refuses unknown keys and values, a non-boolean `required` and a case-twin input', () => {
    const text = [
      'name: x',
      'description: y',
      'branding: { icon: github, color: pink }',
      'inputs:',
      '  ok: { description: fine }',
      '  OK: { description: again }',
      '  flag: { description: d, required: "yes" }',
      'runs: { using: node22, main: dist/index.js }',
      'colour: green',
    ].join('\n');
    const refused = (() => {
      try {
        parseActionYml(text);
        return '';
      } catch (error) {
        return error instanceof ActionYmlError ? error.message : 'not an ActionYmlError';
      }
    })();
    for (const expected of [
      /Line: 3, Col: 19\): Unexpected value 'github'/,
      /Line: 3, Col: 34\): Unexpected value 'pink'/,
      /Line: 6, Col: 3\): 'OK' is already defined/,
      /Line: 7, Col: 37\): Unexpected value 'yes'/,
      /Line: 8, Col: 16\): Unexpected value 'node22'/,
      /Line: 9, Col: 1\): Unexpected value 'colour'/,
    ]) {
      expect(refused).toMatch(expected);
    }
  });

  it('finds each kind of problem the schema lets through', () => {
    const bad = parseActionYml(
      [
        'name: " "',
        `description: ${'x'.repeat(126)}`,
        'branding: { icon: target, color: green }',
        'inputs:',
        '  number: { description: d, default: 1 }',
        '  undescribed: { default: "" }',
        'outputs:',
        '  out: {}',
        'runs: { using: node20, main: dist/missing.js }',
      ].join('\n'),
    );
    expect(metadataProblems(bad)).toEqual([
      'name: missing',
      'description: 126 characters, the Marketplace takes 125',
      'runs.using: "node20", expected node24',
      'runs.main: "dist/missing.js" does not exist',
      'inputs.number.default: not a string',
      'inputs.undescribed.description: missing',
      'outputs.out.description: missing',
    ]);
  });
});
