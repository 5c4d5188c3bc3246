import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { COMPANY_YML, NOW, teamReport, THREE_TEAMS } from './support.js';

/** A folder with the company file and the three teams' reports, as a roll-up job has after downloading them. */
function layOutRollup(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-rollup-'));
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'company.yml'), COMPANY_YML);
  for (const team of THREE_TEAMS)
    writeFileSync(join(dir, 'reports', `${team.team}.json`), JSON.stringify(teamReport(team)));
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text);
  return dir;
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env: {},
    cwd,
    now: NOW,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTty: false,
    version: '0.0.0',
  });
  return { code, stdout, stderr };
}

const REPORTS = ['reports/payments-platform.json', 'reports/search.json', 'reports/platform.json'];

describe('okr-scorecard rollup', () => {
  it('prints the company view to the terminal by default', async () => {
    const dir = layOutRollup();
    const { code, stdout, stderr } = await cli(['rollup', '--company', 'company.yml', ...REPORTS], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Company OKRs · 2026-Q4');
    expect(stdout).toMatch(/60% .* off-track/);
    expect(stdout).toContain('uncovered: no team objective serves it');
    expect(stdout).toContain('Not aligned (2)');
    expect(stdout).toMatch(/acme\/platform .* stale/);
  });

  it('--json prints the roll-up JSON; --markdown the summary', async () => {
    const dir = layOutRollup();
    const json = await cli(
      ['rollup', '--company', 'company.yml', '--json', '--as-of', '2026-11-28T18:00:00Z', ...REPORTS],
      dir,
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      kind: 'rollup',
      status: 'off-track',
      asOf: '2026-11-28T18:00:00.000Z',
    });
    const markdown = await cli(['rollup', '--company', 'company.yml', '--markdown', ...REPORTS], dir);
    expect(markdown.stdout).toContain('## 🏢 Company OKRs');
    expect(markdown.stdout).toContain('### Not aligned (2)');
  });

  it('--html writes the dashboard', async () => {
    const dir = layOutRollup();
    const { code, stdout } = await cli(['rollup', '--company', 'company.yml', '--html', 'out.html', ...REPORTS], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('Dashboard written to out.html\n');
    const page = readFileSync(join(dir, 'out.html'), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('Customers can always pay');
    expect(page).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('exits 1 naming an unreadable report, still rolling up the others', async () => {
    const dir = layOutRollup({ 'broken.json': 'not json' });
    const { code, stdout, stderr } = await cli(
      ['rollup', '--company', 'company.yml', '--json', ...REPORTS, 'broken.json'],
      dir,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^okr-scorecard: broken\.json: not valid JSON/);
    const rollup = JSON.parse(stdout) as { reports: unknown[]; errors: { path: string }[] };
    expect(rollup.reports).toHaveLength(3);
    expect(rollup.errors.map((e) => e.path)).toEqual(['broken.json']);
  });

  it('usage errors exit 2', async () => {
    const dir = layOutRollup();
    expect((await cli(['rollup', ...REPORTS], dir)).stderr).toContain('--company FILE');
    expect((await cli(['rollup', '--company', 'company.yml'], dir)).code).toBe(2);
    expect(
      (await cli(['rollup', '--company', 'company.yml', '--json', '--html', 'x.html', ...REPORTS], dir)).code,
    ).toBe(2);
    expect((await cli(['rollup', '--company', 'missing.yml', ...REPORTS], dir)).code).toBe(2);
    expect((await cli(['--company', 'company.yml'], dir)).code).toBe(2);
  });
});
