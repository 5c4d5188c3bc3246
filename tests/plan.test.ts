/** The plan stage: one listing per distinct source, over the union of the windows of the key results sharing it. */
import { describe, expect, it } from 'vitest';
import { planScorecard } from '../src/plan.js';
import { parseOkrFile } from '../src/okrs/parse.js';

function okrs(keyResults: string): ReturnType<typeof parse> {
  return parse(`version: 1
period: 2026-Q4
objectives:
  - title: Engineers get fast feedback
    aligns-to: speed
    key-results:
${keyResults}`);
}

function parse(text: string) {
  const parsed = parseOkrFile(text, 'okrs.yml');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.okrs;
}

const asOf = new Date('2026-11-28T12:00:00Z');

describe('planScorecard', () => {
  it('shares one deployments listing between the DORA keys of an environment, with what lead time adds', () => {
    const plan = planScorecard(
      okrs(`      - title: Deploys rise
        metric: { type: deployment-frequency, environment: production }
        target: 50
      - title: Recovery falls
        metric: { type: deployment-recovery-time, environment: production }
        target: 1h
      - title: Lead time falls
        metric: { type: lead-time-for-changes, environment: production, window: 30d }
        target: 1d
      - title: Staging failure rate falls
        metric: { type: change-failure-rate, environment: staging }
        target: 5%`),
      { repository: 'acme/payments', asOf },
    );
    const specs = [...plan.sources.values()];
    expect(specs).toHaveLength(2);
    const production = specs.find((spec) => spec.kind === 'deployments' && spec.environment === 'production');
    expect(production).toMatchObject({ reachBack: true, commits: true });
    const staging = specs.find((spec) => spec.kind === 'deployments' && spec.environment === 'staging');
    expect(staging).toMatchObject({ kind: 'deployments', environment: 'staging' });
    expect(staging).not.toHaveProperty('reachBack', true);
    expect(new Set(plan.keyResults.slice(0, 3).map((kr) => kr.source)).size).toBe(1);
  });

  it('shares one workflow listing between key results on the same workflow, over the union of their windows', () => {
    const plan = planScorecard(
      okrs(`      - title: CI p90 falls
        metric: { type: workflow-duration, workflow: ci.yml, stat: p90 }
        baseline: 20m
        target: 10m
      - title: CI success rate over 30 days rises
        metric: { type: workflow-success-rate, workflow: ci.yml, window: 30d }
        baseline: 80%
        target: 95%
      - title: CI runs on main rise
        metric: { type: workflow-runs, workflow: ci.yml, branch: main }
        baseline: 100
        target: 200`),
      { repository: 'acme/payments', asOf },
    );
    // The runs on main over the quarter are all in the quarter's unfiltered listing: one listing serves all three.
    expect(plan.sources.size).toBe(1);
    const [shared] = [...plan.sources.values()];
    expect(shared).toMatchObject({
      kind: 'workflow-runs',
      owner: 'acme',
      repo: 'payments',
      workflow: 'ci.yml',
      branch: undefined,
    });
    // The series' first checkpoint is Oct 8 (SPEC §9): its rolling 30 days reach back to Sep 8, before the quarter.
    expect(shared!.since.toISOString()).toBe('2026-09-08T00:00:00.000Z');
    expect(shared!.until.toISOString()).toBe('2026-11-28T12:00:00.000Z');
    expect(new Set(plan.keyResults.map((kr) => kr.source)).size).toBe(1);
    expect(plan.keyResults[1]!.window.start.toISOString()).toBe('2026-10-29T12:00:00.000Z');
  });

  it('keeps a branch listing of its own when its window reaches outside the unfiltered one', () => {
    const plan = planScorecard(
      okrs(`      - title: CI p90 falls
        metric: { type: workflow-duration, workflow: ci.yml }
        baseline: 20m
        target: 10m
      - title: CI runs on main over any 90 days rise
        metric: { type: workflow-runs, workflow: ci.yml, branch: main, window: 90d }
        baseline: 100
        target: 200`),
      { repository: 'acme/payments', asOf },
    );
    // The first checkpoint's 90 days start on Jul 10: 83 days before the quarter's listing, which shares 58 with it.
    expect([...plan.sources.values()].map((s) => s.kind === 'workflow-runs' && s.branch)).toEqual([undefined, 'main']);
  });

  it('starts the unfiltered listing earlier to serve a filtered rolling window reaching a few weeks back', () => {
    const plan = planScorecard(
      okrs(`      - title: CI p90 falls
        metric: { type: workflow-duration, workflow: ci.yml }
        baseline: 20m
        target: 10m
      - title: CI on main passes over any 30 days
        metric: { type: workflow-success-rate, workflow: ci.yml, branch: main, window: 30d }
        baseline: 80%
        target: 99%`),
      { repository: 'acme/payments', asOf },
    );
    // The series' first checkpoint (Oct 8) reaches back to Sep 8: 23 extra days of all branches, not a second listing.
    expect(
      [...plan.sources.values()].map((s) => [s.kind === 'workflow-runs' && s.branch, s.since.toISOString()]),
    ).toEqual([[undefined, '2026-09-08T00:00:00.000Z']]);
    expect(plan.keyResults[1]!.source).toBe(plan.keyResults[0]!.source);
  });

  it('serves an event-filtered listing from the unfiltered one too, but not one of another workflow', () => {
    const plan = planScorecard(
      okrs(`      - title: CI p90 falls
        metric: { type: workflow-duration, workflow: ci.yml }
        baseline: 20m
        target: 10m
      - title: CI on pull requests gets faster
        metric: { type: workflow-duration, workflow: ci.yml, event: pull_request }
        baseline: 20m
        target: 10m
      - title: Deploys on main get faster
        metric: { type: workflow-duration, workflow: deploy.yml, branch: main }
        baseline: 40m
        target: 20m`),
      { repository: 'acme/payments', asOf },
    );
    expect(
      [...plan.sources.values()].map((s) => s.kind === 'workflow-runs' && [s.workflow, s.branch, s.event]),
    ).toEqual([
      ['ci.yml', undefined, undefined],
      ['deploy.yml', 'main', undefined],
    ]);
    expect(plan.keyResults[1]!.source).toBe(plan.keyResults[0]!.source);
  });

  it('shares issue listings in any label order; asks for issues open at as-of only if a key result needs them', () => {
    const plan = planScorecard(
      okrs(`      - title: Incidents opened fall
        metric: { type: issue-count, labels: [incident, sev1] }
        baseline: 10
        target: 2
      - title: Open incidents fall
        metric: { type: issue-count, labels: [sev1, incident], state: open }
        baseline: 5
        target: 0
      - title: Incidents close faster
        metric: { type: time-to-close, labels: [incident], repository: acme/web }
        baseline: 2d
        target: 4h
      - title: P99 stays low
        metric: { type: value, name: p99 }
        target: 100
        direction: decrease`),
      { repository: 'acme/payments', asOf },
    );
    const sources = [...plan.sources.values()];
    expect(sources).toHaveLength(2);
    expect(sources[0]).toMatchObject({ kind: 'issues', repo: 'payments', openAt: asOf });
    expect(sources[1]).toMatchObject({ kind: 'issues', repo: 'web', labels: ['incident'], openAt: undefined });
    expect(plan.keyResults[3]!.source).toBeUndefined();
  });

  it('never looks past the period end', () => {
    const plan = planScorecard(
      okrs(`      - title: Deploys rise
        metric: { type: deployment-frequency, environment: production }
        baseline: 10
        target: 20`),
      { repository: 'acme/payments', asOf: new Date('2027-03-01T00:00:00Z') },
    );
    expect([...plan.sources.values()][0]!.until.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
