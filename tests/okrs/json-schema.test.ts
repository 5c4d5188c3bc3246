/**
 * The OKR file's JSON Schema (`schema/okrs.schema.json`): fresh, and it accepts and refuses what the parser does
 * (checked with ajv, as an editor's YAML language server would).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { OKR_SCHEMA_URL, okrFileJsonSchema } from '../../src/okrs/json-schema.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { ROOT } from '../support/run-dist.js';

const SCHEMA_FILE = join(ROOT, 'schema', 'okrs.schema.json');
const committed = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ strict: false, allErrors: true }).compile(committed);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return entry.name.endsWith('.yml') ? [path] : [];
  });
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const readmeExamples = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map((m) => m[1]!)
  .filter((text) => /^version: 1$/m.test(text));

const validFiles: Array<[string, string]> = [
  ...[join(ROOT, 'demo'), join(ROOT, 'tests/coach/corpus'), join(ROOT, 'tests/okrs/fixtures')]
    .flatMap(yamlFiles)
    .concat([join(ROOT, '.github/okrs.yml'), join(ROOT, '.github/okrs-company.yml')])
    .map((path): [string, string] => [relative(ROOT, path), readFileSync(path, 'utf8')]),
  ...readmeExamples.map((text, i): [string, string] => [`README.md example ${i}`, text]),
];

const base = (keyResult: string) =>
  [
    'version: 1',
    'period: 2026-Q4',
    'objectives:',
    '  - title: Ship reliably',
    '    key-results:',
    `      - ${keyResult}`,
  ].join('\n');

const UP = 'target: 3, direction: increase';
const withPeriod = (period: string) =>
  `version: 1\nperiod: ${period}\nobjectives:\n  - title: T\n    key-results: []\n`;

const invalid: Array<[string, string]> = [
  ['a typo in a key', base('{ title: T, metric: { type: issue-count }, targte: 3 }')],
  ['a typo at the top', 'version: 1\nperiod: 2026-Q4\nobjectivs: []\n'],
  ['an unknown metric type', base('{ title: T, metric: { type: issue-counts }, target: 3 }')],
  ['a missing target', base('{ title: T, metric: { type: issue-count } }')],
  ['a bare-number window', base('{ title: T, metric: { type: issue-count, window: 30 }, target: 3 }')],
  ['a malformed window', base('{ title: T, metric: { type: issue-count, window: 30 days }, target: 3 }')],
  ['units out of order', base('{ title: T, metric: { type: issue-count, window: 30m1h }, target: 3 }')],
  ['a malformed duration target', base('{ title: T, metric: { type: pr-merge-time }, target: 10 minutes }')],
  ['a count stat on a duration', base('{ title: T, metric: { type: pr-merge-time, stat: count }, target: 1h }')],
  ['a bare number as a rate target', base('{ title: T, metric: { type: change-failure-rate }, target: 0.05 }')],
  ['a rate target over 100%', base('{ title: T, metric: { type: change-failure-rate }, target: 105% }')],
  ['a stat on a ratio', base('{ title: T, metric: { type: change-failure-rate, stat: p50 }, target: 5% }')],
  [
    'a conclusion on a success rate',
    base('{ title: T, metric: { type: workflow-success-rate, workflow: ci.yml, conclusion: failure }, target: 99% }'),
  ],
  ['a workflow metric without workflow', base('{ title: T, metric: { type: workflow-runs }, target: 3 }')],
  ['a value with both name and file', base(`{ title: T, metric: ${'{ type: value, name: a, file: b.json }'}, ${UP} }`)],
  ['a value with neither name nor file', base(`{ title: T, metric: { type: value }, ${UP} }`)],
  ['a value path without file', base(`{ title: T, metric: { type: value, name: a, path: x }, ${UP} }`)],
  ['a malformed period', withPeriod('2026-Q5')],
  ['a half year beyond H2', withPeriod('2026-H3')],
  ['a malformed date', withPeriod('{ start: 2026-10-1, end: 2026-12-31 }')],
  ['an unsupported version', 'version: 2\nperiod: 2026-Q4\nobjectives:\n  - title: T\n    key-results: []\n'],
  [
    'an unknown conclusion',
    base('{ title: T, metric: { type: workflow-runs, workflow: ci.yml, conclusion: succes }, target: 3 }'),
  ],
];

describe('schema/okrs.schema.json', () => {
  it('is what the zod schema generates (run npm run schema after changing it)', () => {
    expect(committed).toEqual(okrFileJsonSchema());
  });

  it('there are valid files to check it against', () => {
    expect(validFiles.length).toBeGreaterThan(20);
  });

  it.each(validFiles)('accepts %s, which the parser accepts', (_name, text) => {
    expect(parseOkrFile(text, 'okrs.yml').ok).toBe(true);
    validate(parseYaml(text));
    expect(validate.errors ?? []).toEqual([]);
  });

  it.each(invalid)('refuses %s, as the parser does', (_name, text) => {
    expect(parseOkrFile(text, 'okrs.yml').ok).toBe(false);
    expect(validate(parseYaml(text))).toBe(false);
  });

  const repositoryFiles = validFiles.filter(([name]) => !name.startsWith('README'));
  it.each(repositoryFiles)('%s names the schema for editors', (name, text) => {
    const modeline = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
    expect(modeline).not.toBeNull();
    expect(resolve(dirname(join(ROOT, name)), modeline![1]!)).toBe(SCHEMA_FILE);
  });

  it("names the schema in the README's examples by the URL of the release", () => {
    for (const text of readmeExamples) expect(text).toContain(`# yaml-language-server: $schema=${OKR_SCHEMA_URL}`);
  });
});
