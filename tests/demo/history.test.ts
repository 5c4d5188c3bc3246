import { describe, expect, it } from 'vitest';
import { demoHistory } from '../../demo/history.js';
import {
  DEMO_AS_OF,
  DEMO_COMPANY_PATH,
  DEMO_COMPANY_REPOSITORY,
  DEMO_OKRS_PATH,
  DEMO_REPOSITORY,
  demoCompanyText,
  demoGitHubOkrsText,
} from '../../demo/scenario.js';
import type { FakeRepository } from '../../src/fake-github/history.js';

const history = demoHistory();
const payments = repository(DEMO_REPOSITORY);
const ISO_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const FIRST = '2026-07-01T00:00:00Z';
const LAST = '2026-12-16T00:00:00Z';

function repository(fullName: string): FakeRepository {
  const found = history.repositories.find((repo) => repo.fullName === fullName);
  if (!found) throw new Error(`no ${fullName} in the demo history`);
  return found;
}

function workflowId(file: string): number {
  const workflow = payments.workflows.find((candidate) => candidate.path === `.github/workflows/${file}`);
  if (!workflow) throw new Error(`no ${file}`);
  return workflow.id;
}

function expectIncreasing(values: number[]): void {
  expect(new Set(values).size).toBe(values.length);
  expect(values).toEqual([...values].sort((a, b) => a - b));
}

/** Every timestamp of the history, each checked for GitHub's form and the covered half year. */
function allTimes(): string[] {
  return history.repositories.flatMap((repo) => [
    ...repo.runs.flatMap((run) => [
      run.created_at,
      run.updated_at,
      ...(run.run_started_at ? [run.run_started_at] : []),
    ]),
    ...repo.deployments.flatMap((deployment) => [
      deployment.created_at,
      ...deployment.statuses.map((status) => status.created_at),
    ]),
    ...[...repo.issues, ...repo.pulls].flatMap((item) => [
      item.created_at,
      item.updated_at,
      ...(item.closed_at ? [item.closed_at] : []),
    ]),
  ]);
}

describe('demoHistory', () => {
  it('is the same history on every call', () => {
    expect(demoHistory()).toEqual(history);
  });

  it('is generated quickly, since --demo builds it on every run', () => {
    const before = process.cpuUsage();
    demoHistory();
    const used = process.cpuUsage(before);
    // CPU rather than wall time: the test machine is shared; an idle one needs well under 200 ms.
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });

  it('holds acme/payments with its OKR file and acme/.github with the company OKRs', () => {
    expect(payments.defaultBranch).toBe('main');
    expect(payments.files?.[DEMO_OKRS_PATH]).toBe(demoGitHubOkrsText);
    expect(repository(DEMO_COMPANY_REPOSITORY).files?.[DEMO_COMPANY_PATH]).toBe(demoCompanyText);
    expect(payments.workflows.map((workflow) => workflow.path)).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/deploy.yml']),
    );
  });

  it('writes every time as GitHub does, within 2026-07-01 .. 2026-12-15', () => {
    const times = allTimes();
    expect(times.length).toBeGreaterThan(10_000);
    // One assertion over the offenders: thousands of expect() calls would make this file slow.
    expect(times.filter((time) => !ISO_SECOND.test(time) || time < FIRST || time >= LAST)).toEqual([]);
  });

  it('gives ids and numbers that are unique and grow with time', () => {
    const byId = <T extends { id: number }>(items: T[]): T[] => [...items].sort((a, b) => a.id - b.id);
    expectIncreasing(payments.runs.map((run) => run.id));
    expect(byId(payments.runs).map((run) => run.created_at)).toEqual(payments.runs.map((run) => run.created_at).sort());
    expectIncreasing(payments.deployments.map((deployment) => deployment.id));
    expect(byId(payments.deployments).map((d) => d.created_at)).toEqual(
      payments.deployments.map((d) => d.created_at).sort(),
    );
    const statuses = payments.deployments.flatMap((deployment) => deployment.statuses);
    expect(new Set(statuses.map((status) => status.id)).size).toBe(statuses.length);
    expect(byId(statuses).map((status) => status.created_at)).toEqual(
      statuses.map((status) => status.created_at).sort(),
    );
    expectIncreasing(payments.issues.map((issue) => issue.number));
    expect(payments.issues.map((issue) => issue.created_at)).toEqual(
      payments.issues.map((issue) => issue.created_at).sort(),
    );
    expect(new Set(payments.workflows.map((workflow) => workflow.id)).size).toBe(payments.workflows.length);
  });

  it('keeps every run consistent: started and updated never before created, only completed runs concluded', () => {
    const inconsistent = payments.runs.filter(
      (run) =>
        run.updated_at < run.created_at ||
        (run.run_started_at !== undefined &&
          (run.run_started_at < run.created_at || run.updated_at < run.run_started_at)) ||
        (run.conclusion === null) !== (run.status !== 'completed') ||
        run.run_attempt < 1,
    );
    expect(inconsistent).toEqual([]);
  });

  it('runs CI several thousand times in Q4, beyond the 1,000 results of one filtered listing', () => {
    const ci = payments.runs.filter((run) => run.workflow_id === workflowId('ci.yml'));
    const q4 = ci.filter((run) => run.created_at >= '2026-10-01T00:00:00Z');
    expect(q4.length).toBeGreaterThan(2_500);
    expect(q4.filter((run) => run.created_at < DEMO_AS_OF).length).toBeGreaterThan(2_000);
    const weekday = ci.filter((run) => run.created_at.startsWith('2026-11-18'));
    expect(weekday.length).toBeGreaterThanOrEqual(40);
    expect(weekday.length).toBeLessThanOrEqual(60);
  });

  it('has the awkward runs a real repository has', () => {
    const ci = payments.runs.filter((run) => run.workflow_id === workflowId('ci.yml'));
    const share = (predicate: (run: (typeof ci)[number]) => boolean): number => ci.filter(predicate).length / ci.length;
    expect(share((run) => run.conclusion === 'failure')).toBeGreaterThan(0.04);
    expect(share((run) => run.conclusion === 'failure')).toBeLessThan(0.12);
    for (const conclusion of ['cancelled', 'timed_out', 'startup_failure'] as const) {
      expect(
        ci.some((run) => run.conclusion === conclusion),
        conclusion,
      ).toBe(true);
    }
    const rerun = ci.filter((run) => run.run_attempt > 1);
    expect(rerun.length).toBeGreaterThan(10);
    expect(rerun.every((run) => run.run_started_at !== undefined && run.run_started_at > run.created_at)).toBe(true);
    expect(ci.some((run) => run.run_started_at === undefined)).toBe(true);
    expect(new Set(ci.map((run) => run.event))).toEqual(new Set(['push', 'pull_request']));
    expect(ci.some((run) => run.head_branch !== 'main')).toBe(true);
    // Still running at the evaluation time, on a lost runner.
    const hourBefore = new Date(Date.parse(DEMO_AS_OF) - 3_600_000).toISOString();
    const unfinished = ci.filter(
      (run) => run.status !== 'completed' && run.created_at > hourBefore && run.created_at < DEMO_AS_OF,
    );
    expect(unfinished.length).toBeGreaterThanOrEqual(2);
  });

  it('deploys on main from 1 to 5 times a weekday, faster in November than in July', () => {
    const deploys = payments.runs.filter((run) => run.workflow_id === workflowId('deploy.yml'));
    expect(deploys.every((run) => run.head_branch === 'main')).toBe(true);
    const medianMinutes = (month: string): number => {
      const minutes = deploys
        .filter((run) => run.created_at.startsWith(month) && run.conclusion === 'success')
        .map((run) => (Date.parse(run.updated_at) - Date.parse(run.run_started_at ?? run.created_at)) / 60_000)
        .sort((a, b) => a - b);
      return minutes[Math.floor(minutes.length / 2)] ?? Number.NaN;
    };
    expect(medianMinutes('2026-07')).toBeGreaterThan(34);
    expect(medianMinutes('2026-11-2')).toBeLessThan(21);
  });

  it('lists deployment statuses in order: queued, in progress, one outcome, then maybe inactive', () => {
    const lifecycle = /^queued in_progress( (success( inactive)?|failure|error))?$/;
    const outOfOrder = payments.deployments.filter((deployment) => {
      const times = deployment.statuses.map((status) => status.created_at);
      const ordered = times.every((time, i) => time >= (times[i - 1] ?? deployment.created_at));
      return !ordered || !lifecycle.test(deployment.statuses.map((status) => status.state).join(' '));
    });
    expect(outOfOrder).toEqual([]);
    expect(new Set(payments.deployments.map((deployment) => deployment.environment))).toEqual(
      new Set(['production', 'staging']),
    );
    const production = payments.deployments.filter((deployment) => deployment.environment === 'production');
    const failed = production.filter((deployment) =>
      deployment.statuses.some((status) => status.state === 'failure' || status.state === 'error'),
    );
    expect(failed.length / production.length).toBeGreaterThan(0.05);
    expect(failed.length / production.length).toBeLessThan(0.15);
    expect(production.some((deployment) => deployment.statuses.some((status) => status.state === 'inactive'))).toBe(
      true,
    );
  });

  it('mixes pull requests into the issue listing, as GitHub does, with the same number and times', () => {
    const listed = new Map(payments.issues.map((issue) => [issue.number, issue]));
    const mismatched = payments.pulls.filter((pull) => {
      const issue = listed.get(pull.number);
      const merged = pull.merged_at === null || pull.merged_at === pull.closed_at;
      return (
        !issue?.is_pull_request || issue.created_at !== pull.created_at || issue.closed_at !== pull.closed_at || !merged
      );
    });
    expect(mismatched).toEqual([]);
    expect(payments.issues.filter((issue) => issue.is_pull_request).length).toBe(payments.pulls.length);
    const backwards = [...payments.issues, ...payments.pulls].filter(
      (item) => item.updated_at < item.created_at || (item.closed_at !== null && item.closed_at < item.created_at),
    );
    expect(backwards).toEqual([]);
  });

  it('has incidents with severities, bugs, tech debt and enhancements, some still open', () => {
    const issues = payments.issues.filter((issue) => !issue.is_pull_request);
    const labelled = (label: string) => issues.filter((issue) => issue.labels.includes(label));
    for (const label of ['incident', 'sev1', 'sev2', 'bug', 'tech-debt', 'enhancement'])
      expect(labelled(label).length, label).toBeGreaterThan(0);
    expect(labelled('incident').every((issue) => issue.labels.some((label) => /^sev\d$/.test(label)))).toBe(true);
    expect(issues.some((issue) => issue.closed_at === null)).toBe(true);
  });

  it('has pull requests into main and release branches, merged within an hour to days, some closed unmerged', () => {
    const bases = new Set(payments.pulls.map((pull) => pull.base));
    expect(bases.has('main')).toBe(true);
    expect([...bases].some((base) => base.startsWith('release/'))).toBe(true);
    const hours = payments.pulls.flatMap((pull) =>
      pull.merged_at ? [(Date.parse(pull.merged_at) - Date.parse(pull.created_at)) / 3_600_000] : [],
    );
    expect(Math.min(...hours)).toBeLessThan(2);
    expect(Math.max(...hours)).toBeGreaterThan(72);
    expect(payments.pulls.some((pull) => pull.closed_at !== null && pull.merged_at === null)).toBe(true);
  });
});
