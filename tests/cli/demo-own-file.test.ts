/** `--demo --okrs my.yml`: a team's own OKR file scored against the sample history, offline (issue #21 item 2). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAt } from '../support/run-cli.js';

const MY_OKRS = `version: 1
period: 2026-Q4
team: my-team
objectives:
  - title: Ship with confidence
    key-results:
      - title: Nine in ten CI builds finish within 12 minutes
        id: ci-fast
        metric: { type: workflow-duration, workflow: ci.yml, stat: p90 }
        baseline: 16m
        target: 12m
      - title: Error budget burn stays low
        id: burn
        metric: { type: value, name: my-burn }
        target: 2
        direction: decrease
`;

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-demo-own-'));
  writeFileSync(join(dir, 'my.yml'), MY_OKRS);
  return dir;
}

const cli = (args: string[], cwd: string) => runCliAt(args, { cwd, now: new Date('2026-12-06T00:00:00Z') });

describe('--demo with your own OKR file', () => {
  it('scores my.yml (not the sample file) against the sample history, with my --metrics', async () => {
    const dir = folder();
    const { code, stdout, stderr } = await cli(
      ['--demo', '--okrs', 'my.yml', '--metrics', '{"my-burn": 1.5}', '--json'],
      dir,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ file: 'my.yml', team: 'my-team', repository: 'acme/payments' });
    const krs = report.objectives[0].keyResults;
    expect(krs.map((kr: { id: string }) => kr.id)).toEqual(['ci-fast', 'burn']);
    expect(krs[0].value).toBeGreaterThan(0); // measured from the sample's CI runs
    expect(krs[1].value).toBe(1.5);
  });

  it('the terminal says whose file was scored against what', async () => {
    const { stdout } = await cli(['--demo', '--okrs', 'my.yml', '--metrics', '{"my-burn": 1}'], folder());
    expect(stdout).toContain("This was the demo: my.yml scored against acme/payments's sample history");
  });

  it('combinations that make no sense are usage errors (exit 2)', async () => {
    const dir = folder();
    const other = await cli(['--demo', '--okrs', 'my.yml', '--repo', 'someone/else'], dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("--repo someone/else: the demo's sample history holds only acme/payments");
    for (const flag of [
      ['--api-url', 'https://ghe.example.com/api/v3'],
      ['--rate-limit-reserve', '5'],
    ]) {
      const refused = await cli(['--demo', ...flag], dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`${flag[0]} does not apply to --demo`);
    }
    const missing = await cli(['--demo', '--okrs', 'nope.yml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yml: no such file');
  });
});
