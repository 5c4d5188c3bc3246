/**
 * The property SPEC §9 defines a series by: for any checkpoint, its point is what a fresh scorecard run with
 * that as-of reports. Random repository histories (seeded), served by the stand-in, through the real client.
 */
import { describe, expect, it } from 'vitest';
import { scorecard } from '../../src/engine.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { useStandIn } from '../support/stand-in.js';
import type { FakeHistory } from '../../src/fake-github/history.js';
import type { Report } from '../../src/report/model.js';
import { createRandom, type Random } from '../../demo/random.js';
import {
  CI_WORKFLOW,
  DEPLOY_WORKFLOW,
  FULL_NAME,
  deployment,
  issue,
  iso,
  pull,
  repository,
  run,
  testClient,
} from '../github/support/history.js';

const standIn = useStandIn();

const OKRS = `version: 1
period: 2026-Q4
objectives:
  - title: Ship safely
    key-results:
      - { title: Deploy time, metric: { type: workflow-duration, workflow: deploy.yml, branch: main },
          baseline: 45m, target: 10m }
      - { title: Deploys run, metric: { type: workflow-runs, workflow: deploy.yml }, baseline: 20, target: 80 }
      - { title: CI success, metric: { type: workflow-success-rate, workflow: ci.yml, window: 14d },
          baseline: 80%, target: 95% }
      - { title: Deployment time, metric: { type: deployment-duration, stat: p90 }, baseline: 20m, target: 5m }
      - { title: Deploys a week, metric: { type: deployment-frequency, stat: per-week }, baseline: 2, target: 10 }
      - { title: Failed changes, metric: { type: change-failure-rate, window: 30d }, baseline: 30%, target: 10% }
  - title: Calm operations
    key-results:
      - { title: Incidents, metric: { type: issue-count, labels: [incident] }, baseline: 24, target: 6 }
      - { title: Open incidents, metric: { type: issue-count, labels: [incident], state: open }, target: 2 }
      - { title: Closed lately, metric: { type: issue-count, labels: [incident], state: closed, window: 21d },
          baseline: 2, target: 8 }
      - { title: Time to close, metric: { type: time-to-close, labels: [incident], stat: mean },
          baseline: 3d, target: 1d }
      - { title: Merge time, metric: { type: pr-merge-time, base: main, stat: p90 }, baseline: 2d, target: 4h }
`;

const parsed = parseOkrFile(OKRS, '.github/okrs.yml');
if (!parsed.ok) throw new Error(`the test OKR file does not parse: ${JSON.stringify(parsed.errors)}`);
const okrs = parsed.okrs;

// From two months before the period (rolling windows reach back) to past its end.
const FROM = Date.parse('2026-08-01T00:00:00Z');
const TO = Date.parse('2027-01-10T00:00:00Z');

function randomHistory(random: Random): FakeHistory {
  const when = () => random.between(FROM, TO);
  const runs = Array.from({ length: random.int(40, 160) }, () => {
    const created = when();
    const started = created + random.between(0, 300) * 1000;
    const workflow = random.chance(0.6) ? DEPLOY_WORKFLOW : CI_WORKFLOW;
    return run(iso(created), {
      workflow_id: workflow.id,
      head_branch: random.chance(0.8) ? 'main' : 'feature',
      conclusion: random.pick(['success', 'success', 'success', 'failure', 'cancelled', 'timed_out'] as const),
      run_started_at: iso(started),
      updated_at: iso(started + random.logNormal(1200, 0.8) * 1000),
    });
  });
  const deployments = Array.from({ length: random.int(20, 90) }, () => {
    const d = deployment(iso(when()), [random.pick(['success', 'success', 'failure', 'error', 'inactive'] as const)]);
    const delay = () => random.logNormal(400, 1) * 1000;
    d.statuses = d.statuses.map((s) => ({ ...s, created_at: iso(Date.parse(d.created_at) + delay()) }));
    return d;
  });
  const issues = Array.from({ length: random.int(20, 80) }, () => {
    const created = when();
    const closed = random.chance(0.7) ? iso(created + random.logNormal(2 * 86_400, 1) * 1000) : null;
    return issue(iso(created), { closed_at: closed, labels: random.chance(0.8) ? ['incident'] : ['bug'] });
  });
  const pulls = Array.from({ length: random.int(20, 80) }, () => {
    const created = when();
    const merged = random.chance(0.8) ? iso(created + random.logNormal(86_400, 1.2) * 1000) : null;
    return pull(iso(created), merged, { base: random.chance(0.8) ? 'main' : 'release' });
  });
  return { repositories: [repository({ runs, deployments, issues, pulls })] };
}

async function scoreAt(url: string, asOf: Date): Promise<Report> {
  return (await scorecard({ okrs, repository: FULL_NAME, asOf, now: asOf, octokit: testClient(url) })).report;
}

describe('a key result’s series', () => {
  it.each([1, 2, 3, 4])('equals a fresh scorecard at every checkpoint (random history %i)', async (seed) => {
    const random = createRandom(seed * 7919);
    const github = await standIn.start({ history: randomHistory(random), seed });
    const start = okrs.period.start.getTime();
    const asOf = new Date(start + random.between(0.3, 1.1) * (okrs.period.end.getTime() - start));
    const report = await scoreAt(github.url, asOf);
    const krs = report.objectives.flatMap((o) => o.keyResults);
    const points = krs[0]!.series.map((p) => p.at);
    expect(points.length).toBeGreaterThan(3);
    for (const [k, at] of points.entries()) {
      const fresh = (await scoreAt(github.url, new Date(at))).objectives.flatMap((o) => o.keyResults);
      for (const [i, kr] of krs.entries()) {
        const want = { at, value: fresh[i]!.value, samples: fresh[i]!.samples };
        expect(kr.series[k], `${kr.title} at ${at}`).toEqual(want);
        // The fresh run's own series is this one's up to that checkpoint.
        expect(fresh[i]!.series).toEqual(kr.series.slice(0, k + 1));
      }
    }
    // The last point is the scorecard itself.
    for (const kr of krs) {
      expect(kr.series.at(-1)).toMatchObject({ at: report.asOf, value: kr.value, samples: kr.samples });
    }
  });
});
