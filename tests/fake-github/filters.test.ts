import { beforeAll, describe, expect, test } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { call, type RunsPage } from './helpers.js';
import { history } from './fixture.js';

const sharedStandIn = useStandIn('file');

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await sharedStandIn.start({ history: history(1500) });
});

const RUNS = '/repos/acme/payments/actions/workflows/ci.yml/runs';
const count = async (query: string) => (await call<RunsPage>(gh, `${RUNS}?per_page=1&${query}`)).body.total_count;
const numbers = async (path: string) => (await call<{ number: number }[]>(gh, path)).body.map((i) => i.number);

describe('workflow runs', () => {
  test('branch, event, and status as a status or a conclusion', async () => {
    expect(await count('branch=feature')).toBe(215);
    expect(await count('event=pull_request')).toBe(300);
    expect(await count('status=in_progress')).toBe(3);
    expect(await count('status=completed')).toBe(1497);
    expect(await count('status=failure')).toBe(150);
    expect(await count('status=success')).toBe(1347);
    expect(await count('branch=main&event=push&status=success')).toBeGreaterThan(0);
    const page = await call<RunsPage>(gh, `${RUNS}?branch=feature&event=pull_request&per_page=100`);
    for (const run of page.body.workflow_runs)
      expect([run.head_branch, run.event]).toEqual(['feature', 'pull_request']);
  });

  test('head_sha and check_suite_id name one run', async () => {
    const run = (
      await call<{ workflow_runs: { id: number; head_sha: string; check_suite_id: number }[] }>(
        gh,
        `${RUNS}?per_page=1`,
      )
    ).body.workflow_runs[0];
    const byHead = await call<RunsPage>(gh, `${RUNS}?head_sha=${run?.head_sha}`);
    expect(byHead.body.workflow_runs.map((r) => r.id)).toEqual([run?.id]);
    const bySuite = await call<RunsPage>(gh, `${RUNS}?check_suite_id=${run?.check_suite_id}`);
    expect(bySuite.body.workflow_runs.map((r) => r.id)).toEqual([run?.id]);
  });

  test.each([
    ['2026-10-01', 24],
    ['2026-10-01..2026-10-01', 24],
    ['2026-10-01T05:00:00Z..2026-10-01T07:00:00Z', 3],
    ['2026-10-01T05:00:00Z', 1],
    ['>2026-10-01T05:00:00Z', 1494],
    ['>=2026-10-01T05:00:00Z', 1495],
    ['<2026-10-01T05:00:00Z', 5],
    ['<=2026-10-01T05:00:00Z', 6],
    ['>=2026-10-02', 1476],
    ['>2026-10-01', 1476],
    ['<2026-10-02', 24],
    ['<=2026-10-01', 24],
    ['2026-10-01T07:00:00+02:00..*', 1495],
    ['*..2026-10-01T00:00:00Z', 1],
  ])('created=%s → %i runs', async (created, expected) => {
    expect(await count(`created=${encodeURIComponent(created)}`)).toBe(expected);
  });

  test('an unparseable created range is a 422', async () => {
    expect((await call(gh, `${RUNS}?created=yesterday`)).status).toBe(422);
  });

  test('a workflow is named by id or file name; an unknown one is a 404 with GitHub’s body', async () => {
    expect((await call<RunsPage>(gh, '/repos/acme/payments/actions/workflows/1/runs')).body.total_count).toBe(1500);
    for (const path of [
      '/repos/acme/payments/actions/workflows/nope.yml/runs',
      '/repos/acme/payments/actions/workflows/99/runs',
      '/repos/acme/nope/actions/workflows/ci.yml/runs',
    ]) {
      const answer = await call<{ message: string; documentation_url: string }>(gh, path);
      expect(answer.status).toBe(404);
      expect(answer.body.message).toBe('Not Found');
      expect(answer.body.documentation_url).toMatch(/^https:\/\/docs\.github\.com\//);
    }
  });

  test('workflows list and run fields', async () => {
    const workflows = await call<{ total_count: number; workflows: { id: number; path: string }[] }>(
      gh,
      '/repos/acme/payments/actions/workflows',
    );
    expect(workflows.body.workflows.map((w) => w.path)).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/deploy.yml',
    ]);
    const run = (
      await call<{ workflow_runs: Record<string, unknown>[] }>(gh, `${RUNS}?per_page=100&page=15`)
    ).body.workflow_runs.at(-1);
    // The oldest run (i = 0) is one of the fixture's runs without run_started_at, as some old runs are.
    expect(run).toMatchObject({
      id: 1000,
      run_number: 1,
      run_attempt: 2,
      created_at: '2026-10-01T00:00:00Z',
      conclusion: 'failure',
    });
    expect(run).not.toHaveProperty('run_started_at');
  });
});

describe('deployments', () => {
  test('newest first, filtered by environment, ref, sha', async () => {
    const all = await call<{ id: number; sha: string }[]>(gh, '/repos/acme/payments/deployments');
    expect(all.body.map((d) => d.id)).toEqual([303, 302, 301]);
    expect(
      (await call<{ id: number }[]>(gh, '/repos/acme/payments/deployments?environment=production')).body.map(
        (d) => d.id,
      ),
    ).toEqual([303, 301]);
    expect((await call<{ id: number }[]>(gh, '/repos/acme/payments/deployments?ref=v2')).body.map((d) => d.id)).toEqual(
      [303],
    );
    const sha = all.body[2]?.sha ?? '';
    expect(
      (await call<{ id: number }[]>(gh, `/repos/acme/payments/deployments?sha=${sha}`)).body.map((d) => d.id),
    ).toEqual([301]);
  });

  test('statuses newest first; unknown deployment 404', async () => {
    const statuses = await call<{ id: number; state: string }[]>(gh, '/repos/acme/payments/deployments/301/statuses');
    expect(statuses.body.map((s) => [s.id, s.state])).toEqual([
      [3013, 'inactive'],
      [3012, 'success'],
      [3011, 'in_progress'],
    ]);
    expect((await call(gh, '/repos/acme/payments/deployments/999/statuses')).status).toBe(404);
  });
});

describe('issues', () => {
  test('state defaults to open; pull requests appear among issues with a pull_request object', async () => {
    expect(await numbers('/repos/acme/payments/issues')).toEqual([4, 3, 2]);
    expect(await numbers('/repos/acme/payments/issues?state=all')).toEqual([4, 3, 2, 1]);
    expect(await numbers('/repos/acme/payments/issues?state=closed')).toEqual([1]);
    const all = await call<{ number: number; pull_request?: unknown }[]>(gh, '/repos/acme/payments/issues?state=all');
    expect(all.body.filter((i) => i.pull_request !== undefined).map((i) => i.number)).toEqual([4]);
    const merged = await call<{ pull_request: { merged_at: string | null } }>(gh, '/repos/acme/payments/issues/4');
    expect(merged.body.pull_request.merged_at).toBeNull();
  });

  test('labels must all be carried (case-insensitively); since, creator, sort and direction', async () => {
    expect(await numbers('/repos/acme/payments/issues?state=all&labels=incident')).toEqual([4, 3, 1]);
    expect(await numbers('/repos/acme/payments/issues?state=all&labels=incident,sev1')).toEqual([1]);
    expect(await numbers('/repos/acme/payments/issues?state=all&since=2026-10-05T00:00:00Z')).toEqual([4, 2]);
    expect(await numbers('/repos/acme/payments/issues?state=all&creator=alice')).toEqual([1]);
    expect(await numbers('/repos/acme/payments/issues?state=all&sort=updated&direction=asc')).toEqual([1, 3, 2, 4]);
    expect(await numbers('/repos/acme/payments/issues?state=all&direction=asc')).toEqual([1, 2, 3, 4]);
  });
});

describe('pull requests', () => {
  test('state, base, head', async () => {
    expect(await numbers('/repos/acme/payments/pulls')).toEqual([4]);
    expect(await numbers('/repos/acme/payments/pulls?state=all')).toEqual([6, 5, 4]);
    expect(await numbers('/repos/acme/payments/pulls?state=closed')).toEqual([6, 5]);
    expect(await numbers('/repos/acme/payments/pulls?state=all&base=release')).toEqual([6]);
    expect(await numbers('/repos/acme/payments/pulls?state=all&head=acme:retries')).toEqual([5]);
  });

  test('direction defaults to desc for sort=created, asc otherwise', async () => {
    expect(await numbers('/repos/acme/payments/pulls?state=all&sort=created')).toEqual([6, 5, 4]);
    expect(await numbers('/repos/acme/payments/pulls?state=all&sort=updated')).toEqual([5, 4, 6]);
    expect(await numbers('/repos/acme/payments/pulls?state=all&sort=updated&direction=desc')).toEqual([6, 4, 5]);
  });

  test('merged_at and base ref are carried', async () => {
    const pulls = await call<{ number: number; merged_at: string | null; base: { ref: string } }[]>(
      gh,
      '/repos/acme/payments/pulls?state=all',
    );
    expect(pulls.body.map((p) => [p.number, p.merged_at, p.base.ref])).toEqual([
      [6, null, 'release'],
      [5, '2026-10-05T10:00:00Z', 'main'],
      [4, null, 'main'],
    ]);
  });
});

describe('contents and repository', () => {
  test('a file comes back base64-encoded, byte for byte; a missing one is a 404', async () => {
    const file = await call<{ content: string; encoding: string; size: number }>(
      gh,
      '/repos/acme/payments/contents/.github/okrs.yml?ref=main',
    );
    expect(file.body.encoding).toBe('base64');
    expect(Buffer.from(file.body.content, 'base64').toString('utf8')).toBe('version: 1\nperiod: 2026-Q4\n# ünïcode\n');
    expect(file.body.size).toBe(Buffer.byteLength('version: 1\nperiod: 2026-Q4\n# ünïcode\n'));
    expect((await call(gh, '/repos/acme/payments/contents/missing.yml')).status).toBe(404);
  });

  test('the repository; unknown routes are a JSON 404', async () => {
    const repo = await call<{ full_name: string; default_branch: string }>(gh, '/repos/ACME/Payments');
    expect(repo.body).toMatchObject({ full_name: 'acme/payments', default_branch: 'main' });
    const unknown = await call<{ message: string }>(gh, '/repos/acme/payments/releases');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });
});
