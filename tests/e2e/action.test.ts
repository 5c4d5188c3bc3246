/**
 * The action, run in-process through its step with the runner's side as GitHub sets it (tests/support/runner.ts),
 * against the loopback GitHub stand-in serving the demo's sample history. The bundle: tests/bundle/.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub, FakeGitHubOptions } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoGitHubOkrsText, demoOkrsText } from '../../demo/scenario.js';
import { demoPrometheusQueries } from '../../demo/prometheus.js';
import { startFakePrometheus } from '../../src/fake-prometheus/server.js';
import { ROOT } from '../support/root.js';
import { runCliIn } from '../support/run-cli.js';
import { runAction, type ActionRun, type ActionRunOptions } from '../support/run-action.js';
import { extractPreviousRun } from '../../src/deliver/marker.js';
import { BASE_SHA, pullRequestEvent } from '../support/events.js';

const standIn = useStandIn();

const TOKEN = 'ghs_e2eSecretToken0123456789';
const history = demoHistory();
let github: FakeGitHub | undefined;

async function start(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  github = await standIn.start({ history, ...options });
  return github;
}

function run(gh: FakeGitHub, options: Partial<ActionRunOptions> = {}) {
  return runAction({
    apiUrl: gh.url,
    files: { '.github/okrs.yml': demoGitHubOkrsText },
    token: TOKEN,
    ...options,
    with: {
      'as-of': DEMO_AS_OF,
      metrics: '{"p99-latency-ms": 112}',
      ...options.with,
    },
  });
}

/** GitHub's own `pull_request` payload (opened), pointed at the stand-in's repository, base commit BASE_SHA. */
const prEvent = (number: number) => pullRequestEvent({ repository: 'acme/payments', number });

function comments(gh: FakeGitHub, issueNumber: number) {
  return (gh.state.repositories.get('acme/payments')?.comments ?? []).filter((c) => c.issueNumber === issueNumber);
}

describe('the action on a schedule', () => {
  it('scores every key result, writes the summary, the outputs and the JSON report', async () => {
    const gh = await start();
    const result = await run(gh);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);

    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    expect(result.outputs.report!.startsWith(result.runnerTemp)).toBe(true);
    expect(report).toMatchObject({ version: 1, repository: 'acme/payments', asOf: '2026-11-28T12:00:00.000Z' });
    const krs = report.objectives.flatMap((o: { keyResults: unknown[] }) => o.keyResults);
    expect(krs).toHaveLength(12);
    expect(krs.filter((kr: { status: string }) => kr.status === 'error')).toEqual([]);
    expect(result.outputs.status).toBe(report.status);
    expect(Number(result.outputs.score)).toBeCloseTo(report.score, 1);

    expect(result.summary).toContain('2026-Q4');
    expect(result.summary).toContain('Nine in ten CI builds finish within 10 minutes');
    // Alignment: the company file in acme/.github was read through the contents API, and names each objective's aim.
    expect(result.summary).toContain(
      'Serves company objective: **Be the payment partner merchants never have to worry about** · reliability',
    );
    // Human units in the table, and the DORA levels beside the four keys' values.
    expect(result.summary).toMatch(/\d+m \d\ds/);
    expect(result.summary.match(/· DORA (elite|high|medium|low)/g)).toHaveLength(4);
    // No comment on a schedule, and nothing written at all.
    // (GraphQL queries are POSTs that only read.)
    expect(gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toEqual([]);
    // The request tally is logged in a collapsed group.
    expect(result.stdout).toMatch(/::group::GitHub API: \d+ requests/);
    // Each request is debug detail, not log noise.
    expect(result.stdout).not.toMatch(/^GET \/repos/m);
  });

  it('gives the same report as the command line tool', async () => {
    const gh = await start();
    // The whole demo file, its prometheus key result read from the stand-in the demo asks too.
    const prometheus = await startFakePrometheus(demoPrometheusQueries());
    const action = await run(gh, {
      files: { '.github/okrs.yml': demoOkrsText },
      with: { 'prometheus-url': prometheus.url },
    }).finally(() => prometheus.close());
    const cli = await runCliIn(ROOT, ['--demo', '--json'], { PATH: process.env.PATH ?? '' });
    expect(cli.code).toBe(0);
    // The demo brings a `value` key result's history of earlier runs (what a tracking issue would carry); this
    // action run has no issue to read one from. Everything else is the same.
    type Kr = { metric: { type: string }; series?: unknown; forecast?: unknown };
    const strip = (r: { objectives: { keyResults: Kr[] }[] }) => ({
      ...r,
      generatedAt: undefined,
      objectives: r.objectives.map((o) => ({
        ...o,
        keyResults: o.keyResults.map((kr) => (kr.metric.type === 'value' ? { ...kr, series: [], forecast: null } : kr)),
      })),
    });
    expect(strip(JSON.parse(readFileSync(action.outputs.report!, 'utf8')))).toEqual(strip(JSON.parse(cli.stdout)));
  });

  it('keeps one tracking issue and updates it', async () => {
    const gh = await start();
    const first = await run(gh, { with: { issue: 'OKR scorecard' } });
    const second = await run(gh, { with: { issue: 'OKR scorecard' } });
    expect(first.code).toBe(0);
    expect(first.outputs['issue-url']).toMatch(/\/issues\/\d+$/);
    expect(second.outputs['issue-url']).toBe(first.outputs['issue-url']);
    const created = gh.state.repositories.get('acme/payments')!.issues.filter((i) => i.title === 'OKR scorecard');
    expect(created).toHaveLength(1);
    expect(created[0]!.labels).toContain('okr-scorecard');
    expect(created[0]!.body).toContain('Nine in ten CI builds');
  });

  it("a value key result's history from the tracking issue reaches the JSON report and the summary", async () => {
    const gh = await start();
    const day = (n: number) => new Date(Date.parse(DEMO_AS_OF) + (n - 2) * 86_400_000).toISOString();
    const daily = [130, 121, 112].map((p99, i) => ({ 'as-of': day(i), metrics: `{"p99-latency-ms": ${p99}}` }));
    let last: ActionRun | undefined;
    for (const inputs of daily) last = await run(gh, { with: { issue: 'OKR scorecard', ...inputs } });
    expect(last!.code).toBe(0);
    const report = JSON.parse(readFileSync(last!.outputs.report!, 'utf8'));
    const p99 = report.objectives
      .flatMap((o: { keyResults: unknown[] }) => o.keyResults)
      .find((kr: { metric: { type: string } }) => kr.metric.type === 'value');
    // The demo's engine-side history is not there in the action: these three points are the three runs'.
    expect(p99.series.map((point: { value: number }) => point.value)).toEqual([130, 121, 112]);
    expect(p99.series.at(-1).at).toBe(day(2));
    expect(last!.summary).toContain('| █▅▁ |');
  });
});

describe('the action on a pull request', () => {
  it('posts one sticky comment and edits it on the next run', async () => {
    const gh = await start();
    const first = await run(gh, { eventName: 'pull_request', event: prEvent(2098) });
    expect(first.code).toBe(0);
    expect(first.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    const second = await run(gh, { eventName: 'pull_request', event: prEvent(2098) });
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    const left = comments(gh, 2098);
    expect(left).toHaveLength(1);
    expect(left[0]!.user).toBe('github-actions[bot]');
    expect(left[0]!.body).toContain('okr-scorecard');
    expect(second.summary).toContain('2026-Q4');
  });

  it('says in the comment when the PR breaks the OKR file, and keeps the last figures for the next run', async () => {
    const gh = await start();
    const pr = { eventName: 'pull_request', event: prEvent(2098) };
    await run(gh, { ...pr, with: { 'as-of': '2026-11-20T12:00:00Z' } });
    const broken = await run(gh, {
      ...pr,
      files: { '.github/okrs.yml': demoGitHubOkrsText.replace('period: 2026-Q4', 'period: 2026-Q5') },
    });
    expect(broken.code).toBe(1);
    expect(comments(gh, 2098)).toHaveLength(1);
    const errorBody = comments(gh, 2098)[0]!.body;
    expect(errorBody).toContain('not a valid OKR file');
    expect(errorBody).toMatch(/\| \d+ \| 9 \| period: expected/);
    // The hidden figures are the first run's, carried through the broken one.
    expect(extractPreviousRun(errorBody)?.asOf).toBe('2026-11-20T12:00:00.000Z');

    const fixed = await run(gh, pr);
    expect(fixed.code).toBe(0);
    const body = comments(gh, 2098)[0]!.body;
    expect(comments(gh, 2098)).toHaveLength(1);
    // Compared with the last scorecard, from before the broken run.
    expect(body).toContain('change since 2026-11-20 12:00 UTC');
    expect(body).not.toContain('not a valid OKR file');
  });

  it('warns and passes when the token is read-only (a pull request from a fork)', async () => {
    const gh = await start({ tokens: { [TOKEN]: { login: 'github-actions[bot]', permissions: 'read' } } });
    const result = await run(gh, { eventName: 'pull_request', event: prEvent(2098) });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/::warning::.*(fork|read-only|pull_request_target|workflow_run)/i);
    expect(comments(gh, 2098)).toEqual([]);
    expect(result.summary).toContain('2026-Q4');
    expect(result.outputs.status).toBeTruthy();
  });
});

describe('coaching on a pull request that changes the OKR file', () => {
  it('shows the changes, flags a target moved toward its baseline on its line; fail-on: finding fails', async () => {
    const baseSha = BASE_SHA;
    const [payments, ...others] = history.repositories;
    const withBase = {
      repositories: [
        { ...payments!, files: { ...payments!.files, [`.github/okrs.yml@${baseSha}`]: demoGitHubOkrsText } },
        ...others,
      ],
    };
    const gh = await start({ history: withBase });
    const lowered = demoGitHubOkrsText.replace(
      '        baseline: 32m\n        target: 15m',
      '        baseline: 32m\n        target: 25m',
    );
    expect(lowered).not.toBe(demoGitHubOkrsText);
    const line = lowered.split('\n').findIndex((l) => l.includes('target: 25m')) + 1;
    const result = await run(gh, {
      eventName: 'pull_request',
      event: prEvent(2098),
      files: { '.github/okrs.yml': lowered },
      with: { 'fail-on': 'finding' },
    });

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`::warning title=moved-goalposts,file=\\.github/okrs\\.yml,line=${line}::`),
    );
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    // A pull request that changes the OKR file is calibrated too (`calibrate: auto`): the demo's baselines that are
    // not what Q3 measured (its CI success rate, 88%, among them) draw stale-baseline beside the moved goalpost.
    const baselineLine = lowered.split('\n').findIndex((l) => l.includes('baseline: 88%')) + 1;
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'moved-goalposts', line }));
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'stale-baseline', line: baselineLine }));
    const calibration = report.findings.filter((f: { rule: string }) => f.rule !== 'moved-goalposts');
    expect(calibration.every((f: { rule: string }) => f.rule === 'stale-baseline' || f.rule === 'easy-target')).toBe(
      true,
    );
    expect(result.summary).toContain('Changes to the OKRs');
    expect(result.summary).toMatch(/target 15m → 25m/);
    const comment = comments(gh, 2098)[0]!.body;
    expect(comment).toContain('Changes to the OKRs');
    expect(comment).toContain('moved-goalposts');
    expect(result.stdout).toMatch(new RegExp(`::error::.*${report.findings.length} coaching findings \\(fail-on`));
  });
});

describe('failures', () => {
  it('an invalid OKR file fails with annotations naming file, line and column, and no stack trace', async () => {
    const gh = await start();
    const broken = demoGitHubOkrsText.replace('target: 4%', 'targte: 4%');
    const result = await run(gh, { files: { '.github/okrs.yml': broken } });
    expect(result.code).toBe(1);
    const line = broken.split('\n').findIndex((l) => l.includes('targte')) + 1;
    expect(result.stdout).toMatch(
      new RegExp(
        `::error title=Invalid OKR file,file=\\.github/okrs\\.yml,line=${line},col=9::.*unknown key "targte" \\(did ` +
          `you mean "target"\\?\\)`,
      ),
    );
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(result.summary).toContain('not a valid OKR file');
    expect(result.outputs.status).toBe('error');
  });

  it('a missing OKR file says to check out the repository first', async () => {
    const gh = await start();
    const result = await run(gh, { files: {} });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::OKR file \.github\/okrs\.yml not found.*actions\/checkout/);
  });

  it('refuses an OKR file that is a symlink out of the workspace, without quoting what it points at', async () => {
    const gh = await start();
    const outside = mkdtempSync(join(tmpdir(), 'okr-secret-'));
    writeFileSync(join(outside, 'secret.yml'), 'period: "ghs_topSecretValue"\n');
    const result = await run(gh, {
      files: {},
      beforeRun: (workspace) => {
        mkdirSync(join(workspace, '.github'));
        symlinkSync(join(outside, 'secret.yml'), join(workspace, '.github', 'okrs.yml'));
      },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::OKR file: file ".github\/okrs.yml" leads outside the workspace/);
    expect(result.stdout + result.summary).not.toContain('ghs_topSecretValue');
  });

  it('an unknown workflow errors its own key result only, and fails the step under fail-on: error', async () => {
    const gh = await start();
    const okrs = demoGitHubOkrsText.replace('workflow: deploy.yml', 'workflow: nope.yml');
    const result = await run(gh, { files: { '.github/okrs.yml': okrs } });
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    const krs = report.objectives.flatMap(
      (o: { keyResults: { id: string; status: string; error: string }[] }) => o.keyResults,
    );
    const errored = krs.filter((kr: { status: string }) => kr.status === 'error');
    expect(errored.map((kr: { id: string }) => kr.id)).toEqual(['deploy-pipeline-time']);
    expect(errored[0].error).toMatch(/nope\.yml/);
    expect(result.summary).toContain('nope.yml');
    expect(result.stdout).toMatch(/::error::.*deploy-pipeline-time/);

    const tolerant = await run(gh, { files: { '.github/okrs.yml': okrs }, with: { 'fail-on': 'never' } });
    expect(tolerant.code).toBe(0);
  });

  it('fail-on: off-track fails when a key result is off track', async () => {
    const gh = await start();
    const result = await run(gh, { with: { 'fail-on': 'off-track' } });
    const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
    const offTrack = report.objectives.some((o: { keyResults: { status: string }[] }) =>
      o.keyResults.some((kr) => kr.status === 'off-track'),
    );
    expect(offTrack).toBe(true);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/::error::.*off track/);
  });

  it('when the JSON report cannot be written, warns and still sets the other outputs and the summary', async () => {
    const gh = await start();
    const notADirectory = join(mkdtempSync(join(tmpdir(), 'okr-temp-')), 'file');
    writeFileSync(notADirectory, '');
    const result = await run(gh, { env: { RUNNER_TEMP: notADirectory } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/::warning::The JSON report was not written/);
    expect(result.outputs.report).toBe('');
    expect(result.outputs.status).toMatch(/^(achieved|on-track|at-risk|off-track)$/);
    expect(result.outputs.score).toMatch(/^\d\.\d\d$/);
    expect(result.summary).toContain('2026-Q4');
  });

  it('a bad input is named', async () => {
    const gh = await start();
    const result = await run(gh, { with: { metrics: '{not json', 'fail-on': 'sometimes' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/input "metrics": not valid JSON at line 1, column 2: .*; expected a JSON object/);
    expect(result.stdout).toMatch(/input "fail-on": expected one of error, off-track, finding, never/);
  });

  it('never prints the token', async () => {
    const gh = await start({ tokens: {} }); // every token is refused: 401 everywhere
    const result = await run(gh, { eventName: 'pull_request', event: prEvent(2098), with: { issue: 'x' } });
    // The runner consumes `::add-mask::` (how the token is registered for masking) and shows it to nobody.
    const shown = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(shown.join('\n') + result.stderr + result.summary).not.toContain(TOKEN);
    expect(result.code).toBe(1);
  });
});
