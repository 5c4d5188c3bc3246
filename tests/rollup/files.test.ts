import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveWorkspaceFiles } from '../../src/okrs/files.js';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { sharedFetcher } from '../../src/github/shared-fetch.js';
import { sourceKey } from '../../src/github/fetch.js';
import type { SourceSpec } from '../../src/github/sources.js';
import { OWNER, REPO, SINCE, UNTIL, history, issue, testClient } from '../github/support/history.js';

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'okr-files-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the okrs input as files', () => {
  it("keeps plain paths as given, sorts each glob's matches, drops repeats and comment lines", async () => {
    const root = workspace({ 'teams/b/okrs.yml': '', 'teams/a/okrs.yml': '', 'company.yml': '' });
    const input = '# the company first\n./company.yml\n\n  teams/*/okrs.yml  \ncompany.yml\nmissing.yml\n';
    expect(await resolveWorkspaceFiles(input, root, 'OKR file')).toEqual({
      ok: true,
      files: ['./company.yml', 'teams/a/okrs.yml', 'teams/b/okrs.yml', 'missing.yml'],
    });
  });

  it('never matches under .git or through a symlink that leaves the workspace or leads into .git', async () => {
    const root = workspace({ '.git/okrs.yml': '', 'nested/.git/okrs.yml': '', 'ok/okrs.yml': '' });
    const outside = workspace({ 'okrs.yml': '' });
    symlinkSync(join(outside, 'okrs.yml'), join(root, 'ok', 'outside.yml'));
    symlinkSync(join(root, '.git', 'okrs.yml'), join(root, 'ok', 'config.yml'));
    expect(await resolveWorkspaceFiles('**/*.yml', root, 'OKR file')).toEqual({ ok: true, files: ['ok/okrs.yml'] });
  });

  it('never matches under .git in another letter case (the same folder on macOS and Windows)', async () => {
    const root = workspace({ '.GIT/okrs.yml': '', 'sub/.Git/okrs.yml': '', 'ok/okrs.yml': '' });
    expect(await resolveWorkspaceFiles('**/*.yml', root, 'OKR file')).toEqual({ ok: true, files: ['ok/okrs.yml'] });
  });

  it('refuses paths that leave the workspace, globs that match nothing, and an empty input', async () => {
    const root = workspace({ 'a.yml': '' });
    expect(await resolveWorkspaceFiles('../x/*.yml', root, 'OKR file')).toMatchObject({
      ok: false,
      error: expect.stringContaining('outside'),
    });
    expect(await resolveWorkspaceFiles('/etc/*.yml', root, 'OKR file')).toMatchObject({ ok: false });
    expect(await resolveWorkspaceFiles('b/*.yml', root, 'Report')).toEqual({
      ok: false,
      error: 'Report "b/*.yml" matches no file in the workspace',
    });
    expect(await resolveWorkspaceFiles(' \n# nothing\n', root, 'OKR file')).toMatchObject({ ok: false });
  });
});

describe('listings shared by several files', () => {
  const standIn = useStandIn();
  let github: FakeGitHub | undefined;

  it('fetches a listing once for every file it covers, and on its own what the union does not cover', async () => {
    github = await standIn.start({ history: history({ issues: [issue('2026-10-03T00:00:00Z')] }) });
    const scope = { owner: OWNER, repo: REPO, kind: 'issues' as const, labels: ['incident'] };
    const october: SourceSpec = { ...scope, since: SINCE, until: new Date('2026-11-01T00:00:00Z') };
    const quarter: SourceSpec = { ...scope, since: SINCE, until: UNTIL };
    const fetch = sharedFetcher(testClient(github.url), [october, quarter]);

    const first = await fetch([october]);
    const afterFirst = github.requests.length;
    const second = await fetch([quarter]);
    expect(github.requests.length).toBe(afterFirst);
    expect(second.get(sourceKey(quarter))).toBe(first.get(sourceKey(october)));

    const wider: SourceSpec = { ...scope, since: new Date('2026-09-01T00:00:00Z'), until: UNTIL };
    const own = await fetch([wider]);
    expect(github.requests.length).toBeGreaterThan(afterFirst);
    expect(own.get(sourceKey(wider))).toMatchObject({ ok: true });
  });
});
