/**
 * The bundled action (dist/index.js, `npm run build` first) as a GitHub runner runs it: Node loads the one file
 * action.yml names, with every input action.yml declares set from its default or the step's `with:`. A few runs
 * end to end; everything the action does is tested in-process (tests/e2e/, tests/support/run-action.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoGitHubOkrsText } from '../../demo/scenario.js';
import { runBundledAction } from '../support/run-dist.js';
import type { ActionRunOptions } from '../support/runner.js';
import { pullRequestEvent } from '../support/events.js';
import { useStandIn } from '../support/stand-in.js';

const TOKEN = 'ghs_bundleSecretToken0123456789';
const standIn = useStandIn();

async function run(options: Partial<ActionRunOptions> = {}) {
  const github = await standIn.start({ history: demoHistory() });
  const result = await runBundledAction({
    apiUrl: github.url,
    files: { '.github/okrs.yml': demoGitHubOkrsText },
    token: TOKEN,
    ...options,
    with: { 'as-of': DEMO_AS_OF, metrics: '{"p99-latency-ms": 112}', ...options.with },
  });
  return { result, github };
}

describe('dist/index.js', () => {
  it('on a schedule: scores every key result, writes the summary, the outputs and the JSON report', async () => {
    const { result } = await run();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(report).toMatchObject({ version: 1, repository: 'acme/payments', asOf: '2026-11-28T12:00:00.000Z' });
    const krs = report.objectives.flatMap((o: { keyResults: { status: string }[] }) => o.keyResults);
    expect(krs).toHaveLength(12);
    expect(krs.filter((kr: { status: string }) => kr.status === 'error')).toEqual([]);
    expect(result.outputs.status).toBe(report.status);
    expect(result.summary).toContain('Nine in ten CI builds finish within 10 minutes');
    expect(result.stdout).toMatch(/::group::GitHub API: \d+ requests/);
    // The runner masks what `::add-mask::` names; nothing else prints the token.
    expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN);
  });

  it('on a pull request: one sticky comment by the job token’s bot', async () => {
    const event = pullRequestEvent({ repository: 'acme/payments', number: 2098 });
    const { result, github } = await run({ eventName: 'pull_request', event });
    expect(result.code).toBe(0);
    expect(result.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    const comments = github.state.repositories.get('acme/payments')!.comments.filter((c) => c.issueNumber === 2098);
    expect(comments.map((c) => c.user)).toEqual(['github-actions[bot]']);
  });

  it('a broken runner file: one ::error:: naming it, no stack trace, the scorecard still delivered', async () => {
    const path = join(tmpdir(), `okr-bundle-event-${process.pid}.json`);
    writeFileSync(path, '{"pull_request": {"number": 7,');
    const { result } = await run({ env: { GITHUB_EVENT_PATH: path } });
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error::the event file GITHUB_EVENT_PATH \(".*\.json"\) is not valid JSON/m);
    expect(result.summary).toContain('2026-Q4');
  });
});
