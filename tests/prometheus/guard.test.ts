/**
 * The pull_request_target guard (SPEC §12): the OKR file is the pull request's while the run holds the base
 * repository's credentials, so a query that is not the base commit's is never sent; the unchanged ones are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecard } from '../../src/engine.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { prometheusServer } from '../../src/prometheus/server.js';
import type { FileLocation } from '../../src/github/contents.js';
import { testClient } from '../github/support/history.js';
import { startPrometheus, type RunningPrometheus } from '../support/prometheus/server.js';
import { startSlowProxy, type FrontEnd } from '../support/prometheus/proxies.js';

const BASE: FileLocation = { owner: 'acme', repo: 'checkout', path: '.github/okrs.yml', ref: 'b'.repeat(40) };
const KEPT = 'checkout_queue_depth{job="checkout"}';
const CHANGED_BASE = 'max(checkout_queue_depth)';
const CHANGED_HEAD = 'max(secret_revenue_total)';

const DECREASE_TO = 'direction: decrease, target:';

const file = (changed: string | undefined, added = true) =>
  [
    'version: 1',
    'period: 2026-Q3',
    'objectives:',
    '  - title: Checkout that customers trust',
    '    key-results:',
    `      - { title: Queue, id: queue, metric: { type: prometheus, query: '${KEPT}' }, ${DECREASE_TO} 50 }`,
    ...(changed === undefined
      ? []
      : [`      - { title: Other, id: other, metric: { type: prometheus, query: '${changed}' }, ${DECREASE_TO} 1 }`]),
    ...(added
      ? [`      - { title: Added, id: added, metric: { type: prometheus, query: 'vector(1)' }, ${DECREASE_TO} 1 }`]
      : []),
  ].join('\n');

let prometheus: RunningPrometheus;
let front: FrontEnd;
beforeAll(async () => {
  prometheus = await startPrometheus();
  front = await startSlowProxy(prometheus.url, 0);
}, 60_000);
afterAll(async () => {
  await front?.close();
  await prometheus?.stop();
});

async function scoreHead(head: string, base: string | null, baseQueriesOnly: boolean) {
  const parsed = parseOkrFile(head, '.github/okrs.yml');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  const server = prometheusServer(front.url, '', { url: 'url', headers: 'headers' });
  if (!server.ok) throw new Error(server.error);
  front.seen.length = 0;
  const { report } = await scorecard({
    okrs: parsed.okrs,
    repository: 'acme/checkout',
    asOf: new Date('2026-08-26T00:00:00Z'),
    now: new Date('2026-08-26T00:00:00Z'),
    octokit: testClient('http://127.0.0.1:9'),
    base: BASE,
    readFile: async () => base,
    prometheus: { server: server.server, baseQueriesOnly },
  });
  const krs = new Map(report.objectives[0]!.keyResults.map((kr) => [kr.id, kr]));
  const sent = front.seen.map((request) => new URLSearchParams(request.body).get('query'));
  return { krs, sent };
}

describe('on pull_request_target, only the base commit’s queries run', () => {
  it('a changed or added query is an error that says it runs once merged, and is never sent', async () => {
    const { krs, sent } = await scoreHead(file(CHANGED_HEAD), file(CHANGED_BASE, false), true);
    expect(krs.get('queue')).toMatchObject({ value: 44, status: 'achieved', error: null });
    for (const id of ['other', 'added']) {
      expect(krs.get(id)!.status).toBe('error');
      expect(krs.get(id)!.error).toMatch(/not the base commit's: .* it runs once merged/);
      expect(krs.get(id)!.series).toEqual([]);
    }
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent)).toEqual(new Set([KEPT]));
  });

  it('with no base file to compare with, nothing is sent', async () => {
    const { krs, sent } = await scoreHead(file(undefined), null, true);
    expect([...krs.values()].every((kr) => kr.status === 'error')).toBe(true);
    expect(sent).toEqual([]);
  });

  it('on other events every query runs', async () => {
    const { krs, sent } = await scoreHead(file(CHANGED_HEAD), file(CHANGED_BASE, false), false);
    expect(krs.get('other')).toMatchObject({ status: 'no-data', error: null });
    expect(krs.get('added')).toMatchObject({ value: 1, status: 'achieved' });
    expect(new Set(sent)).toEqual(new Set([KEPT, CHANGED_HEAD, 'vector(1)']));
  });
});
