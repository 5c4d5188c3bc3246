/**
 * SPEC §14's promise, as a property: over random histories and random edits between runs, a run that reads
 * through the cache an earlier run left gives exactly the report a run without a cache gives (provided, as the
 * SPEC says, no run is re-run more than 3 days after its creation), run after run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOkrFile } from '../../../src/okrs/parse.js';
import { editWorld, historyOf, randomOf, randomWorld } from './random-history.js';
import { scoreAt, values } from './support.js';

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

const QUARTER = Date.parse('2026-10-01T00:00:00Z');
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('a run through the cache gives the report a run without one gives', () => {
  it('over random histories and random edits between runs', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 5, max: 75 }),
        fc.array(fc.integer({ min: 2, max: 4 * 24 * 60 }), { minLength: 1, maxLength: 3 }),
        async (seed, startDay, gapsMinutes) => {
          const random = randomOf(seed);
          let now = QUARTER + startDay * DAY + random.int(0, DAY);
          const world = randomWorld(random, QUARTER - 10 * DAY, now, 30);
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
            expect(cached.report.requests!.sources.every((source) => source.cache?.state === 'warm')).toBe(true);
            cacheText = cached.cacheText;
          }
        },
      ),
      { numRuns: 10 },
    );
  }, 600_000);

  it('a busy listing (parts of a day): a run re-run 2 days after its creation replaces it', async () => {
    const random = randomOf(20);
    const readAt = QUARTER + 40 * DAY;
    // About 40 deploys on main a day: parts of one day, so only the 3 days' re-read can find the re-run.
    const world = randomWorld(random, readAt - 30 * DAY, readAt, 1200);
    const first = await scoreAt(okrs, historyOf(world), new Date(readAt), null);
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
    const fresh = await scoreAt(okrs, history, new Date(now), undefined);
    const cached = await scoreAt(okrs, history, new Date(now), first.cacheText);
    const deployTime = (report: typeof fresh.report) =>
      report.objectives[0]!.keyResults.find((kr) => kr.id === 'deploy-max')!.series;
    // The re-run's attempt took 199 minutes: the slowest deploy is it.
    expect(deployTime(fresh.report).at(-1)!.value).toBe(199 * 60);
    expect(deployTime(cached.report)).toEqual(deployTime(fresh.report));
    expect(values(cached.report)).toEqual(values(fresh.report));
  }, 120_000);
});
