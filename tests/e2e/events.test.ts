/**
 * The bundled action (dist/index.js, `npm run build` first) on each event that can trigger it, with the payload
 * GitHub sends (tests/support/events.ts), and with each kind of token: where the comment goes, where the goalpost
 * guard reads the base file, what `comment: auto` does, and what a read-only token still delivers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub, FakeGitHubOptions } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { appInstallation, personalToken, readOnly, GITHUB_TOKEN_IDENTITY } from '../../src/fake-github/tokens.js';
import type { TokenIdentity } from '../../src/fake-github/options.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoGitHubOkrsText } from '../../demo/scenario.js';
import { runAction, type ActionRunOptions } from '../support/run-dist.js';
import {
  BASE_SHA,
  pullRequestEvent,
  pushEvent,
  scheduleEvent,
  workflowDispatchEvent,
  workflowRunEvent,
} from '../support/events.js';

const standIn = useStandIn();

const REPOSITORY = 'acme/payments';
const TOKEN = 'ghs_eventsJobToken0123456789abcdef';
const PR = 2098;
/** Another pull request of the demo's repository: a comment must never land there. */
const OTHER_PR = 2097;
const BASE_FILE = `.github/okrs.yml@${BASE_SHA}`;
/** The OKR file of a pull request that lowers a target after the period started: a moved goalpost. */
const LOWERED = demoGitHubOkrsText.replace(
  '        baseline: 32m\n        target: 15m',
  '        baseline: 32m\n        target: 25m',
);
let github: FakeGitHub | undefined;

/** The demo's history, with the OKR file as it is on the base commit of the pull requests. */
function historyWithBase() {
  const [payments, ...others] = demoHistory().repositories;
  return {
    repositories: [{ ...payments!, files: { ...payments!.files, [BASE_FILE]: demoGitHubOkrsText } }, ...others],
  };
}

async function start(identity: TokenIdentity = GITHUB_TOKEN_IDENTITY, options: Partial<FakeGitHubOptions> = {}) {
  github = await standIn.start({ history: historyWithBase(), tokens: { [TOKEN]: identity }, ...options });
  return github;
}

function run(gh: FakeGitHub, eventName: string, event: unknown, options: Partial<ActionRunOptions> = {}) {
  return runAction({
    apiUrl: gh.url,
    files: { '.github/okrs.yml': demoGitHubOkrsText },
    token: TOKEN,
    repository: REPOSITORY,
    eventName,
    event,
    ...options,
    with: { 'as-of': DEMO_AS_OF, metrics: '{"p99-latency-ms": 112}', ...options.with },
  });
}

const state = (gh: FakeGitHub) => gh.state.repositories.get(REPOSITORY)!;
const commentsOn = (gh: FakeGitHub, number: number) => state(gh).comments.filter((c) => c.issueNumber === number);
const writes = (gh: FakeGitHub) => gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql');
const warnings = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::warning'));
const baseFileReads = (gh: FakeGitHub) =>
  gh.requests.filter((r) => r.path.includes('/contents/') && r.path.includes(BASE_SHA));
const findings = (reportPath: string) =>
  (JSON.parse(readFileSync(reportPath, 'utf8')) as { findings: { rule: string }[] }).findings.map((f) => f.rule);

describe('pull_request', () => {
  it("opened, then synchronize: one comment on the payload's pull request, edited in place", async () => {
    const gh = await start();
    const opened = await run(gh, 'pull_request', pullRequestEvent({ repository: REPOSITORY, number: PR }));
    expect(opened.code).toBe(0);
    expect(opened.outputs['comment-url']).toMatch(new RegExp(`/${PR}#issuecomment-\\d+$`));
    const pushed = pullRequestEvent({
      repository: REPOSITORY,
      number: PR,
      action: 'synchronize',
      headSha: 'd'.repeat(40),
    });
    const synchronized = await run(gh, 'pull_request', pushed);
    expect(synchronized.outputs['comment-url']).toBe(opened.outputs['comment-url']);
    expect(commentsOn(gh, PR)).toHaveLength(1);
    expect(commentsOn(gh, PR)[0]!.user).toBe('github-actions[bot]');
    expect(commentsOn(gh, OTHER_PR)).toEqual([]);
  });

  it('the goalpost guard reads the base file from base.repo at base.sha', async () => {
    const gh = await start();
    const result = await run(gh, 'pull_request', pullRequestEvent({ repository: REPOSITORY, number: PR }), {
      files: { '.github/okrs.yml': LOWERED },
    });
    expect(result.code).toBe(0);
    expect(baseFileReads(gh).map((r) => r.path)).toEqual([
      expect.stringMatching(new RegExp(`^/repos/acme/payments/contents/\\.github(/|%2F)okrs\\.yml\\?ref=${BASE_SHA}$`)),
    ]);
    expect(findings(result.outputs.report!)).toContain('moved-goalposts');
    expect(commentsOn(gh, PR)[0]!.body).toContain('Changes to the OKRs');
  });

  it('from a fork, with its read-only token: warns, writes the summary and outputs, and passes', async () => {
    const gh = await start(readOnly(GITHUB_TOKEN_IDENTITY));
    const event = pullRequestEvent({ repository: REPOSITORY, number: PR, fork: 'forker/payments' });
    const result = await run(gh, 'pull_request', event, {
      files: { '.github/okrs.yml': LOWERED },
      with: { issue: 'OKRs' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/::warning::.*(read-only|fork|pull_request_target)/i);
    expect(result.summary).toContain('2026-Q4');
    expect(result.outputs.status).toMatch(/^(achieved|on-track|at-risk|off-track)$/);
    expect(result.outputs['comment-url'] ?? '').toBe('');
    expect(commentsOn(gh, PR)).toEqual([]);
    expect(state(gh).issues.filter((i) => i.title === 'OKRs')).toEqual([]);
    // The base file is the base repository's, never the fork's (which the stand-in does not even have).
    expect(baseFileReads(gh).map((r) => r.path)).toEqual([expect.stringMatching(/^\/repos\/acme\/payments\//)]);
    expect(findings(result.outputs.report!)).toContain('moved-goalposts');
  });
});

describe('pull_request_target', () => {
  it("comments on a fork's pull request, and guards against the base repository's file", async () => {
    const gh = await start();
    const event = pullRequestEvent({ repository: REPOSITORY, number: PR, fork: 'forker/payments' });
    const result = await run(gh, 'pull_request_target', event, { files: { '.github/okrs.yml': LOWERED } });
    expect(result.code).toBe(0);
    expect(result.outputs['comment-url']).toMatch(new RegExp(`/${PR}#issuecomment-\\d+$`));
    expect(commentsOn(gh, PR)).toHaveLength(1);
    expect(baseFileReads(gh).map((r) => r.path)).toEqual([expect.stringMatching(/^\/repos\/acme\/payments\//)]);
    expect(gh.requests.filter((r) => r.path.includes('forker'))).toEqual([]);
    expect(findings(result.outputs.report!)).toContain('moved-goalposts');
  });

  it('a base.repo.full_name in another case than GITHUB_REPOSITORY is the same repository', async () => {
    const gh = await start();
    const event = pullRequestEvent({ repository: REPOSITORY, number: PR, baseRepository: 'Acme/Payments' });
    const result = await run(gh, 'pull_request_target', event, { files: { '.github/okrs.yml': LOWERED } });
    expect(result.code).toBe(0);
    expect(findings(result.outputs.report!)).toContain('moved-goalposts');
    const second = await run(gh, 'pull_request_target', event, { files: { '.github/okrs.yml': LOWERED } });
    expect(second.outputs['comment-url']).toBe(result.outputs['comment-url']);
    expect(commentsOn(gh, PR)).toHaveLength(1);
  });
});

describe('workflow_run after a pull request workflow', () => {
  it('comments on the one pull request GitHub names', async () => {
    const gh = await start();
    const event = workflowRunEvent({ repository: REPOSITORY, event: 'pull_request', pullRequests: [PR] });
    const result = await run(gh, 'workflow_run', event);
    expect(result.code).toBe(0);
    expect(warnings(result.stdout)).toEqual([]);
    expect(commentsOn(gh, PR)).toHaveLength(1);
    expect(commentsOn(gh, OTHER_PR)).toEqual([]);
    // No base to compare with: the run checks out the default branch (README), so no base file is read.
    expect(baseFileReads(gh)).toEqual([]);
  });

  it("names none (a fork's pull request) or several: warns why, comments nowhere, passes", async () => {
    const gh = await start();
    for (const pullRequests of [[], [PR, OTHER_PR]]) {
      const event = workflowRunEvent({ repository: REPOSITORY, event: 'pull_request', pullRequests });
      const result = await run(gh, 'workflow_run', event);
      expect(result.code).toBe(0);
      expect(warnings(result.stdout)).toEqual([
        expect.stringMatching(
          /^::warning::No PR comment: the workflow_run event names no single pull request \(GitHub/,
        ),
      ]);
      expect(result.summary).toContain('2026-Q4');
    }
    expect(writes(gh)).toEqual([]);
  });

  it('names only a pull request of another repository: comments on none here, and says so', async () => {
    const gh = await start();
    const event = workflowRunEvent({
      repository: REPOSITORY,
      event: 'pull_request',
      pullRequests: [PR],
      pullRequestsBase: 'upstream/payments',
    });
    const result = await run(gh, 'workflow_run', event);
    expect(result.code).toBe(0);
    expect(warnings(result.stdout)).toEqual([expect.stringMatching(/pull requests of other repositories/)]);
    expect(writes(gh)).toEqual([]);
  });

  it('after a push workflow: auto comments nowhere, always comments on the pull request named', async () => {
    const gh = await start();
    const event = workflowRunEvent({ repository: REPOSITORY, event: 'push', pullRequests: [PR] });
    const auto = await run(gh, 'workflow_run', event);
    expect(auto.code).toBe(0);
    expect(warnings(auto.stdout)).toEqual([]);
    expect(writes(gh)).toEqual([]);
    const always = await run(gh, 'workflow_run', event, { with: { comment: 'always' } });
    expect(always.code).toBe(0);
    expect(commentsOn(gh, PR)).toHaveLength(1);
  });
});

describe('events without a pull request', () => {
  const cases: [string, unknown][] = [
    ['push', pushEvent({ repository: REPOSITORY })],
    ['schedule', scheduleEvent({ repository: REPOSITORY })],
    ['workflow_dispatch', workflowDispatchEvent({ repository: REPOSITORY })],
  ];

  it.each(cases)('%s: auto writes nothing and says nothing; the summary is written', async (eventName, event) => {
    const gh = await start();
    const result = await run(gh, eventName, event);
    expect(result.code).toBe(0);
    expect(warnings(result.stdout)).toEqual([]);
    expect(writes(gh)).toEqual([]);
    expect(result.summary).toContain('2026-Q4');
  });

  it('push with comment: always warns that there is no pull request, and keeps the tracking issue', async () => {
    const gh = await start();
    const result = await run(gh, 'push', pushEvent({ repository: REPOSITORY }), {
      with: { comment: 'always', issue: 'OKR scorecard' },
    });
    expect(result.code).toBe(0);
    expect(warnings(result.stdout)).toEqual([
      expect.stringMatching(/^::warning::No PR comment: the push event names no single pull request\. /),
    ]);
    expect(result.outputs['issue-url']).toMatch(/\/issues\/\d+$/);
    expect(state(gh).comments).toEqual([]);
  });
});

describe('tokens', () => {
  const kinds: [string, TokenIdentity][] = [
    ['a GitHub App installation token', appInstallation('okr-bot')],
    ['a personal access token', personalToken('octocat')],
  ];

  it.each(kinds)('%s: one comment and one tracking issue, by its own login, across runs', async (_, identity) => {
    const gh = await start(identity);
    const event = pullRequestEvent({ repository: REPOSITORY, number: PR });
    const first = await run(gh, 'pull_request', event, { with: { issue: 'OKR scorecard' } });
    const second = await run(gh, 'pull_request', event, { with: { issue: 'OKR scorecard' } });
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(second.outputs['issue-url']).toBe(first.outputs['issue-url']);
    expect(commentsOn(gh, PR).map((c) => c.user)).toEqual([identity.login]);
    const issues = state(gh).issues.filter((i) => i.title === 'OKR scorecard');
    expect(issues.map((i) => [i.user, i.state])).toEqual([[identity.login, 'open']]);
  });

  it('a read-only GitHub App token on pull_request_target: warns, delivers the summary, passes', async () => {
    const gh = await start(readOnly(appInstallation('okr-bot')));
    const event = pullRequestEvent({ repository: REPOSITORY, number: PR, fork: 'forker/payments' });
    const result = await run(gh, 'pull_request_target', event);
    expect(result.code).toBe(0);
    expect(warnings(result.stdout).length).toBeGreaterThan(0);
    expect(result.summary).toContain('2026-Q4');
    expect(commentsOn(gh, PR)).toEqual([]);
    // The runner consumes `::add-mask::` (how the token is registered for masking) and shows it to nobody.
    const shown = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(shown.join('\n') + result.summary).not.toContain(TOKEN);
  });
});
