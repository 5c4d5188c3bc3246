/**
 * Release conventions: the release workflow takes its notes from CHANGELOG.md (scripts/release-notes.mjs) and
 * its tag from package.json's version; `okr-scorecard --version` (tests/e2e/cli.test.ts) prints that version.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/root.js';
import { spawnNode } from '../support/run-dist.js';

const NOTES = join(ROOT, 'scripts', 'release-notes.mjs');
const env = { PATH: process.env.PATH ?? '' };
const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('CHANGELOG.md', () => {
  it('keeps an Unreleased section first and has a section for package.json’s version', () => {
    const headings = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('Unreleased');
    expect(headings).toContain(version);
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('scripts/release-notes.mjs', () => {
  const sample = [
    '# Changelog',
    '',
    '## [Unreleased]',
    '',
    '- next',
    '',
    '## [1.1.0] - 2027-01-02',
    '',
    '### Fixed',
    '',
    '- a fix',
    '',
    '## [1.0.0] - 2026-12-01',
    '',
    '- first',
    '',
    '[1.1.0]: https://example.test/1.1.0',
    '',
  ].join('\n');
  const file = join(mkdtempSync(join(tmpdir(), 'okr-changelog-')), 'CHANGELOG.md');
  writeFileSync(file, sample);

  it('prints one version’s section, up to the next, without the link definitions', async () => {
    const middle = await spawnNode([NOTES, '1.1.0', file], env, ROOT);
    expect(middle).toMatchObject({ code: 0, stdout: '### Fixed\n\n- a fix\n' });
    const last = await spawnNode([NOTES, '1.0.0', file], env, ROOT);
    expect(last).toMatchObject({ code: 0, stdout: '- first\n' });
  });

  it('fails, naming the file and the version, when the section is missing', async () => {
    const missing = await spawnNode([NOTES, '2.0.0', file], env, ROOT);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/CHANGELOG\.md: no "## \[2\.0\.0\]" section/);
  });

  it('finds this project’s notes for the current version', async () => {
    const current = await spawnNode([NOTES, version], env, ROOT);
    expect(current.code).toBe(0);
    expect(current.stdout).toMatch(/^### Added/);
  });
});

/** A step of the release job, as release.yml declares it. */
interface Step {
  name: string;
  if?: string;
  env?: Record<string, string>;
  run?: string;
}

const releaseSteps = (
  parse(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
    jobs: { release: { steps: Step[] } };
  }
).jobs.release.steps;

/** `${{ … }}` evaluated by GitHub's own evaluator against the steps' outputs, as the runner does. */
function evaluate(text: string, outputs: Record<string, string>): string {
  const expression = /^\$\{\{(.*)\}\}$/s.exec(text.trim())?.[1];
  if (expression === undefined) return text;
  const parsed = new Parser(new Lexer(expression).lex().tokens, ['steps'], []).parse();
  const context = JSON.parse(JSON.stringify({ steps: { version: { outputs } } }), data.reviver) as data.Dictionary;
  return new Evaluator(parsed, context).evaluate().coerceString();
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/**
 * Runs release.yml's version and tagging steps in `work` (its `origin` a bare repository), as the runner would:
 * bash -eo pipefail, `if:` and `env:` evaluated against the `version` step's outputs. Returns those outputs.
 */
function runTaggingSteps(work: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const name of ['Read the version', 'Tag vX.Y.Z and move the major tag']) {
    const step = releaseSteps.find((candidate) => candidate.name === name);
    if (!step?.run) throw new Error(`release.yml has no step "${name}" that runs a script`);
    if (step.if !== undefined && evaluate(step.if, outputs) !== 'true') continue;
    const outputFile = join(mkdtempSync(join(tmpdir(), 'okr-release-out-')), 'output');
    writeFileSync(outputFile, '');
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, outputs)]));
    execFileSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', HOME: work, GITHUB_OUTPUT: outputFile, ...stepEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const line of readFileSync(outputFile, 'utf8').split('\n').filter(Boolean)) {
      const [key, ...value] = line.split('=');
      outputs[key!] = value.join('=');
    }
  }
  return outputs;
}

describe('the release workflow', () => {
  it('tags v1.0.0 and creates v1 on it, moves v1 to v1.0.1, and does nothing for a version already tagged', () => {
    const root = mkdtempSync(join(tmpdir(), 'okr-release-'));
    const origin = join(root, 'origin.git');
    const work = join(root, 'work');
    execFileSync('git', ['init', '--quiet', '--bare', origin]);
    execFileSync('git', ['init', '--quiet', '--initial-branch', 'main', work]);
    const commit = (releaseVersion: string) => {
      writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'okr-scorecard', version: releaseVersion }));
      git(work, 'add', 'package.json');
      git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '--quiet', '-m', releaseVersion);
      return git(work, 'rev-parse', 'HEAD');
    };
    const tagged = (tag: string) => git(origin, 'rev-parse', `refs/tags/${tag}^{commit}`);
    git(work, 'remote', 'add', 'origin', origin);
    commit('0.1.0');
    git(work, 'tag', 'v0.1.0');

    const first = commit(version);
    expect(runTaggingSteps(work)).toEqual({ version, tag: `v${version}`, major: 'v1', released: 'false' });
    expect(tagged(`v${version}`)).toBe(first);
    expect(tagged('v1')).toBe(first);
    expect(git(origin, 'tag', '--list', 'v1', '--format=%(contents:subject)')).toBe(`v1: latest is v${version}`);

    const next = commit('1.0.1');
    expect(runTaggingSteps(work)).toMatchObject({ tag: 'v1.0.1', major: 'v1', released: 'false' });
    expect(tagged('v1.0.1')).toBe(next);
    expect(tagged('v1')).toBe(next);
    expect(tagged(`v${version}`)).toBe(first);

    expect(runTaggingSteps(work)).toMatchObject({ tag: 'v1.0.1', released: 'true' });
    expect(git(origin, 'tag', '--list').split('\n').sort()).toEqual(['v1', 'v1.0.0', 'v1.0.1']);
  });
});
