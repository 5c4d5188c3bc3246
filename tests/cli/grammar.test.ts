/** One grammar for every command: a flag that does not apply is refused, never ignored (issue #21 item 6). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli/argv.js';
import { runCliAt } from '../support/run-cli.js';
import { demoCompanyText, demoOkrsText } from '../../demo/scenario.js';

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-grammar-'));
  writeFileSync(join(dir, 'okrs.yml'), demoOkrsText);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const cli = (args: string[], cwd: string) => runCliAt(args, { cwd, now: new Date('2026-11-28T12:00:00Z') });

describe('flags that do not apply are refused', () => {
  it.each([
    [['lint', 'okrs.yml', '--demo'], '--demo does not apply to the lint command'],
    [
      ['lint', 'okrs.yml', '--fail-on', 'bogus'],
      '--fail-on does not apply to the lint command (it belongs to scoring, --demo)',
    ],
    [['lint', 'okrs.yml', '--html', 'x.html'], '--html does not apply to the lint command (it belongs to rollup)'],
    [
      ['rollup', '--company', 'c.yml', '--fail-on', 'bogus', 'r.json'],
      '--fail-on does not apply to the rollup command',
    ],
    [['rollup', '--company', 'c.yml', '--strict', 'r.json'], '--strict does not apply to the rollup command'],
    [['rollup', '--company', 'c.yml', '--repo', 'a/b', 'r.json'], '--repo does not apply to the rollup command'],
    [['schema', '--json'], '--json does not apply to the schema command'],
    [['--okrs', 'okrs.yml', '--company', 'c.yml'], '--company does not apply to scoring (it belongs to lint, rollup)'],
    [['--okrs', 'okrs.yml', '--strict'], '--strict does not apply to scoring (it belongs to lint)'],
    [['lint', 'a.yml', '--okrs', 'b.yml'], 'lint: give the OKR file once'],
  ])('%j', async (args, message) => {
    const { code, stderr } = await cli(args, folder());
    expect(stderr).toContain(message);
    expect(code).toBe(2);
  });

  it('`--fail-on bogus` on the scoring command names what is allowed', async () => {
    const { code, stderr } = await cli(['--okrs', 'okrs.yml', '--repo', 'a/b', '--fail-on', 'bogus'], folder());
    expect(code).toBe(2);
    expect(stderr).toMatch(/--fail-on: .*error.*off-track.*finding.*never/);
  });
});

describe('lint honours --json and --company', () => {
  it('lint --json prints the result as JSON', async () => {
    const { code, stdout } = await cli(['lint', 'okrs.yml', '--json'], folder());
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ file: 'okrs.yml', valid: true, errors: [], exitCode: 0 });
    expect(result.notes[0]).toMatch(/alignment not checked: the company file is in acme\/\.github/);
  });

  it('lint --json of an invalid file: errors with their places, exit 1', async () => {
    const dir = folder({ 'bad.yml': 'version: 1\nperiod: 2026-Q9\nobjectives: []\n' });
    const { code, stdout } = await cli(['lint', 'bad.yml', '--json'], dir);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatchObject({ file: 'bad.yml', line: 2 });
  });

  it('lint --company FILE checks alignment against that file', async () => {
    const unaligned = demoOkrsText.replace('aligns-to: reliability', 'aligns-to: no-such-objective');
    const dir = folder({ 'company.yml': demoCompanyText, 'team.yml': unaligned });
    const { code, stdout } = await cli(['lint', 'team.yml', '--company', 'company.yml'], dir);
    expect(code).toBe(0);
    expect(stdout).not.toContain('alignment not checked');
    expect(stdout).toMatch(/no-such-objective/);
    const missing = await cli(['lint', 'team.yml', '--company', 'nope.yml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--company nope.yml: no such file');
  });
});

describe('exit codes', () => {
  it('--help lists 0, 1 and 2', () => {
    expect(USAGE).toMatch(/Exit codes:\n {2}0 .*\n {2}1 [\s\S]*\n {2}2 {2}a usage error/);
  });

  it('--fail-on never: an invalid OKR file exits 0 with its errors printed, as the action passes', async () => {
    const dir = folder({ 'bad.yml': 'version: 1\nperiod: 2026-Q9\nobjectives: []\n' });
    const never = await cli(['--okrs', 'bad.yml', '--repo', 'a/b', '--fail-on', 'never'], dir);
    expect(never.stderr).toContain('bad.yml is not a valid OKR file');
    expect(never.code).toBe(0);
    expect((await cli(['--okrs', 'bad.yml', '--repo', 'a/b'], dir)).code).toBe(1);
  });
});
