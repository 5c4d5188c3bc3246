/**
 * A broken runner environment, through the bundled action as a runner runs it: each problem is one clear
 * `::error::` (never a stack trace), and whatever can still be written (summary, outputs, comment) is.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoGitHubOkrsText } from '../../demo/scenario.js';
import { ROOT, runAction, spawnNode, type ActionRunOptions } from '../support/run-dist.js';
import { startSilentServer } from '../support/silent-server.js';
import { pullRequestEvent } from '../support/events.js';

const standIn = useStandIn();

const TOKEN = 'ghs_e2eRunnerEnvToken0123456789';
let github: FakeGitHub | undefined;

/** `hang`: the stand-in never answers the first pull request listing (a hung request). */
async function run(options: Partial<ActionRunOptions> & { hang?: boolean } = {}) {
  github = await standIn.start({ history: demoHistory(), faults: options.hang ? { hangPaths: /\/pulls\?/ } : {} });
  return runAction({
    apiUrl: github.url,
    files: { '.github/okrs.yml': demoGitHubOkrsText },
    token: TOKEN,
    ...options,
    with: { 'as-of': DEMO_AS_OF, metrics: '{"p99-latency-ms": 112}', ...options.with },
  });
}

const scratch = () => mkdtempSync(join(tmpdir(), 'okr-env-'));
const errorLines = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::error'));

function expectNoStackTrace(result: { stdout: string; stderr: string }) {
  expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);
  expect(result.stderr).toBe('');
}

describe('the event file', () => {
  it('malformed: one error naming the file, and the scorecard is still scored and delivered', async () => {
    const path = join(scratch(), 'event.json');
    writeFileSync(path, '{"pull_request": {"number": 7,');
    const result = await run({ env: { GITHUB_EVENT_PATH: path } });

    expectNoStackTrace(result);
    expect(result.code).toBe(1);
    expect(errorLines(result.stdout)[0]).toMatch(
      /^::error::the event file GITHUB_EVENT_PATH \(".*event\.json"\) is not valid JSON/,
    );
    expect(result.summary).toContain('2026-Q4');
    expect(result.outputs.status).toMatch(/^(achieved|on-track|at-risk|off-track)$/);
    expect(result.outputs.report).toMatch(/report-github-okrs-yml-[0-9a-f]{8}\.json$/);
  });

  it('a directory or a FIFO is an error, not a hang', async () => {
    const folder = scratch();
    mkdirSync(join(folder, 'event.json'));
    execFileSync('mkfifo', [join(folder, 'fifo.json')]);
    for (const [name, reason] of [
      ['event.json', 'it is a directory, not a file'],
      ['fifo.json', 'it is not a regular file (a FIFO or a device?)'],
    ] as const) {
      const result = await run({ env: { GITHUB_EVENT_PATH: join(folder, name) } });
      expectNoStackTrace(result);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`could not be read: ${reason}`);
      expect(result.summary).toContain('2026-Q4');
    }
  });

  it('missing: an error, the rest delivered', async () => {
    const result = await run({ env: { GITHUB_EVENT_PATH: join(scratch(), 'nowhere.json') } });
    expectNoStackTrace(result);
    expect(result.stdout).toMatch(/::error::the event file .* could not be read: no such file/);
    expect(result.outputs.score).toMatch(/^\d\.\d\d$/);
  });
});

describe('GITHUB_API_URL that is not a URL', () => {
  it('says so once, writes the summary and the status output, and sends nothing', async () => {
    const result = await run({ env: { GITHUB_API_URL: 'not a url' } });
    expectNoStackTrace(result);
    expect(result.code).toBe(1);
    expect(errorLines(result.stdout)).toEqual([
      '::error::GITHUB_API_URL is not an http(s) URL ("not a url"): the runner sets it to the API of the GitHub that ' +
        'runs the job; unset it, or set it to e.g. https://api.github.com.',
    ]);
    expect(result.summary).toContain('Nothing was scored:** GITHUB\\_API\\_URL is not an http');
    expect(result.outputs).toMatchObject({ status: 'error', score: '' });
    expect(github!.requests).toEqual([]);
  });
});

describe('an unwritable GITHUB_OUTPUT', () => {
  it('is an error, and the summary and the PR comment are still delivered', async () => {
    const notAFile = scratch();
    const result = await run({
      env: { GITHUB_OUTPUT: notAFile },
      eventName: 'pull_request',
      event: pullRequestEvent({ repository: 'acme/payments', number: 2098 }),
    });
    expectNoStackTrace(result);
    expect(result.code).toBe(1);
    const errors = errorLines(result.stdout);
    expect(errors[0]).toMatch(/^::error::The step's outputs could not be written \(.*\): check GITHUB_OUTPUT/);
    expect(errors.filter((line) => line.includes('outputs could not be written'))).toHaveLength(1);
    expect(result.summary).toContain('2026-Q4');
    const comments = github!.state.repositories.get('acme/payments')!.comments.filter((c) => c.issueNumber === 2098);
    expect(comments).toHaveLength(1);
  });
});

describe('as-of', () => {
  it('is strict ISO 8601: "yesterday 1" is refused, not read as 2001', async () => {
    const result = await run({ with: { 'as-of': 'yesterday 1' } });
    expectNoStackTrace(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error::input "as-of": expected an ISO 8601 time like 2026-11-28T12:00:00Z (or a date like 2026-11-28), got ' +
        '"yesterday 1"',
    );
    expect(github!.requests).toEqual([]);
  });
});

describe("the run's deadline", () => {
  it('a GitHub that accepts and never answers: each key result from GitHub errors, the rest is delivered', async () => {
    const silent = await startSilentServer();
    try {
      const result = await runAction({
        apiUrl: silent.url,
        files: { '.github/okrs.yml': demoGitHubOkrsText },
        token: TOKEN,
        with: { 'as-of': DEMO_AS_OF, metrics: '{"p99-latency-ms": 112}', deadline: '2s' },
      });
      expectNoStackTrace(result);
      expect(result.code).toBe(1);
      const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
      const krs = report.objectives.flatMap((o: { keyResults: { metric: { type: string } }[] }) => o.keyResults);
      const fromGitHub = krs.filter((kr: { metric: { type: string } }) => kr.metric.type !== 'value');
      expect(new Set(fromGitHub.map((kr: { error: string }) => kr.error))).toEqual(
        new Set([
          "GitHub did not answer in time: the run's deadline of 2s passed before this was read. " +
            'Re-run later, or allow more time with the `deadline` input.',
        ]),
      );
      // The supplied value is still measured and scored.
      expect(krs.filter((kr: { status: string }) => kr.status !== 'error')).not.toEqual([]);
      expect(result.outputs.status).toBe('error');
      expect(result.summary).toContain("the run's deadline of 2s passed");
    } finally {
      await silent.close();
    }
  });

  it('one listing that hangs errors its own key results; the others and the PR comment are delivered', async () => {
    const result = await run({
      with: { deadline: '8s' },
      eventName: 'pull_request',
      event: pullRequestEvent({ repository: 'acme/payments', number: 2098 }),
      hang: true,
    });
    expectNoStackTrace(result);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    const krs = report.objectives.flatMap((o: { keyResults: { metric: { type: string } }[] }) => o.keyResults);
    const errors = krs.filter((kr: { status: string }) => kr.status === 'error');
    expect(errors.map((kr: { metric: { type: string } }) => kr.metric.type)).toEqual(['pr-merge-time']);
    expect(krs.length - errors.length).toBeGreaterThan(5);
    const comments = github!.state.repositories.get('acme/payments')!.comments.filter((c) => c.issueNumber === 2098);
    expect(comments).toHaveLength(1);
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
  });
});

describe('a FIFO or a directory given as a file', () => {
  it('as the OKR file: an error naming it, not a hang', async () => {
    for (const [make, reason] of [
      [(path: string) => execFileSync('mkfifo', [path]), 'it is not a regular file (a FIFO or a device?)'],
      [(path: string) => mkdirSync(path), 'it is a directory, not a file'],
    ] as const) {
      const result = await run({
        files: {},
        beforeRun: (workspace) => {
          mkdirSync(join(workspace, '.github'), { recursive: true });
          make(join(workspace, '.github', 'okrs.yml'));
        },
      });
      expectNoStackTrace(result);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`::error::OKR file: file ".github/okrs.yml" cannot be read: ${reason}`);
    }
  });

  it('to the CLI, as the OKR file or as @metrics: an error naming it, exit code 2', async () => {
    const folder = scratch();
    execFileSync('mkfifo', [join(folder, 'fifo')]);
    writeFileSync(join(folder, 'okrs.yml'), demoGitHubOkrsText);
    const env = { PATH: process.env.PATH ?? '' };
    const cli = (...args: string[]) => spawnNode([join(ROOT, 'dist', 'cli.js'), ...args], env, folder);
    const fifo = 'it is not a regular file (a FIFO or a device?)';

    const okrs = await cli('--okrs', 'fifo', '--repo', 'acme/payments');
    expect(okrs).toMatchObject({ code: 2, stdout: '' });
    expect(okrs.stderr).toBe(`okr-scorecard: fifo: ${fifo} (give the OKR file with --okrs FILE)\n`);

    const lint = await cli('lint', '.');
    expect(lint).toMatchObject({ code: 2, stderr: 'okr-scorecard: .: it is a directory, not a file\n' });

    const metrics = await cli('--okrs', 'okrs.yml', '--repo', 'acme/payments', '--metrics', '@fifo');
    expect(metrics).toMatchObject({ code: 2, stderr: `okr-scorecard: --metrics: fifo: ${fifo}\n` });
  });
});
