/**
 * The bundled command line tool (dist/cli.js and its chunks in dist/cli/, `npm run build` first), run as a user
 * runs it: what only the bundle shows. Its commands are tested in-process (tests/e2e/cli.test.ts).
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../demo/scenario.js';
import { ROOT, spawnNode } from '../support/run-dist.js';

const CLI = join(ROOT, 'dist', 'cli.js');
const env = { PATH: process.env.PATH ?? '' };

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
    cpSync(CLI, join(elsewhere, 'cli.js'));
    cpSync(join(ROOT, 'dist', 'cli'), join(elsewhere, 'cli'), { recursive: true });
    const { code, stdout } = await spawnNode([join(elsewhere, 'cli.js'), '--version'], env, elsewhere);
    expect({ code, stdout }).toEqual({ code: 0, stdout: `${version}\n` });
  });
});

describe('the chunks load', () => {
  it('--help prints the usage', async () => {
    const { code, stdout, stderr } = await spawnNode([CLI, '--help'], env, ROOT);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage:\n {2}okr-scorecard --demo/);
  });

  it('--demo scores the sample history through the stand-in, which only its chunk carries', async () => {
    const { code, stdout, stderr } = await spawnNode([CLI, '--demo', '--json'], env, ROOT);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const report = JSON.parse(stdout);
    expect(report.asOf).toBe(new Date(DEMO_AS_OF).toISOString());
    expect(report.objectives.flatMap((o: { keyResults: unknown[] }) => o.keyResults)).toHaveLength(13);
    // GitHub's GraphQL schema is in the demo's chunk alone: `--version` never reads it.
    expect(readFileSync(CLI, 'utf8')).not.toContain('type Query');
  });

  it('lint loads the commands’ chunk and coaches the project’s own OKRs clean', async () => {
    const { code, stdout } = await spawnNode([CLI, 'lint', '.github/okrs.yml', '--strict'], env, ROOT);
    expect(stdout).toBe('✔ .github/okrs.yml: valid, no coaching findings\n\n');
    expect(code).toBe(0);
  });
});
