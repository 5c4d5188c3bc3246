import { beforeAll, describe, expect, test } from 'vitest';
import { FILTERED_RESULT_CAP, type FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { call, links, type RunsPage } from './helpers.js';
import { history } from './fixture.js';

const standIn = useStandIn();
const sharedStandIn = useStandIn('file');

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await sharedStandIn.start({ history: history(1500) });
});

const RUNS = '/repos/acme/payments/actions/workflows/ci.yml/runs';

describe('Link pagination', () => {
  test('following rel="next" visits every run once, newest first (created_at desc, then id desc)', async () => {
    const small = await standIn.start({ history: history(250) });
    const ids: number[] = [];
    const created: string[] = [];
    let next: string | undefined = `${RUNS}?per_page=100`;
    let pages = 0;
    while (next) {
      const page: Awaited<ReturnType<typeof call<RunsPage>>> = await call<RunsPage>(small, next.replace(small.url, ''));
      expect(page.status).toBe(200);
      expect(page.body.total_count).toBe(250);
      ids.push(...page.body.workflow_runs.map((r) => r.id));
      created.push(...page.body.workflow_runs.map((r) => r.created_at));
      next = links(page.headers).next;
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(ids).size).toBe(250);
    expect(created).toEqual([...created].sort().reverse());
    expect(ids[0]).toBe(1249);
  });

  test('runs created in the same second list the higher id first', async () => {
    const page = await call<RunsPage>(gh, '/repos/acme/payments/actions/workflows/deploy.yml/runs');
    expect(page.body.workflow_runs.map((r) => r.id)).toEqual([51, 50]);
  });

  test('links are absolute, keep the query, and carry prev/next/last/first as GitHub places them', async () => {
    const first = await call(gh, `${RUNS}?per_page=100&branch=main`);
    expect(Object.keys(links(first.headers))).toEqual(['next', 'last']);
    expect(links(first.headers).next).toBe(`${gh.url}${RUNS}?per_page=100&branch=main&page=2`);

    const middle = await call(gh, `${RUNS}?per_page=100&page=3`);
    const rels = links(middle.headers);
    expect(Object.keys(rels)).toEqual(['prev', 'next', 'last', 'first']);
    expect(rels.prev).toBe(`${gh.url}${RUNS}?per_page=100&page=2`);
    expect(rels.next).toBe(`${gh.url}${RUNS}?per_page=100&page=4`);
    expect(rels.last).toBe(`${gh.url}${RUNS}?per_page=100&page=15`);
    expect(rels.first).toBe(`${gh.url}${RUNS}?per_page=100&page=1`);

    const last = await call(gh, `${RUNS}?per_page=100&page=15`);
    expect(Object.keys(links(last.headers))).toEqual(['prev', 'first']);
  });

  test('a single page has no Link header; an /api/v3 prefix is kept in the links', async () => {
    const single = await call(gh, '/repos/acme/payments/deployments');
    expect(single.headers.get('link')).toBeNull();
    const prefixed = await call(gh, `/api/v3${RUNS}?per_page=100`);
    expect(links(prefixed.headers).next).toBe(`${gh.url}/api/v3${RUNS}?per_page=100&page=2`);
  });

  test('per_page defaults to 30 and is capped at 100', async () => {
    expect((await call<RunsPage>(gh, RUNS)).body.workflow_runs).toHaveLength(30);
    expect((await call<RunsPage>(gh, `${RUNS}?per_page=500`)).body.workflow_runs).toHaveLength(100);
  });
});

describe('the 1,000-result cap on filtered workflow-run listings', () => {
  const mainRuns = 1500 - Math.ceil(1500 / 7);

  test('with a filter, total_count tells the truth but pages past the 1,000th result are empty', async () => {
    const tenth = await call<RunsPage>(gh, `${RUNS}?branch=main&per_page=100&page=10`);
    expect(tenth.body.total_count).toBe(mainRuns);
    expect(tenth.body.workflow_runs).toHaveLength(100);
    expect(links(tenth.headers).next).toBeUndefined();

    const eleventh = await call<RunsPage>(gh, `${RUNS}?branch=main&per_page=100&page=11`);
    expect(eleventh.status).toBe(200);
    expect(eleventh.body.total_count).toBe(mainRuns);
    expect(eleventh.body.workflow_runs).toEqual([]);
  });

  test('the cap counts results, not pages: per_page=30 stops inside page 34', async () => {
    const page34 = await call<RunsPage>(gh, `${RUNS}?created=%3E%3D2026-10-01&page=34`);
    expect(page34.body.workflow_runs).toHaveLength(FILTERED_RESULT_CAP - 33 * 30);
    expect((await call<RunsPage>(gh, `${RUNS}?created=%3E%3D2026-10-01&page=35`)).body.workflow_runs).toEqual([]);
  });

  test('each capping filter applies the cap; without filters every run is reachable', async () => {
    for (const filter of ['event=push', 'status=completed', 'created=2026-10-01..2026-12-31', 'actor=octocat']) {
      const page = await call<RunsPage>(gh, `${RUNS}?${filter}&per_page=100&page=11`);
      expect(page.body.workflow_runs, filter).toEqual([]);
      expect(page.body.total_count, filter).toBeGreaterThan(1000);
    }
    expect((await call<RunsPage>(gh, `${RUNS}?per_page=100&page=11`)).body.workflow_runs).toHaveLength(100);
  });

  test('splitting the created range under the cap reaches every run', async () => {
    const halves = ['2026-10-01T00:00:00Z..2026-10-31T23:59:59Z', '>=2026-11-01T00:00:00Z'];
    let seen = 0;
    for (const created of halves) {
      const first = await call<RunsPage>(gh, `${RUNS}?created=${encodeURIComponent(created)}&per_page=100`);
      expect(first.body.total_count).toBeLessThanOrEqual(1000);
      seen += first.body.total_count;
    }
    expect(seen).toBe(1500);
  });
});
