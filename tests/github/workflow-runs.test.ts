import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useStandIn } from '../support/stand-in.js';
import type { FakeGitHub, FakeRun } from '../../src/fake-github/index.js';
import { fetchWorkflowRuns, splitRange } from '../../src/github/workflow-runs.js';
import { fetchSource } from '../../src/github/fetch.js';
import {
  CI_WORKFLOW,
  OWNER,
  REPO,
  SINCE,
  UNTIL,
  at,
  history,
  run,
  runsBetween,
  testClient,
} from './support/history.js';

const standIn = useStandIn();
let github: FakeGitHub | undefined;

const spec = (fields: { workflow?: string; branch?: string; event?: string; since?: Date; until?: Date } = {}) => ({
  kind: 'workflow-runs' as const,
  owner: OWNER,
  repo: REPO,
  workflow: 'deploy.yml',
  since: SINCE,
  until: UNTIL,
  ...fields,
});

const runsPath = (path: string) => path.includes('/actions/workflows/');

describe('fetchWorkflowRuns', () => {
  it('returns exactly the completed runs created in the half-open window', async () => {
    const inside = [run('2026-10-01T00:00:00Z'), run('2026-10-15T12:00:00Z'), run('2026-10-31T23:59:59Z')];
    const outside = [
      run('2026-09-30T23:59:59Z'),
      run('2026-11-01T00:00:00Z'),
      run('2026-10-10T00:00:00Z', { status: 'in_progress', conclusion: null }),
      run('2026-10-10T00:00:00Z', { workflow_id: CI_WORKFLOW.id }),
    ];
    github = await standIn.start({ history: history({ runs: [...inside, ...outside] }) });

    const runs = await fetchWorkflowRuns(testClient(github.url), spec());

    expect(runs.runs().map((r) => r.id)).toEqual(inside.map((r) => r.id));
    expect(runs.run(0)).toEqual({
      id: inside[0]!.id,
      created_at: '2026-10-01T00:00:00Z',
      updated_at: '2026-10-01T00:10:00Z',
      run_started_at: '2026-10-01T00:00:00Z',
      status: 'completed',
      conclusion: 'success',
      run_attempt: 1,
      head_branch: 'main',
      event: 'push',
    });
    expect(github.requests.filter((r) => runsPath(r.path))).toHaveLength(1);
  });

  it('filters branch and event on the server', async () => {
    const wanted = run('2026-10-02T00:00:00Z', { head_branch: 'main', event: 'push' });
    const runs = [
      wanted,
      run('2026-10-02T00:00:00Z', { head_branch: 'dev' }),
      run('2026-10-02T00:00:00Z', { event: 'workflow_dispatch' }),
    ];
    github = await standIn.start({ history: history({ runs }) });

    const fetched = await fetchWorkflowRuns(testClient(github.url), spec({ branch: 'main', event: 'push' }));

    expect(fetched.runs().map((r) => r.id)).toEqual([wanted.id]);
    const query = new URL(github.requests[0]!.path, github.url).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({
      status: 'completed',
      branch: 'main',
      event: 'push',
      created: '2026-10-01T00:00:00Z..2026-10-31T23:59:59Z',
      per_page: '100',
    });
  });

  it('reads every run past the 1,000-result cap by splitting the window, without duplicates', async () => {
    const inWindow = runsBetween(SINCE, UNTIL, 3500);
    // Several runs created in the very same second as part boundaries may fall on.
    const sameSecond = Array.from({ length: 5 }, () => run('2026-10-16T00:00:00Z'));
    const outside = [...runsBetween(new Date('2026-09-01T00:00:00Z'), SINCE, 300), run('2026-11-01T00:00:00Z')];
    github = await standIn.start({ history: history({ runs: [...inWindow, ...sameSecond, ...outside] }) });

    const runs = await fetchWorkflowRuns(testClient(github.url), spec());

    const expected = [...inWindow, ...sameSecond].map((r) => r.id).sort((a, b) => a - b);
    expect(
      runs
        .runs()
        .map((r) => Number(r.id))
        .sort((a, b) => a - b),
    ).toEqual(expected);
    const requests = github.requests.filter((r) => runsPath(r.path));
    // 35 pages of data, plus the probe of the whole window; no part needed splitting again.
    expect(requests.length).toBeLessThanOrEqual(36 + 5);
    expect(requests.every((r) => r.status === 200)).toBe(true);
  });

  it('the probe page ending inside one second: every run of that second read once, none twice', async () => {
    // Past the cap, the newest page is kept and the rest read up to its oldest second, inclusive. Make that page
    // end in the middle of 20 runs created in one second: 85 newer runs, then 15 of the 20 fill the page.
    const older = runsBetween(SINCE, new Date('2026-10-20T00:00:00Z'), 1100);
    const boundary = Array.from({ length: 20 }, () => run('2026-10-25T00:00:00Z'));
    const newer = runsBetween(new Date('2026-10-26T00:00:00Z'), UNTIL, 85);
    github = await standIn.start({ history: history({ runs: [...older, ...boundary, ...newer] }) });

    const runs = await fetchWorkflowRuns(testClient(github.url), spec());

    const ids = runs.runs().map((r) => Number(r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort((a, b) => a - b)).toEqual([...older, ...boundary, ...newer].map((r) => r.id).sort((a, b) => a - b));
  });

  it('property: split parts cover every second of the range exactly once, boundaries included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 50 }),
        (first, width, count) => {
          const range = { first, last: first + width };
          const parts = splitRange(range, count);
          expect(parts[0]!.first).toBe(range.first);
          expect(parts.at(-1)!.last).toBe(range.last);
          for (let i = 1; i < parts.length; i++) expect(parts[i]!.first).toBe(parts[i - 1]!.last + 1);
          for (const part of parts) expect(part.first).toBeLessThanOrEqual(part.last);
        },
      ),
    );
  });

  it('keeps split parts disjoint and gapless', () => {
    const parts = splitRange({ first: 100, last: 199 }, 3);
    expect(parts).toEqual([
      { first: 100, last: 132 },
      { first: 133, last: 165 },
      { first: 166, last: 199 },
    ]);
    expect(splitRange({ first: 5, last: 5 }, 4)).toEqual([{ first: 5, last: 5 }]);
  });

  it('says which workflow is unknown and how to fix it', async () => {
    github = await standIn.start({ history: history({ runs: [run('2026-10-02T00:00:00Z')] }) });

    const result = await fetchSource(testClient(github.url), spec({ workflow: 'deplyo.yml' }));

    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^workflow `deplyo.yml` not found in acme\/payments: check the `workflow` file name or id/,
      ),
    });
  });

  it('says when the repository itself is missing', async () => {
    github = await standIn.start({ history: history() });

    const result = await fetchSource(testClient(github.url), { ...spec(), repo: 'nope' });

    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^repository acme\/nope not found/) });
  });

  it('accepts a workflow id as well as a file name', async () => {
    const runs: FakeRun[] = [run(at('2026-10-03T00:00:00Z'))];
    github = await standIn.start({ history: history({ runs }) });

    const fetched = await fetchWorkflowRuns(testClient(github.url), spec({ workflow: '101' }));

    expect(fetched).toHaveLength(1);
  });
});
