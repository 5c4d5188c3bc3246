/**
 * Hostile pull requests (SPEC §7), through the action as a runner runs its step (in-process): a `pull_request_target`
 * workflow scores the PR's own OKR file, so every path in it, and every symlink in the checkout, is untrusted.
 * `actions/checkout` leaves the job's token in `.git/config`; none of it may reach anything we publish.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoGitHubOkrsText } from '../../demo/scenario.js';
import { runAction, type ActionRun, type ActionRunOptions } from '../support/run-action.js';
import { pullRequestEvent } from '../support/events.js';
import { published } from '../support/published.js';

const TOKEN = 'ghs_checkoutToken0123456789abcdefABCDEF';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
/** What actions/checkout (persist-credentials: true, the default) writes into the workspace. */
const GIT_CONFIG = [
  '[core]',
  '\trepositoryformatversion = 0',
  '[remote "origin"]',
  '\turl = https://github.com/acme/payments',
  '[http "https://github.com/"]',
  `\textraheader = AUTHORIZATION: basic ${BASIC}`,
  '',
].join('\n');

const standIn = useStandIn();
let github: FakeGitHub | undefined;

const PR = 2098;
/** GitHub's own payload of a pull request from a fork: the set-up where the OKR file is a stranger's. */
const prEvent = pullRequestEvent({ repository: 'acme/payments', number: PR, fork: 'mallory/payments' });

async function runPr(options: Partial<ActionRunOptions>): Promise<{ gh: FakeGitHub; result: ActionRun }> {
  github = await standIn.start({ history: demoHistory() });
  const result = await runAction({
    apiUrl: github.url,
    eventName: 'pull_request_target',
    event: prEvent,
    ...options,
    files: { '.git/config': GIT_CONFIG, ...options.files },
    with: { 'github-token': TOKEN, 'as-of': DEMO_AS_OF, issue: 'OKR scorecard', ...options.with },
  });
  return { gh: github, result };
}

function expectNoCredential(text: string): void {
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(BASIC);
  // Not even a piece of it: a YAML error quotes a window of the line it failed on.
  expect(text).not.toContain(BASIC.slice(0, 16));
  expect(text).not.toMatch(/extraheader/i);
}

describe('no path or symlink in a pull request brings .git/config into anything posted', () => {
  it('.github/okrs.yml as a symlink to ../.git/config', async () => {
    const { gh, result } = await runPr({
      beforeRun: (workspace) => {
        mkdirSync(join(workspace, '.github'), { recursive: true });
        symlinkSync('../.git/config', join(workspace, '.github', 'okrs.yml'));
      },
    });
    expectNoCredential(published(gh, result));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::OKR file: file ".github/okrs.yml": it leads into a .git directory, which holds the checkout\'s ' +
        'credentials: refused',
    );
  });

  it.each(['.git/config', './.github/../.git/config', '.GIT/config'])('okrs: %s', async (okrs) => {
    const { gh, result } = await runPr({ with: { okrs } });
    expectNoCredential(published(gh, result));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::OKR file: file .*(: it leads into a \.git directory| is outside the workspace)/,
    );
  });

  it('a symlinked directory that leads into .git', async () => {
    const { gh, result } = await runPr({
      with: { okrs: 'okrs/config' },
      beforeRun: (workspace) => symlinkSync('.git', join(workspace, 'okrs')),
    });
    expectNoCredential(published(gh, result));
    expect(result.stdout).toMatch(/::error::OKR file: file "okrs\/config": it leads into a \.git directory/);
  });

  it('a value metric whose file leads into .git is refused on its line, as lint refuses it', async () => {
    const okrs = demoGitHubOkrsText.replace(
      /metric: \{ type: value, name: p99-latency-ms[^}]*\}/,
      'metric: { type: value, file: .git/config, path: core }',
    );
    expect(okrs).not.toBe(demoGitHubOkrsText);
    const { gh, result } = await runPr({ files: { '.github/okrs.yml': okrs } });
    expectNoCredential(published(gh, result));
    expect(result.stdout).toMatch(/::error title=Invalid OKR file,file=\.github\/okrs\.yml,line=\d+,.*not under \.git/);
  });

  it('a company file path that leads into .git is refused on its line', async () => {
    const okrs = demoGitHubOkrsText.replace('path: okrs/company.yml', 'path: .git/config');
    const { gh, result } = await runPr({ files: { '.github/okrs.yml': okrs } });
    expectNoCredential(published(gh, result));
    expect(result.stdout).toMatch(/::error title=Invalid OKR file,file=\.github\/okrs\.yml,line=10,.*\.git/);
  });
});

describe('only regular files', () => {
  it('a directory or a FIFO as the OKR file is a clear error, not a hang', async () => {
    const folder = await runPr({ with: { okrs: '.github' }, files: { '.github/okrs.yml': demoGitHubOkrsText } });
    expect(folder.result.code).toBe(1);
    expect(folder.result.stdout).toContain(
      '::error::OKR file: file ".github" cannot be read: it is a directory, not a file',
    );
    const fifo = await runPr({
      with: { okrs: 'okrs.fifo' },
      beforeRun: (workspace) => execFileSync('mkfifo', [join(workspace, 'okrs.fifo')]),
    });
    expect(fifo.result.code).toBe(1);
    expect(fifo.result.stdout).toMatch(/::error::OKR file: file "okrs\.fifo" cannot be read: it is not a regular file/);
    expect(fifo.result.stdout + fifo.result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});

describe('redaction at every sink (SPEC §7)', () => {
  it('titles carrying the token, its checkout form and other GitHub tokens are published as ***', async () => {
    const other = `ghp_${'Pq7'.repeat(12)}`;
    const okrs = demoGitHubOkrsText
      .replace('title: Run a payment platform', `title: "Run ${TOKEN} a payment platform`)
      .replace('merchants can rely on without a second thought', `merchants can rely on ${BASIC}"`)
      .replace(
        'title: Incidents opened this quarter fall from 14 to 4',
        `title: "Incidents ${other} fall, see ghs_${'z'.repeat(36)}"`,
      );
    expect(okrs).toContain(other);
    const { gh, result } = await runPr({ files: { '.github/okrs.yml': okrs } });
    const text = published(gh, result);
    expectNoCredential(text);
    expect(text).not.toContain(other);
    expect(text).not.toContain(`ghs_${'z'.repeat(36)}`);
    // Redacted before the title is escaped (and so before anything could clip it): Markdown shows `***` as written.
    expect(result.summary).toContain('Incidents \\*\\*\\* fall');
    const comment = gh.state.repositories.get('acme/payments')?.comments.find((c) => c.issueNumber === PR);
    expect(comment?.body).toContain('Incidents \\*\\*\\* fall');
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report.objectives[0].title).toBe('Run *** a payment platform merchants can rely on ***');
  });
});

describe('repository names that are paths', () => {
  it('the repository input ../.. is refused, naming the input, before any request', async () => {
    const { gh, result } = await runPr({ with: { repository: '../..' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::input "repository": expected a repository like "acme\/payments"/);
    expect(gh.requests).toEqual([]);
  });

  it('repository: ../.. in the OKR file is an error on its line, and GET /issues is never asked', async () => {
    const okrs = demoGitHubOkrsText.replace(
      'metric: { type: issue-count, labels: [incident] }',
      'metric: { type: issue-count, repository: ../.., labels: [incident] }',
    );
    expect(okrs).not.toBe(demoGitHubOkrsText);
    const { gh, result } = await runPr({ files: { '.github/okrs.yml': okrs } });
    expect(result.stdout).toMatch(
      new RegExp(
        String.raw`::error title=Invalid OKR file,file=\.github/okrs\.yml,line=\d+,col=\d+::.*repository: ` +
          String.raw`expected a repository like "acme/payments" \(owner/name\), got "\.\./\.\."`,
      ),
    );
    expect(gh.requests.some((r) => /^\/issues(\?|$)/.test(r.path))).toBe(false);
  });
});

describe('the changes to the OKRs are sized like the rest', () => {
  it(
    'a pull request removing 1,000 long-titled key results keeps the scorecard in the comment ' +
      'and the summary within 1 MiB',
    async () => {
      // Each `@` becomes `@` + a zero-width space in Markdown: 299 of them are 1,196 bytes a row.
      const retired = Array.from({ length: 1000 }, (_, i) =>
        [
          `      - title: "${'@'.repeat(290)} ${i}"`,
          `        id: retired-${i}`,
          '        metric: { type: issue-count, labels: [incident] }',
          '        target: 3',
        ].join('\n'),
      );
      const objective = `  - title: Retired objective\n    id: retired\n    key-results:\n${retired.join('\n')}\n`;
      const base = `${demoGitHubOkrsText.trimEnd()}\n${objective}`;
      const history = demoHistory();
      history.repositories[0]!.files = {
        ...history.repositories[0]!.files,
        [`.github/okrs.yml@${'b'.repeat(40)}`]: base,
      };
      github = await standIn.start({ history });
      const result = await runAction({
        apiUrl: github.url,
        eventName: 'pull_request_target',
        event: prEvent,
        files: { '.github/okrs.yml': demoGitHubOkrsText },
        with: { 'github-token': TOKEN, 'as-of': DEMO_AS_OF, metrics: '{"p99-latency-ms": 112}' },
      });
      expect(result.stderr).toBe('');
      const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
      expect(report.changes).toHaveLength(1000);
      expect(report.changes[0]).toMatchObject({ kind: 'removed', objectiveId: 'retired', keyResultId: 'retired-0' });

      const comment =
        github.state.repositories.get('acme/payments')?.comments.find((c) => c.issueNumber === PR)?.body ?? '';
      expect(Buffer.byteLength(result.summary, 'utf8')).toBeLessThanOrEqual(1_048_576);
      expect(comment.length).toBeLessThanOrEqual(65_536);
      const titles = report.objectives.flatMap((o: { keyResults: { title: string }[] }) =>
        o.keyResults.map((kr) => kr.title),
      );
      expect(titles.length).toBeGreaterThan(5);
      for (const title of titles) {
        expect(result.summary).toContain(`| ${title} |`);
        expect(comment).toContain(`| ${title} |`);
      }
      expect(result.summary).toMatch(/> ✂️ … truncated: \d+ changes to the OKRs not shown/);
      expect(comment).toMatch(/> ✂️ … truncated: \d+ changes to the OKRs not shown/);
    },
  );
});
