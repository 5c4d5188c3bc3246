/**
 * Lead time and recovery time (SPEC §11) through the real HTTP path: the deployments and the comparisons read
 * from the stand-in by GraphQL and by REST, then measured; the hand-worked samples of dora-history.ts must come
 * out exactly, and the series and DORA levels with them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../../src/fake-github/index.js';
import { scorecard } from '../../src/engine.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { fetchSource } from '../../src/github/fetch.js';
import { leadTimes } from '../../src/metrics/lead-time.js';
import { recoveryTimes } from '../../src/metrics/recovery-time.js';
import type { Deployment } from '../../src/github/records.js';
import { AS_OF, LEAD_TIMES, RECOVERY_TIMES, UNRECOVERED, doraHistory } from './support/dora-history.js';
import { FULL_NAME, OWNER, REPO, history, testClient } from './support/history.js';

let github: FakeGitHub | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

const WINDOW = { start: new Date('2026-10-01T00:00:00Z'), end: AS_OF };
const production = { environment: 'production' };

async function read(graphql: boolean, environment?: string): Promise<Deployment[]> {
  github = await startFakeGitHub({ history: history(doraHistory()) });
  const spec = {
    kind: 'deployments' as const,
    owner: OWNER,
    repo: REPO,
    since: WINDOW.start,
    until: WINDOW.end,
    environment,
    reachBack: true,
    commits: true,
  };
  const result = await fetchSource(testClient(github.url), spec, { graphql, askViewer: false });
  if (!result.ok) throw new Error(result.error);
  return result.records as Deployment[];
}

describe.each([
  ['GraphQL', true],
  ['REST', false],
])('read by %s', (_, graphql) => {
  it('lead time: merge, squash, rebase, a future-dated commit, redeploy, roll-back and roll-forward', async () => {
    const deployments = await read(graphql, 'production');
    const { samples, unread } = leadTimes(production, deployments, WINDOW);
    expect(unread).toBe(0);
    expect([...samples].sort((a, b) => a - b)).toEqual(LEAD_TIMES);
  });

  it('recovery time: a streak begun before the window is no sample; one not recovered is counted', async () => {
    const deployments = await read(graphql, 'production');
    expect(recoveryTimes(production, deployments, WINDOW)).toEqual({
      samples: RECOVERY_TIMES,
      unrecovered: UNRECOVERED,
    });
  });

  it('reaches back only to the last success before the window, and compares each pair of shas once', async () => {
    const deployments = await read(graphql, 'production');
    // The 09-10 deployment lies before the 09-25 success that settles production: never read.
    expect(deployments.map((d) => d.created_at.slice(0, 10))).not.toContain('2026-09-10');
    expect(deployments.map((d) => d.created_at.slice(0, 10))).toContain('2026-09-25');
    const compares = github!.requests.filter((r) => r.path.includes('/compare/'));
    // a1→m1, m1→s1, s1→f1 (the roll-forward's pair is the first one's), f1→g1; none for the redeploy or roll-back.
    expect(compares).toHaveLength(4);
  });
});

it('without environment, each environment is its own history', async () => {
  const deployments = await read(true);
  const { samples } = leadTimes({}, deployments, WINDOW);
  // Staging's only deployment has no predecessor: the samples are production's.
  expect([...samples].sort((a, b) => a - b)).toEqual(LEAD_TIMES);
});

const OKRS = `version: 1
period: 2026-Q4
objectives:
  - title: Changes reach merchants quickly and safely
    key-results:
      - title: Lead time for changes
        id: lead-time
        metric: { type: lead-time-for-changes, environment: production }
        baseline: 3d
        target: 12h
      - title: Recovery time
        id: recovery
        metric: { type: deployment-recovery-time, environment: production }
        baseline: 2d
        target: 30m
      - title: Deployment frequency
        id: frequency
        metric: { type: deployment-frequency, environment: production }
        target: 40
      - title: Change failure rate
        id: cfr
        metric: { type: change-failure-rate, environment: production }
        target: 5%
`;

it('the scorecard reports the four keys with their DORA levels, unrecovered streaks and series', async () => {
  github = await startFakeGitHub({ history: history(doraHistory()) });
  const parsed = parseOkrFile(OKRS, '.github/okrs.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const { report } = await scorecard({
    okrs: parsed.okrs,
    repository: FULL_NAME,
    asOf: AS_OF,
    now: AS_OF,
    octokit: testClient(github.url),
  });
  const [lead, recovery, frequency, cfr] = report.objectives[0]!.keyResults;
  expect(lead).toMatchObject({ value: LEAD_TIMES[3], samples: 7, dora: { level: 'high', value: LEAD_TIMES[3] } });
  expect(recovery).toMatchObject({ value: 3 * 3600, samples: 1, unrecovered: 1, dora: { level: 'high' } });
  // 7 successes in production over 19 days; 4 failures of 11 outcomes.
  expect(frequency).toMatchObject({ value: 7, dora: { level: 'high', value: 7 / 19 } });
  expect(cfr).toMatchObject({ value: 4 / 11, dora: { level: 'low', value: 4 / 11 } });
  // The series' checkpoints come from the same records: the week of 10-08 saw b1, b2 and s1.
  expect(lead!.series.map((p) => p.samples)).toEqual([3, 7, 7]);
  // Lead time and the other three read one listing, plus the four comparisons.
  expect(report.requests?.sources).toHaveLength(1);
  expect(report.requests?.restRequests).toBe(4);
});
