/** The bundled command line tool (dist/cli.js), run as a user runs it. */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useStandIn } from '../support/stand-in.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoGitHubOkrsText } from '../../demo/scenario.js';
import { ROOT, spawnNode } from '../support/run-dist.js';

const standIn = useStandIn();

const CLI = join(ROOT, 'dist', 'cli.js');
const env = { PATH: process.env.PATH ?? '' };

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('okr-scorecard --demo', () => {
  it('prints a readable scorecard with no token and no network', async () => {
    const { code, stdout, stderr } = await spawnNode([CLI, '--demo'], env, ROOT);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('2026-Q4');
    expect(stdout).toContain('Run a payment platform merchants can rely on');
    expect(stdout).toMatch(/\d+m \d\ds/); // durations in human units
    expect(stdout).toMatch(/\d+\.\d%/); // ratios as percentages
    expect(stdout).toMatch(/\/week/);
    // The prometheus key result, from the stand-in, and the output says it was one.
    expect(stdout).toMatch(/The checkout API answers 99\.8%.*99\.6%\s+99\.5% → 99\.8%/);
    expect(stdout).toMatch(/\d+ queries to a loopback Prometheus stand-in/);
    expect(stdout).not.toMatch(/\x1b\[/); // not a terminal: no colour codes
  });

  it('prints the JSON report', async () => {
    const { code, stdout } = await spawnNode([CLI, '--demo', '--json'], env, ROOT);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.version).toBe(1);
    expect(report.asOf).toBe(new Date(DEMO_AS_OF).toISOString());
    expect(report.objectives.flatMap((o: { keyResults: unknown[] }) => o.keyResults)).toHaveLength(13);
  });
});

describe('okr-scorecard against a GitHub API', () => {
  it('scores a file from the token and API URL in the environment', async () => {
    const github = await standIn.start({
      history: demoHistory(),
      tokens: { t0k: { login: 'someone', permissions: 'read' } },
    });
    const dir = folderWith({ 'okrs.yml': demoGitHubOkrsText });
    const { code, stdout } = await spawnNode(
      [
        CLI,
        '--okrs',
        'okrs.yml',
        '--repo',
        'acme/payments',
        '--as-of',
        DEMO_AS_OF,
        '--metrics',
        '{"p99-latency-ms": 130}',
        '--json',
      ],
      { ...env, GITHUB_TOKEN: 't0k', GITHUB_API_URL: github.url },
      dir,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const latency = report.objectives[0].keyResults.find((kr: { id: string }) => kr.id === 'checkout-latency');
    expect(latency).toMatchObject({ value: 130, status: 'off-track' });
    expect(
      report.objectives
        .flatMap((o: { keyResults: { status: string }[] }) => o.keyResults)
        .filter((kr: { status: string }) => kr.status === 'error'),
    ).toEqual([]);
  });

  it('a bad token errors each fetched key result with what to do, still prints the scorecard and exits 1', async () => {
    const github = await standIn.start({ history: demoHistory(), tokens: {} });
    const dir = folderWith({ 'okrs.yml': demoGitHubOkrsText });
    const { code, stdout, stderr } = await spawnNode(
      [CLI, '--okrs', 'okrs.yml', '--repo', 'acme/payments', '--as-of', DEMO_AS_OF],
      { ...env, GITHUB_TOKEN: 'wrong', GITHUB_API_URL: github.url },
      dir,
    );
    expect(stdout).toMatch(/401 Bad credentials/);
    expect(stdout + stderr).not.toContain('wrong');
    expect(stderr).toMatch(/^okr-scorecard: 12 key results could not be measured/m);
    expect(code).toBe(1);
  });
});

describe('okr-scorecard lint', () => {
  it('passes a good file', async () => {
    const dir = folderWith({ 'okrs.yml': demoGitHubOkrsText });
    const { code, stdout } = await spawnNode([CLI, 'lint', 'okrs.yml'], env, dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/alignment not checked/); // the company file is in another repository
  });

  it('names file, line and column of an error and exits 1', async () => {
    const dir = folderWith({ 'okrs.yml': demoGitHubOkrsText.replace('period: 2026-Q4', 'period: 2026-Q5') });
    const { code, stdout } = await spawnNode([CLI, 'lint', 'okrs.yml'], env, dir);
    expect(code).toBe(1);
    const line = demoGitHubOkrsText.split('\n').findIndex((l) => l.startsWith('period:')) + 1;
    expect(stdout).toMatch(new RegExp(`^okrs\\.yml:${line}:9: error: .*2026-Q4`, 'm'));
  });

  it('fails on findings only with --strict', async () => {
    const todo = demoGitHubOkrsText.replace(
      'Incidents opened this quarter fall from 14 to 4',
      'Ship the incident dashboard',
    );
    const dir = folderWith({ 'okrs.yml': todo });
    const relaxed = await spawnNode([CLI, 'lint', 'okrs.yml'], env, dir);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toMatch(/warning \[output-kr\]/);
    const strict = await spawnNode([CLI, 'lint', 'okrs.yml', '--strict'], env, dir);
    expect(strict.code).toBe(1);
  });

  it('usage errors exit 2 with the usage', async () => {
    const { code, stderr } = await spawnNode([CLI, '--frobnicate'], env, ROOT);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage:/);
  });
});

describe('okr-scorecard schema', () => {
  it('prints the committed JSON Schema of the OKR file', async () => {
    const { code, stdout, stderr } = await spawnNode([CLI, 'schema'], env, ROOT);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(join(ROOT, 'schema', 'okrs.schema.json'), 'utf8'));
  });
});

describe('okr-scorecard --version', () => {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  it('prints package.json’s version, with --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      const { code, stdout, stderr } = await spawnNode([CLI, flag], env, ROOT);
      expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('still knows it when dist/cli.js is copied away from package.json (built in, not read at run time)', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'okr-cli-copy-'));
    copyFileSync(CLI, join(elsewhere, 'cli.js'));
    const { code, stdout } = await spawnNode([join(elsewhere, 'cli.js'), '--version'], env, elsewhere);
    expect({ code, stdout }).toEqual({ code: 0, stdout: `${version}\n` });
  });
});

describe("the project's own OKRs (.github/okrs.yml, which CI's self-test scores)", () => {
  it('are valid and coach clean, alignment with .github/okrs-company.yml checked', async () => {
    const { code, stdout } = await spawnNode([CLI, 'lint', '.github/okrs.yml', '--strict'], env, ROOT);
    expect(stdout).toBe('✔ .github/okrs.yml: valid, no coaching findings\n\n');
    expect(code).toBe(0);
  });
});
