/** The command line tool given hostile paths, repository names and titles. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useStandIn } from '../support/stand-in.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoGitHubOkrsText } from '../../demo/scenario.js';
import { runCliIn } from '../support/run-cli.js';

const standIn = useStandIn();

const env = { PATH: process.env.PATH ?? '' };
const TOKEN = 'ghp_cliToken0123456789abcdefABCDEF012345';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');

/** A checkout: the OKR file, and `.git/config` holding the token the way actions/checkout leaves it. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'okr-cli-'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'config'), `[http]\n\textraheader = AUTHORIZATION: basic ${BASIC}\n`);
  writeFileSync(join(dir, 'okrs.yml'), demoGitHubOkrsText);
  return dir;
}

describe('okr-scorecard refuses what a pull request could plant', () => {
  it.each([
    ['--okrs', '.git/config'],
    ['--okrs', 'link.yml'],
  ])('%s %s: refused, nothing quoted', async (flag, path) => {
    const dir = checkout();
    symlinkSync('.git/config', join(dir, 'link.yml'));
    const { code, stdout, stderr } = await runCliIn(dir, [flag, path, '--repo', 'acme/payments'], env);
    expect(code).toBe(2);
    expect(stderr).toContain(`okr-scorecard: ${path}: it leads into a .git directory`);
    expect(stdout + stderr).not.toContain(BASIC.slice(0, 12));
  });

  it('lint refuses a symlink into .git, a directory and a FIFO, without hanging', async () => {
    const dir = checkout();
    symlinkSync('.git/config', join(dir, 'link.yml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yml')]);
    mkdirSync(join(dir, 'folder.yml'));
    const link = await runCliIn(dir, ['lint', 'link.yml'], env);
    expect(link.code).toBe(2);
    expect(link.stderr).toMatch(/leads into a \.git directory/);
    const pipe = await runCliIn(dir, ['lint', 'pipe.yml'], env);
    expect(pipe.code).toBe(2);
    expect(pipe.stderr).toMatch(/okr-scorecard: pipe\.yml: it is not a regular file/);
    const folder = await runCliIn(dir, ['--okrs', 'folder.yml', '--repo', 'acme/payments'], env);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/okr-scorecard: folder\.yml: it is a directory, not a file/);
  });

  it('--repo and GITHUB_REPOSITORY must be owner/name, not path segments', async () => {
    const dir = checkout();
    const flag = await runCliIn(dir, ['--okrs', 'okrs.yml', '--repo', '../..'], env);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(
      /--repo: expected a repository like "acme\/payments" \(owner\/name\), got "\.\.\/\.\."/,
    );
    const fromEnv = await runCliIn(dir, ['--okrs', 'okrs.yml'], { ...env, GITHUB_REPOSITORY: 'acme/..' });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toMatch(/GITHUB_REPOSITORY: expected a repository .*cannot be only dots/);
  });

  it('redacts the token and token shapes from what it prints', async () => {
    const github = await standIn.start({
      history: demoHistory(),
      tokens: { [TOKEN]: { login: 'someone', permissions: 'read' } },
    });
    const dir = checkout();
    const other = `ghs_${'k'.repeat(36)}`;
    writeFileSync(
      join(dir, 'okrs.yml'),
      demoGitHubOkrsText.replace(
        'title: Incidents opened this quarter fall from 14 to 4',
        `title: "Incidents ${TOKEN} ${other}"`,
      ),
    );
    for (const format of ['--json', '--markdown', '--terminal']) {
      const args = ['--okrs', 'okrs.yml', '--repo', 'acme/payments', '--as-of', DEMO_AS_OF];
      const { stdout, stderr } = await runCliIn(dir, format === '--terminal' ? args : [...args, format], {
        ...env,
        GITHUB_TOKEN: TOKEN,
        GITHUB_API_URL: github.url,
      });
      expect(stderr).not.toMatch(/Error|at .+:\d+:\d+/);
      // The terminal clips titles to 48 characters, after redacting; Markdown escapes the redaction's stars.
      const shown = { '--terminal': 'Incidents ***', '--markdown': 'Incidents \\*\\*\\* \\*\\*\\*' };
      expect(stdout).toContain(shown[format as keyof typeof shown] ?? 'Incidents *** ***');
      expect(stdout + stderr).not.toContain(TOKEN);
      expect(stdout + stderr).not.toContain(other);
    }
  });
});
