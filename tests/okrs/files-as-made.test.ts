/** Input files as people make them (issue #21 item 11): byte-order marks, syntax errors that say where, typos. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/syntax/values.js';
import { parseOption } from '../../src/options/schema.js';
import { parseTeamReport } from '../../src/rollup/read.js';
import { runCliAt } from '../support/run-cli.js';
import { demoOkrsText } from '../../demo/scenario.js';
import { teamReport, THREE_TEAMS, COMPANY_YML, NOW } from '../rollup/support.js';
import { errorsOf, FILE } from './errors-of.js';

const BOM = '\uFEFF';
const now = new Date('2026-11-28T12:00:00Z');

describe('a byte-order mark is not an error', () => {
  it('JSON: --metrics @file, a team report, a value metric file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'okr-bom-'));
    writeFileSync(join(dir, 'metrics.json'), `${BOM}{"p99-latency-ms": 112}`);
    writeFileSync(join(dir, 'okrs.yml'), `${BOM}${demoOkrsText}`);
    const { code, stdout, stderr } = await runCliAt(
      ['--demo', '--okrs', 'okrs.yml', '--metrics', '@metrics.json', '--json'],
      { cwd: dir, now },
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('"value": 112');
    expect(parseTeamReport('r.json', `${BOM}${JSON.stringify(teamReport(THREE_TEAMS[0]!))}`)).toHaveProperty('report');
  });

  it('YAML: line 1 keeps its columns, and lint and the roll-up read such files', async () => {
    const errors = errorsOf(`${BOM}version: 7`, 'period: 2026-Q4', 'objectives: []');
    expect(errors[0]).toMatch(new RegExp(`^${FILE.replace(/\./g, '\\.')}:1:10: version: unsupported version 7`));
    const dir = mkdtempSync(join(tmpdir(), 'okr-bom-'));
    writeFileSync(join(dir, 'okrs.yml'), `${BOM}${demoOkrsText}`);
    writeFileSync(join(dir, 'company.yml'), `${BOM}${COMPANY_YML}`);
    writeFileSync(join(dir, 'r.json'), `${BOM}${JSON.stringify(teamReport(THREE_TEAMS[0]!))}`);
    expect((await runCliAt(['lint', 'okrs.yml'], { cwd: dir, now })).code).toBe(0);
    const rollup = await runCliAt(['rollup', '--company', 'company.yml', 'r.json'], { cwd: dir, now: NOW });
    expect(rollup.stderr).toBe('');
    expect(rollup.code).toBe(0);
  });
});

describe('a JSON syntax error says where', () => {
  it('--metrics', () => {
    expect(parseOption('metrics', '{bad json')).toEqual({
      ok: false,
      message: expect.stringMatching(/^not valid JSON at line 1, column 2: expected .*; expected a JSON object/),
    });
    expect(parseOption('metrics', '{"a": 1')).toEqual({
      ok: false,
      message: expect.stringMatching(/^not valid JSON(?: at line 1, column \d+)?: .*expected a JSON object/),
    });
    expect(parseOption('metrics', '\n\n  {"a" 1}')).toEqual({
      ok: false,
      message: expect.stringMatching(/^not valid JSON at line 3, column 8: expected ':' after property name/),
    });
  });

  it('a team report, without quoting its text', () => {
    const loaded = parseTeamReport('r.json', '{"version": 1,\n "token": "ghp_secretsecretsecret" x}');
    expect(loaded).toEqual({ path: 'r.json', message: expect.stringMatching(/^not valid JSON at line 2/) });
    expect(JSON.stringify(loaded)).not.toContain('secret');
  });
});

describe('what is wrong, not how the parser broke', () => {
  it('deep nesting', () => {
    const errors = errorsOf('version: 1', 'period: 2026-Q4', `objectives: ${'['.repeat(5000)}${']'.repeat(5000)}`);
    expect(errors.join('\n')).toMatch(/lists or mappings nested too deeply/);
    expect(errors.join('\n')).not.toMatch(/call stack/);
  });

  it.each([
    ['1h90m', '2h30m'],
    ['1d 30h', '2d6h'],
    ['2m75s', '3m15s'],
    ['1w7d', '2w'],
  ])('%s is refused, with what it would mean', (text, meant) => {
    expect(() => parseDuration(text)).toThrow(`write ${meant} if that is what you mean`);
  });

  it.each([
    ['90m', 5400],
    ['1h30m', 5400],
    ['1h 59m 59s', 7199],
    ['36h', 129_600],
  ])('%s is %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it('deploy-frequency: did you mean deployment-frequency', () => {
    const errors = errorsOf(
      'version: 1',
      'period: 2026-Q4',
      'objectives:',
      '  - title: Ship often',
      '    key-results:',
      '      - title: Deploy daily',
      '        metric: { type: deploy-frequency }',
      '        target: 1',
    );
    expect(errors.join('\n')).toContain('did you mean "deployment-frequency"?');
  });
});
