/**
 * SPEC §14's promise, as a property: over random histories and random edits between runs, a run that reads
 * through the cache an earlier run left gives exactly the report a run without a cache gives (provided, as the
 * SPEC says, no run is re-run more than 3 days after its creation), run after run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOkrFile } from '../../../src/okrs/parse.js';
import { deploySuccessfully, ENVIRONMENTS, editWorld, historyOf, randomOf, randomWorld } from './random-history.js';
import { scoreAt, values } from './support.js';
import { iso } from '../support/history.js';

const OKRS = `
version: 1
period: 2026-Q4
objectives:
  - title: Everything the cache serves
    id: all
    key-results:
      - title: Deploy time on main
        id: deploy-time
        metric: { type: workflow-duration, workflow: deploy.yml, branch: main, stat: p75 }
        baseline: 30m
        target: 10m
      - title: Slowest deploy
        id: deploy-max
        metric: { type: workflow-duration, workflow: deploy.yml, branch: main, stat: max }
        target: 1h
      - title: CI runs on push
        id: ci-runs
        metric: { type: workflow-runs, workflow: ci.yml, event: push }
        baseline: 10
        target: 100
      - title: CI success
        id: ci-success
        metric: { type: workflow-success-rate, workflow: ci.yml, window: 7d }
        baseline: 50%
        target: 99%
      - title: Deploys
        id: deploys
        metric: { type: deployment-frequency, environment: production }
        baseline: 5
        target: 50
      - title: Failures
        id: failures
        metric: { type: change-failure-rate }
        baseline: 40%
        target: 5%
      - title: Rollout
        id: rollout
        metric: { type: deployment-duration, environment: staging, stat: mean }
        baseline: 30m
        target: 5m
      - title: Lead time on production
        id: lead-time
        metric: { type: lead-time-for-changes, environment: production }
        baseline: 3d
        target: 12h
      - title: Lead time anywhere
        id: lead-time-all
        metric: { type: lead-time-for-changes, stat: p90 }
        baseline: 5d
        target: 1d
      - title: Recovery
        id: recovery
        metric: { type: deployment-recovery-time }
        baseline: 2d
        target: 30m
      - title: Incidents opened
        id: incidents
        metric: { type: issue-count, labels: [incident] }
        baseline: 20
        target: 2
      - title: Incidents open
        id: open
        metric: { type: issue-count, labels: [incident], state: open }
        target: 3
      - title: Bugs closed
        id: bugs
        metric: { type: issue-count, labels: [bug], state: closed, window: 14d }
        baseline: 1
        target: 20
      - title: Time to close
        id: ttc
        metric: { type: time-to-close, labels: [incident] }
        baseline: 2d
        target: 2h
      - title: Merge time
        id: merge
        metric: { type: pr-merge-time, base: main, stat: p90 }
        baseline: 3d
        target: 1d
`;

const parsed = parseOkrFile(OKRS, '.github/okrs.yml');
if (!parsed.ok) throw new Error(`the test's OKR file does not parse: ${JSON.stringify(parsed)}`);
const okrs = parsed.okrs;
/** Without lead time and recovery time: a busy listing's thousand comparisons are not what its test is about. */
const DORA = new Set(['lead-time', 'lead-time-all', 'recovery']);
const busyOkrs = {
  ...okrs,
  objectives: okrs.objectives.map((o) => ({ ...o, keyResults: o.keyResults.filter((kr) => !DORA.has(kr.id)) })),
};

/** The values a key result's series measured (not null). */
function measured(report: Awaited<ReturnType<typeof scoreAt>>['report'], id: string): number[] {
  const kr = report.objectives.flatMap((o) => o.keyResults).find((k) => k.id === id)!;
  return kr.series.flatMap((point) => (typeof point.value === 'number' ? [point.value] : []));
}

const QUARTER = Date.parse('2026-10-01T00:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('a run through the cache gives the report a run without one gives', () => {
  it('over random histories and random edits between runs', async () => {
    const leadTimes: number[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 5, max: 75 }),
        fc.array(fc.integer({ min: 2, max: 4 * 24 * 60 }), { minLength: 1, maxLength: 3 }),
        async (seed, startDay, gapsMinutes) => {
          const random = randomOf(seed);
          let now = QUARTER + startDay * DAY + random.int(0, DAY);
          const world = randomWorld(random, QUARTER - 10 * DAY, now, 30);
          // Every environment deploys in the window before the first run, which so reaches back for each: an
          // environment new to the window later is read in full (the test after this one).
          for (const environment of ENVIRONMENTS) deploySuccessfully(world, environment, QUARTER + 60 * MINUTE);
          let cacheText = (await scoreAt(okrs, historyOf(world), new Date(now), null)).cacheText;
          for (const gap of gapsMinutes) {
            const then = now;
            now += gap * MINUTE;
            editWorld(random, world, then, now);
            const history = historyOf(world);
            const fresh = await scoreAt(okrs, history, new Date(now), undefined);
            const cached = await scoreAt(okrs, history, new Date(now), cacheText);
            expect(cached.notices).toEqual([]);
            expect(values(cached.report)).toEqual(values(fresh.report));
            leadTimes.push(...measured(fresh.report, 'lead-time'));
            expect(cached.report.requests!.sources.every((source) => source.cache?.state === 'warm')).toBe(true);
            cacheText = cached.cacheText;
          }
        },
      ),
      { numRuns: 10 },
    );
    // The histories gave lead time something to measure (commits delivered, compared through the cache).
    expect(leadTimes.length).toBeGreaterThan(0);
  }, 600_000);

  it('an environment whose last success lies before what the cache kept: read in full, the same values', async () => {
    const random = randomOf(7);
    const readAt = QUARTER + 30 * DAY;
    const world = randomWorld(random, QUARTER - 10 * DAY, readAt, 30);
    // Canary deployed once, long before the window: the first run has no reason to reach back to it.
    const canary = (id: number, created: number, sha: string) => ({
      id,
      environment: 'canary',
      ref: 'main',
      sha,
      created_at: iso(created),
      statuses: [{ id: id + 1, state: 'success' as const, created_at: iso(created + 5 * MINUTE) }],
    });
    world.repo.deployments.unshift(canary(90_000, QUARTER - 20 * DAY, world.graph.commits[0]!.sha));
    const first = await scoreAt(okrs, historyOf(world), new Date(readAt), null);
    const now = readAt + DAY;
    world.repo.deployments.push(canary(90_010, readAt + 2 * 60 * MINUTE, world.tip));
    const history = historyOf(world);
    const fresh = await scoreAt(okrs, history, new Date(now), undefined);
    const cached = await scoreAt(okrs, history, new Date(now), first.cacheText);
    expect(values(cached.report)).toEqual(values(fresh.report));
    // Recovery and lead time over every environment: canary's reach back is not in the cache, so it is read anew.
    const deployments = cached.report.requests!.sources.filter((source) => source.kind === 'deployments');
    expect(deployments.map((source) => source.cache?.state)).toContain('cold');
    expect(measured(fresh.report, 'lead-time-all').length).toBeGreaterThan(0);
  }, 120_000);

  it('a busy listing (parts of a day): a run re-run 2 days after its creation replaces it', async () => {
    const random = randomOf(20);
    const readAt = QUARTER + 40 * DAY;
    // About 40 deploys on main a day: parts of one day, so only the 3 days' re-read can find the re-run.
    const world = randomWorld(random, readAt - 30 * DAY, readAt, 1200);
    const first = await scoreAt(busyOkrs, historyOf(world), new Date(readAt), null);
    const now = readAt + 6 * 60 * MINUTE;
    const target = world.repo.runs.find(
      (run) =>
        run.status === 'completed' &&
        run.workflow_id === 101 &&
        run.head_branch === 'main' &&
        Date.parse(run.created_at) < readAt - 2 * DAY &&
        Date.parse(run.created_at) > readAt - 2.2 * DAY,
    )!;
    target.run_attempt += 1;
    target.conclusion = 'success';
    target.run_started_at = new Date(readAt + MINUTE).toISOString().replace('.000Z', 'Z');
    target.updated_at = new Date(readAt + 200 * MINUTE).toISOString().replace('.000Z', 'Z');
    const history = historyOf(world);
    const fresh = await scoreAt(busyOkrs, history, new Date(now), undefined);
    const cached = await scoreAt(busyOkrs, history, new Date(now), first.cacheText);
    const deployTime = (report: typeof fresh.report) =>
      report.objectives[0]!.keyResults.find((kr) => kr.id === 'deploy-max')!.series;
    // The re-run's attempt took 199 minutes: the slowest deploy is it.
    expect(deployTime(fresh.report).at(-1)!.value).toBe(199 * 60);
    expect(deployTime(cached.report)).toEqual(deployTime(fresh.report));
    expect(values(cached.report)).toEqual(values(fresh.report));
  }, 120_000);
});
