/** Roll-up edges (issue #21 item 10): periods named alike, nothing rolled up, reports from the future, errors once. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAt } from '../support/run-cli.js';
import { COMPANY_YML, NOW, teamReport, THREE_TEAMS } from './support.js';

function layOut(reports: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-rollup-edges-'));
  writeFileSync(join(dir, 'company.yml'), COMPANY_YML);
  for (const [name, report] of Object.entries(reports)) {
    writeFileSync(join(dir, name), typeof report === 'string' ? report : JSON.stringify(report));
  }
  return dir;
}

const cli = (args: string[], cwd: string) =>
  runCliAt(['rollup', '--company', 'company.yml', ...args], { cwd, now: NOW });
const [payments, search] = THREE_TEAMS as [(typeof THREE_TEAMS)[0], (typeof THREE_TEAMS)[0]];
/** A fiscal 2026-Q4 a month earlier than the company's calendar one. */
const FISCAL_Q4 = { name: '2026-Q4', start: '2026-09-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z', elapsed: 0.9 };

describe('rollup edges', () => {
  it('a period of the same name over other dates: the message names both sets of dates', async () => {
    const dir = layOut({ 'a.json': teamReport({ ...payments, period: FISCAL_Q4 }), 'b.json': teamReport(search) });
    const { stdout } = await cli(['--json', 'a.json', 'b.json'], dir);
    const finding = JSON.parse(stdout).findings.find((f: { rule: string }) => f.rule === 'period-mismatch');
    expect(finding.message).toContain(
      "scores 2026-Q4 (2026-09-01 to 2026-11-30), not the company's 2026-Q4 (2026-10-01 to 2026-12-31): left out",
    );
  });

  it('every report left out: exit 1, saying nothing was counted', async () => {
    const dir = layOut({
      'a.json': teamReport({ ...payments, period: FISCAL_Q4 }),
      'b.json': teamReport({ ...search, period: FISCAL_Q4 }),
    });
    const { code, stderr } = await cli(['a.json', 'b.json'], dir);
    expect(code).toBe(1);
    expect(stderr).toContain('none of the 2 reports given was rolled up');
    const one = layOut({ 'a.json': teamReport(payments), 'b.json': teamReport({ ...search, period: FISCAL_Q4 }) });
    expect((await cli(['a.json', 'b.json'], one)).code).toBe(0);
  });

  it('a report measured after the roll-up (in the future) is flagged, not counted as fresh', async () => {
    const later = '2026-12-20T00:00:00.000Z';
    const dir = layOut({ 'a.json': teamReport({ ...payments, asOf: later, generatedAt: later }) });
    const { stdout } = await cli(['--json', 'a.json'], dir);
    const findings = JSON.parse(stdout).findings.filter((f: { rule: string }) => f.rule === 'future-report');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain(
      `was measured ${later}, after this roll-up's ${NOW.toISOString()}: that is in the future`,
    );
  });

  it('an unreadable report is named once, in the terminal view or on stderr, not both', async () => {
    const dir = layOut({ 'a.json': teamReport(payments), 'broken.json': '{not json' });
    const terminal = await cli(['a.json', 'broken.json'], dir);
    expect(terminal.code).toBe(1);
    expect((terminal.stdout + terminal.stderr).match(/broken\.json/g)).toHaveLength(1);
    const json = await cli(['--json', 'a.json', 'broken.json'], dir);
    expect(json.stderr.match(/broken\.json/g)).toHaveLength(1);
  });
});
