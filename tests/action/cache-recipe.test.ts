/**
 * The README's workflow, its cache steps replayed (SPEC §14): `actions/cache` restores the directory by the
 * `okr-cache-` prefix, the action reads and writes it, `actions/cache` saves it under the run's own key; two runs a
 * day apart, in-process, against the stand-in. The second reads only what changed, and reports what a run
 * without a cache reports.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as realCore from '@actions/core';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoOkrsText } from '../../demo/scenario.js';
import { runAction } from '../../src/action/run.js';
import { readRunnerContext } from '../../src/action/runner.js';
import { historyAt, startFakeGitHub, type FakeHistory } from '../../src/fake-github/index.js';
import type { Report } from '../../src/report/model.js';
import { ROOT } from '../support/root.js';
import { workflowBlocks } from '../support/workflows.js';

interface Step {
  uses?: string;
  with?: Record<string, string>;
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const steps = (parse(workflowBlocks('README.md', readme)[0]!.text) as { jobs: { scorecard: { steps: Step[] } } }).jobs
  .scorecard.steps;
const cacheStep = steps.find((step) => step.uses?.startsWith('actions/cache@'))!.with!;
const actionStep = steps.find((step) => step.uses?.startsWith('okr-scorecard/okr-scorecard@'))!.with!;

/** `${{ runner.temp }}` and `${{ github.run_id }}`, as the runner evaluates them. */
const evaluate = (text: string, runnerTemp: string, runId: number) =>
  text.replaceAll('${{ runner.temp }}', runnerTemp).replaceAll('${{ github.run_id }}', String(runId));

/** actions/cache: entries by key, newest last; restore by exact key, else the newest whose key has the prefix. */
const saved: { key: string; dir: string }[] = [];

async function workflowRun(history: FakeHistory, now: Date, runId: number, withCache: boolean): Promise<Report> {
  const github = await startFakeGitHub({ history, now: () => now });
  const root = mkdtempSync(join(tmpdir(), 'okr-recipe-'));
  const workspace = join(root, 'workspace');
  const runnerTemp = join(root, 'temp');
  mkdirSync(join(workspace, '.github'), { recursive: true });
  mkdirSync(runnerTemp);
  writeFileSync(join(workspace, '.github', 'okrs.yml'), demoOkrsText);
  const path = evaluate(cacheStep.path!, runnerTemp, runId);
  const key = evaluate(cacheStep.key!, runnerTemp, runId);
  if (withCache) {
    const hit =
      saved.find((entry) => entry.key === key) ??
      saved.findLast((entry) => entry.key.startsWith(cacheStep['restore-keys']!));
    if (hit) cpSync(hit.dir, path, { recursive: true });
  }
  const env = {
    GITHUB_REPOSITORY: 'acme/payments',
    GITHUB_API_URL: github.url,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_RUN_ID: String(runId),
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
  };
  const inputs: Record<string, string> = {
    // GitHub makes a new GITHUB_TOKEN for every job: the cache must not care.
    'github-token': `ghs_recipeToken${runId}0123456789`,
    'as-of': now.toISOString(),
    summary: 'false',
    metrics: '{"p99-latency-ms": 112}',
    // The demo's Prometheus key result has no server here: its error is the same with and without the cache.
    'fail-on': 'never',
    ...(withCache ? { cache: evaluate(actionStep.cache!, runnerTemp, runId) } : {}),
  };
  const outputs = new Map<string, string>();
  try {
    const { runner } = readRunnerContext(env, workspace);
    const core = {
      ...realCore,
      getInput: (name: string) => inputs[name] ?? '',
      setOutput: (name: string, value: unknown) => void outputs.set(name, String(value)),
      info: () => {},
    } as typeof realCore;
    const outcome = await runAction({ runner, core, now });
    expect(outcome.failure).toBeUndefined();
  } finally {
    await github.close();
  }
  if (withCache && existsSync(path)) {
    for (const file of readdirSync(path)) expect(readFileSync(join(path, file), 'utf8')).not.toContain('recipeToken');
    const dir = mkdtempSync(join(tmpdir(), 'okr-saved-'));
    cpSync(path, dir, { recursive: true });
    saved.push({ key, dir });
  }
  return JSON.parse(readFileSync(outputs.get('report')!, 'utf8')) as Report;
}

describe("the README's cache recipe", () => {
  it('restores the last run’s cache by prefix, reads only what changed, saves under its own key', async () => {
    expect(cacheStep.key).toContain('${{ github.run_id }}');
    expect(actionStep.cache).toBe(cacheStep.path);
    const full = demoHistory();
    const later = new Date(DEMO_AS_OF);
    const earlier = new Date(later.getTime() - 86_400_000);
    const first = await workflowRun(historyAt(full, earlier), earlier, 101, true);
    // Every listing the cache keeps (lead time's deployments, with what each delivered, are read in full each time).
    const kept = (report: Report) => report.requests!.sources.filter((source) => source.cache);
    expect(kept(first).length).toBeGreaterThanOrEqual(4);
    expect(kept(first).every((source) => source.cache!.state === 'cold')).toBe(true);
    const second = await workflowRun(historyAt(full, later), later, 102, true);
    const fresh = await workflowRun(historyAt(full, later), later, 103, false);
    expect(saved.map((entry) => entry.key)).toEqual(['okr-cache-101', 'okr-cache-102']);
    expect(kept(second).every((source) => source.cache!.state === 'warm')).toBe(true);
    const spent = (report: Report) => kept(report).reduce((n, s) => n + s.restRequests + s.graphqlRequests, 0);
    expect(spent(second)).toBeLessThan(spent(first) / 4);
    const values = (report: Report) => ({ ...report, requests: undefined, generatedAt: undefined });
    expect(values(second)).toEqual(values(fresh));
  }, 120_000);
});
