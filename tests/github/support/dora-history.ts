/**
 * A production history for the DORA keys (SPEC §11), with every case §11 names: a merge commit, a squash, a
 * rebase, a commit dated after its deployment, a redeploy of the same sha, a roll-back and a roll-forward, a
 * failure streak that began before the window, one recovered in it and one not yet recovered. Each successful
 * deployment's status comes 60 s after it is created. The expected samples are worked out by hand beside it.
 */
import { CommitGraph, type FakeDeployment } from '../../../src/fake-github/index.js';
import { deployment } from './history.js';

/** Scored as of this instant, with the period 2026-Q4 (window [2026-10-01, AS_OF)). */
export const AS_OF = new Date('2026-10-20T00:00:00Z');

const H = 3600;
const DAY = 86_400;

/** Lead time samples, in seconds, sorted: what each commit delivered in the window contributes. */
export const LEAD_TIMES = [
  0, // f1: authored after its deployment succeeded (a clock ahead): counts 0
  2 * H + 60, // s1: squashed at 10:00, live at 12:01 on 10-05
  5 * H + 60, // g1: 10:00 → 15:01 on 10-12, delivered after two failed attempts
  DAY + 2 * H + 60, // b2: 10-02 10:00 → 10-03 12:01
  DAY + 3 * H + 60, // e2: rebased, authored 10-07 09:00 → 10-08 12:01
  DAY + 4 * H + 60, // e1: rebased, authored 10-07 08:00 → 10-08 12:01
  2 * DAY + 2 * H + 60, // b1: 10-01 10:00 → 10-03 12:01
];

/** Recovery: the streak of 10-12 (failure 12:01 → success 15:01); the failure of 10-15 is not recovered. */
export const RECOVERY_TIMES = [3 * H];
export const UNRECOVERED = 1;

export function doraHistory() {
  const git = new CommitGraph();
  const root = git.commit([], { authored: '2026-09-01T10:00:00Z', message: 'Initial commit' });
  const a1 = git.commit([root], { authored: '2026-09-20T10:00:00Z' });
  // A pull request merged with a merge commit: b1, b2, then the merge (not a change).
  const { merge: m1 } = git.mergePull(
    a1,
    [{ authored: '2026-10-01T10:00:00Z' }, { authored: '2026-10-02T10:00:00Z' }],
    '2026-10-03T09:00:00Z',
  );
  const s1 = git.squashPull(m1, '2026-10-05T10:00:00Z');
  const [, e2] = git.rebasePull(
    s1,
    [{ authored: '2026-10-07T08:00:00Z' }, { authored: '2026-10-07T09:00:00Z' }],
    '2026-10-08T10:00:00Z',
  );
  const f1 = git.commit([e2!], { authored: '2026-10-09T13:00:00Z', committed: '2026-10-08T11:00:00Z' });
  const g1 = git.commit([f1], { authored: '2026-10-12T10:00:00Z' });

  const deploy = (
    created: string,
    sha: string,
    states: FakeDeployment['statuses'][number]['state'][] = ['success'],
  ) => ({
    ...deployment(created, states),
    sha,
  });
  const deployments: FakeDeployment[] = [
    deploy('2026-09-10T12:00:00Z', root),
    deploy('2026-09-25T12:00:00Z', a1), // the predecessor of the window's first success
    deploy('2026-09-30T12:00:00Z', a1, ['failure']), // a streak begun before the window…
    deploy('2026-10-01T12:00:00Z', a1, ['failure']), // …goes on in it: no sample
    deploy('2026-10-03T12:00:00Z', m1), // compare a1...m1: b1, b2 (m1 is a merge)
    deploy('2026-10-05T12:00:00Z', s1), // s1
    deploy('2026-10-06T12:00:00Z', s1), // a redeploy of the same sha: nothing
    deploy('2026-10-08T12:00:00Z', f1), // e1, e2, f1
    deploy('2026-10-10T12:00:00Z', s1), // a roll-back: nothing
    deploy('2026-10-11T12:00:00Z', f1), // the roll-forward: e1, e2, f1 again, counted already
    deploy('2026-10-12T12:00:00Z', g1, ['failure']),
    deploy('2026-10-12T13:00:00Z', g1, ['in_progress', 'error']),
    deploy('2026-10-12T15:00:00Z', g1), // g1, and the streak's recovery
    deploy('2026-10-15T12:00:00Z', g1, ['failure']), // not recovered by the evaluation time
    { ...deployment('2026-10-16T12:00:00Z', ['success'], 'staging'), sha: g1 }, // another environment
  ];
  return { commits: git.commits, deployments };
}
