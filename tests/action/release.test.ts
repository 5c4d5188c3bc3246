/**
 * Release conventions: the release workflow takes its notes from CHANGELOG.md (scripts/release-notes.mjs) and
 * its tag from package.json's version; `okr-scorecard --version` (tests/bundle/cli.test.ts) prints that version.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
