/** `rollup --html OUT` never destroys a user's file (issue #21 item 1). */
import { linkSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAt } from '../support/run-cli.js';
import { COMPANY_YML, NOW, teamReport, THREE_TEAMS } from './support.js';

const REPORTS = THREE_TEAMS.map((team) => `${team.team}.json`);

function layOut(): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-rollup-out-'));
  writeFileSync(join(dir, 'company.yml'), COMPANY_YML);
  for (const team of THREE_TEAMS) writeFileSync(join(dir, `${team.team}.json`), JSON.stringify(teamReport(team)));
  return dir;
}

const cli = (args: string[], cwd: string) => runCliAt(args, { cwd, now: NOW });
const snapshot = (dir: string) => [...REPORTS, 'company.yml'].map((f) => readFileSync(join(dir, f), 'utf8'));

describe('rollup --html never destroys a file it did not write', () => {
  it('`--html *.json` (the shell gave the first report to --html): refused, every report intact', async () => {
    const dir = layOut();
    const before = snapshot(dir);
    const { code, stderr, stdout } = await cli(['rollup', '--company', 'company.yml', '--html', ...REPORTS], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `--html ${REPORTS[0]}: the file exists and okr-scorecard did not write it: give a new file, or add --force`,
    );
    expect(stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['the company file', 'company.yml'],
    ['a report', './search.json'],
    ['a hard link to the company file', 'other-name.yml'],
  ])('an input (%s) is refused even with --force', async (_, target) => {
    const dir = layOut();
    linkSync(join(dir, 'company.yml'), join(dir, 'other-name.yml'));
    const before = snapshot(dir);
    const args = ['rollup', '--company', 'company.yml', '--html', target, '--force', ...REPORTS];
    const { code, stderr } = await cli(args, dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/it is one of the files being rolled up \((company\.yml|search\.json)\)/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a file of its own is overwritten; a user file only with --force; a directory never', async () => {
    const dir = layOut();
    const args = ['rollup', '--company', 'company.yml', ...REPORTS, '--html'];
    expect((await cli([...args, 'dash.html'], dir)).code).toBe(0);
    expect((await cli([...args, 'dash.html'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'notes.html'), '<p>my notes</p>');
    expect((await cli([...args, 'notes.html'], dir)).code).toBe(2);
    expect(readFileSync(join(dir, 'notes.html'), 'utf8')).toBe('<p>my notes</p>');
    expect((await cli([...args, 'notes.html', '--force'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'notes.html'), 'utf8')).toContain('name="generator" content="okr-scorecard"');
    mkdirSync(join(dir, 'folder.html'));
    const folder = await cli([...args, 'folder.html', '--force'], dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('--html folder.html: it is a directory');
  });

  it('`--html -` writes the page to standard output, and no file named "-"', async () => {
    const dir = layOut();
    const { code, stdout } = await cli(['rollup', '--company', 'company.yml', '--html', '-', ...REPORTS], dir);
    expect(code).toBe(0);
    expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(() => readFileSync(join(dir, '-'))).toThrow(/ENOENT/);
  });

  it('--force belongs to rollup --html', async () => {
    const dir = layOut();
    expect((await cli(['rollup', '--company', 'company.yml', '--json', '--force', ...REPORTS], dir)).code).toBe(2);
    expect((await cli(['lint', '--force'], dir)).code).toBe(2);
  });
});
