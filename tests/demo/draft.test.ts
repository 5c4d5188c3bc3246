/**
 * `okr-scorecard --demo --draft` and the calibrating command line (SPEC §13): the demo's first draft shows each new
 * finding on its line, and `lint FILE --repo` and `--calibrate` find the same against the stand-in.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { startFakeGitHub, type FakeGitHub } from '../../src/fake-github/index.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_DRAFT_AS_OF, demoDraftText } from '../../demo/scenario.js';

const NOW = new Date('2026-12-15T16:00:00Z');
const TOKEN = 'ghp_draftLintToken0123456789abcdefABCDEF';

/** The findings the draft is written to show (demo/README.md tells the story). */
const DRAFT_FINDINGS = [
  'output-objective@40',
  'stale-baseline@53',
  'stale-baseline@63',
  'stale-baseline@73',
  'easy-target@74',
  'easy-target@78',
];

async function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    now: NOW,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTty: false,
    version: '0.0.0',
  });
  return { code, stdout, stderr };
}

interface JsonReport {
  objectives: { keyResults: { id: string; metric: { type: string }; previous?: { value: number | null } }[] }[];
  findings: { rule: string; line: number; message: string }[];
}

let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

describe('okr-scorecard --demo --draft', () => {
  it('is embedded exactly as it is on disk', () => {
    expect(demoDraftText).toBe(readFileSync(new URL('../../demo/okrs-draft.yml', import.meta.url), 'utf8'));
  });

  it('shows each new finding on its line, calibrated against Q3', async () => {
    const { code, stdout, stderr } = await cli(['--demo', '--draft', '--json']);
    // Drafted before the quarter starts: nothing is scored yet, and the tool says so (the calibration still runs).
    expect(stderr).toMatch(/^warning: as-of 2026-09-28T09:00:00\.000Z is before the period 2026-Q4 starts /);
    expect(stderr).toContain('calibration still measures the previous period');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.findings.map((f) => `${f.rule}@${f.line}`)).toEqual(DRAFT_FINDINGS);
    for (const kr of report.objectives.flatMap((o) => o.keyResults)) {
      if (kr.metric.type === 'value') expect(kr.previous).toBeUndefined();
      else expect(kr.previous?.value).toEqual(expect.any(Number));
    }
  });

  it('the terminal shows them too', async () => {
    const { stdout } = await cli(['--demo', '--draft']);
    expect(stdout).toContain('Coaching findings (6)');
    expect(stdout).toMatch(/easy-target: Last period this measured 19m \d+s: the target, 25m, was already met/);
    // Measured values read as the reports show values, not as raw floats (92%, not 91.9614148%; 9/week).
    expect(stdout).toContain('the previous period measured 92%, which puts');
    expect(stdout).toContain('Last period this measured 9/week: the target, 8/week');
    expect(stdout).not.toMatch(/measured [\d.]*\d\.\d{3,}/);
  });
});

describe('calibrating from the command line', () => {
  const layOut = () => {
    const dir = mkdtempSync(join(tmpdir(), 'okr-draft-'));
    writeFileSync(join(dir, 'okrs.yml'), demoDraftText);
    return dir;
  };

  it('lint FILE --repo: the same findings as lint lines, exit 1 with --strict', async () => {
    github = await startFakeGitHub({ history: demoHistory() });
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url };
    const args = ['lint', 'okrs.yml', '--repo', 'acme/payments', '--as-of', DEMO_DRAFT_AS_OF];
    const cwd = layOut();
    const { code, stdout } = await cli(args, { cwd, env });
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((line) => line.startsWith('okrs.yml:'));
    expect(
      lines.map((line) => /^okrs\.yml:(\d+): warning \[([\w-]+)\]/.exec(line)!.slice(1).reverse().join('@')),
    ).toEqual(DRAFT_FINDINGS);
    expect(stdout).toContain('⚠ 6 coaching findings in okrs.yml');
    expect(stdout).not.toContain(TOKEN);
    expect((await cli([...args, '--strict'], { cwd, env })).code).toBe(1);
  });

  it('lint --repo that could not read GitHub fails on each key result it did not calibrate, never clean', async () => {
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: 'http://127.0.0.1:9' };
    const args = ['lint', 'okrs.yml', '--repo', 'acme/payments', '--as-of', DEMO_DRAFT_AS_OF];
    const { code, stdout } = await cli(args, { cwd: layOut(), env });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^okrs\.yml:\d+:1: error: not calibrated: /m);
    expect(stdout).not.toContain('no coaching findings');
  });

  it('lint --repo without a token says how to get one, and lints nothing half-way', async () => {
    const { code, stdout, stderr } = await cli(['lint', 'okrs.yml', '--repo', 'acme/payments'], { cwd: layOut() });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/set GITHUB_TOKEN \(or GH_TOKEN\), or lint offline without --repo/);
  });

  it('offline lint does not calibrate: only the finding it can make alone', async () => {
    const { stdout } = await cli(['lint', 'okrs.yml'], { cwd: layOut() });
    expect(stdout).toContain('warning [output-objective]');
    expect(stdout).not.toContain('easy-target');
  });

  it('--calibrate scores with the previous period; without it, nothing of it is read', async () => {
    github = await startFakeGitHub({ history: demoHistory() });
    const env = { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url };
    const args = ['--okrs', 'okrs.yml', '--repo', 'acme/payments', '--as-of', DEMO_DRAFT_AS_OF, '--json'];
    const cwd = layOut();
    const plain = JSON.parse((await cli(args, { cwd, env })).stdout) as JsonReport;
    const calibrated = JSON.parse((await cli([...args, '--calibrate'], { cwd, env })).stdout) as JsonReport;
    expect(plain.findings.map((f) => f.rule)).toEqual(['output-objective']);
    expect(plain.objectives[0]!.keyResults[0]!.previous).toBeUndefined();
    expect(calibrated.findings.map((f) => `${f.rule}@${f.line}`)).toEqual(DRAFT_FINDINGS);
  });
});
