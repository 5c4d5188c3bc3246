/**
 * SPEC §13 through the action's own run against the loopback stand-in: a pull request that adds an OKR file with
 * an already-met target and a stale baseline is told so on those lines, in the comment and the annotations, with
 * the previous quarter's figures; a scheduled run with `calibrate: auto` says nothing and reads nothing extra.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../src/fake-github/index.js';
import type { FakeDeployment, FakeHistory } from '../../src/fake-github/history.js';
import { formatDuration } from '../../src/report/format.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF } from '../../demo/scenario.js';
import { BASE_SHA, pullRequestEvent, scheduleEvent } from '../support/events.js';
import { runActionInProcess } from '../support/in-process-action.js';

const REPOSITORY = 'acme/payments';
const PR = 2098;

/** Rollouts were ~19½ minutes in Q3: a 20-minute target was met already, and "25m" is no longer the baseline. */
const OKRS = `version: 1
period: 2026-Q4
team: payments-platform
objectives:
  - title: Earn merchants' trust with steady, predictable releases
    aligns-to: customer-trust
    key-results:
      - title: Production rollouts finish within 20 minutes at the median, down from 25
        id: rollout-time
        metric: { type: deployment-duration, environment: production }
        baseline: 25m
        target: 20m
      - title: Checkout P99 latency stays under 120 ms
        metric: { type: value, name: p99-latency-ms, unit: ms }
        target: 120
        direction: decrease
`;
const TARGET_LINE = 12;
const BASELINE_LINE = 11;

let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

/** The demo's history; `base` is the OKR file on the pull request's base commit (none: the PR adds it). */
function history(base?: string): FakeHistory {
  const [payments, ...others] = demoHistory().repositories;
  const files = base === undefined ? {} : { [`.github/okrs.yml@${BASE_SHA}`]: base };
  return { repositories: [{ ...payments!, files }, ...others] };
}

/** SPEC §3 worked by hand: Q3's successful production deployments, outcome status − creation, their median. */
function q3MedianRollout(deployments: readonly FakeDeployment[]): number {
  const [start, end] = [Date.parse('2026-07-01T00:00:00Z'), Date.parse('2026-10-01T00:00:00Z')];
  const durations = deployments.flatMap((d) => {
    const created = Date.parse(d.created_at);
    if (d.environment !== 'production' || created < start || created >= end) return [];
    const outcome = d.statuses
      .filter((s) => ['success', 'failure', 'error'].includes(s.state) && Date.parse(s.created_at) < end)
      .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))[0];
    return outcome?.state === 'success' ? [(Date.parse(outcome.created_at) - created) / 1000] : [];
  });
  durations.sort((a, b) => a - b);
  const h = (durations.length - 1) / 2;
  return durations[Math.floor(h)]! + (h % 1) * (durations[Math.ceil(h)]! - durations[Math.floor(h)]!);
}

async function run(gh: FakeGitHub, eventName: string, event: unknown, calibrate?: string) {
  return runActionInProcess({
    apiUrl: gh.url,
    files: { '.github/okrs.yml': OKRS },
    repository: REPOSITORY,
    eventName,
    event,
    with: { 'as-of': DEMO_AS_OF, metrics: '{"p99-latency-ms": 112}', ...(calibrate ? { calibrate } : {}) },
  });
}

const report = (outputs: Record<string, string>) =>
  JSON.parse(readFileSync(outputs.report!, 'utf8')) as {
    objectives: { keyResults: { id: string; previous?: { value: number; samples: number; start: string } }[] }[];
    findings: { rule: string; line: number; message: string }[];
  };

describe('calibrate: auto', () => {
  it('on a pull request that adds the OKR file: the comment and the annotations say so, with the figures', async () => {
    github = await startFakeGitHub({ history: history() });
    const gh = github;
    const previous = q3MedianRollout(history().repositories[0]!.deployments);
    const result = await run(gh, 'pull_request', pullRequestEvent({ repository: REPOSITORY, number: PR }));
    expect(result.failure).toBeUndefined();

    const measured = formatDuration(previous);
    const points = Math.round((100 * Math.abs(1500 - previous)) / 300);
    const met = 'the target, 20m, was already met. A key result should stretch.';
    const easy = `Last period this measured ${measured}: ${met}`;
    const stale =
      `The baseline is 25m; the previous period measured ${measured}, ` +
      `which puts today's score ${points} points off; measure the baseline.`;
    expect(previous).toBeLessThan(1200);
    expect(points).toBeGreaterThan(25);
    const warnings = result.annotations.filter((a) => a.kind === 'warning');
    expect(warnings).toContainEqual({ kind: 'warning', message: easy, file: '.github/okrs.yml', line: TARGET_LINE });
    expect(warnings).toContainEqual({
      kind: 'warning',
      message: stale,
      file: '.github/okrs.yml',
      line: BASELINE_LINE,
    });

    const comments = gh.state.repositories.get(REPOSITORY)!.comments.filter((c) => c.issueNumber === PR);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toContain(`line ${TARGET_LINE} · easy-target: Last period this measured ${measured}: the target`);
    expect(body).toContain(`line ${BASELINE_LINE} · stale-baseline: The baseline is 25m; the previous period`);
    expect(body).toContain(`${points} points off`);
    expect(result.summary).toContain(`Last period this measured ${measured}`);

    const json = report(result.outputs);
    const [rollout, latency] = json.objectives[0]!.keyResults;
    expect(rollout!.previous).toMatchObject({
      value: previous,
      start: '2026-07-01T00:00:00.000Z',
      end: '2026-10-01T00:00:00.000Z',
    });
    expect(latency!.previous).toBeUndefined(); // a supplied value is never calibrated
    expect(json.findings.map((f) => `${f.rule}@${f.line}`)).toEqual([
      `stale-baseline@${BASELINE_LINE}`,
      `easy-target@${TARGET_LINE}`,
    ]);
  });

  it('on a pull request that leaves the OKRs as they are (a comment reworded): no calibration', async () => {
    github = await startFakeGitHub({ history: history(`# reworded\n${OKRS}`) });
    const gh = github;
    const result = await run(gh, 'pull_request', pullRequestEvent({ repository: REPOSITORY, number: PR }));
    const json = report(result.outputs);
    expect(json.findings.map((f) => f.rule)).not.toContain('easy-target');
    expect(json.objectives[0]!.keyResults[0]!.previous).toBeUndefined();
  });

  it('on a pull request that changes a target: calibrated', async () => {
    github = await startFakeGitHub({ history: history(OKRS.replace('target: 20m', 'target: 15m')) });
    const gh = github;
    const result = await run(gh, 'pull_request', pullRequestEvent({ repository: REPOSITORY, number: PR }));
    expect(report(result.outputs).findings.map((f) => f.rule)).toContain('easy-target');
  });

  it('on a scheduled run: nothing said, and no record of the previous period read', async () => {
    const scheduled = async (calibrate?: string) => {
      const gh = await startFakeGitHub({ history: history() });
      try {
        const result = await run(gh, 'schedule', scheduleEvent({ repository: REPOSITORY }), calibrate);
        return { result, requests: gh.requests.length };
      } finally {
        await gh.close();
      }
    };
    const auto = await scheduled();
    const never = await scheduled('never');
    const always = await scheduled('always');
    const rules = (r: typeof auto) => r.result.annotations.map((a) => a.message);
    expect(rules(auto).some((m) => /Last period|previous period/.test(m))).toBe(false);
    expect(report(auto.result.outputs).objectives[0]!.keyResults[0]!.previous).toBeUndefined();
    expect(auto.requests).toBe(never.requests);
    // `always` calibrates anywhere, at the cost of the previous quarter's deployments.
    expect(report(always.result.outputs).findings.map((f) => f.rule)).toEqual(['stale-baseline', 'easy-target']);
    expect(always.requests).toBeGreaterThan(never.requests);
  });

  it('several OKR files share the widened listings: two calibrated files read what one does', async () => {
    const requests = async (files: Record<string, string>) => {
      const gh = await startFakeGitHub({ history: history() });
      try {
        const result = await runActionInProcess({
          apiUrl: gh.url,
          files,
          repository: REPOSITORY,
          eventName: 'schedule',
          event: scheduleEvent({ repository: REPOSITORY }),
          with: {
            okrs: Object.keys(files).join('\n'),
            'as-of': DEMO_AS_OF,
            metrics: '{"p99-latency-ms": 112}',
            calibrate: 'always',
          },
        });
        expect(result.failure).toBeUndefined();
        return gh.requests.filter((r) => r.path !== '/rate_limit').length;
      } finally {
        await gh.close();
      }
    };
    const one = await requests({ '.github/okrs.yml': OKRS });
    const two = await requests({ '.github/okrs.yml': OKRS, '.github/okrs-platform.yml': OKRS });
    expect(two).toBe(one);
  });
});
