import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { readFileText } from '../../src/github/contents.js';
import { OWNER, REPO, history, testClient } from './support/history.js';

const standIn = useStandIn();
let github: FakeGitHub | undefined;

describe('readFileText', () => {
  it('returns a file’s text, and null when there is no such file', async () => {
    const text = 'version: 1\nperiod: 2026-Q4 # “quoted” ünïcode\n';
    github = await standIn.start({ history: history({ files: { 'okrs/company.yml': text } }) });
    const octokit = testClient(github.url);

    expect(await readFileText(octokit, { owner: OWNER, repo: REPO, path: 'okrs/company.yml', ref: 'main' })).toBe(text);
    expect(await readFileText(octokit, { owner: OWNER, repo: REPO, path: 'okrs/missing.yml' })).toBeNull();
    expect(github.requests[0]!.path).toContain('ref=main');
  });
});
