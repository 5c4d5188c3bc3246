/**
 * The demo history read a day apart (SPEC §14): the second run, with the cache the first left, reads only what
 * changed and gives the report a run without a cache gives; a third with nothing new is answered 304 throughout.
 */
import { describe, expect, it } from 'vitest';
import { demoHistory } from '../../../demo/history.js';
import { DEMO_AS_OF, demoOkrsText } from '../../../demo/scenario.js';
import { historyAt } from '../../../src/fake-github/index.js';
import { parseOkrFile } from '../../../src/okrs/parse.js';
import type { Report } from '../../../src/report/model.js';
import { scoreAt, values } from './support.js';

/** What the listings the cache keeps cost (those `like`'s cache kept, when given). */
function keptCost(report: Report, like: Report = report): number {
  const kept = new Set(like.requests!.sources.filter((s) => s.cache).map((s) => s.kind + JSON.stringify(s.filters)));
  return report
    .requests!.sources.filter((s) => kept.has(s.kind + JSON.stringify(s.filters)))
    .reduce((n, s) => n + s.restRequests + s.graphqlRequests, 0);
}

const parsed = parseOkrFile(demoOkrsText, '.github/okrs.yml');
if (!parsed.ok) throw new Error('demo OKR file does not parse');
const okrs = parsed.okrs;
const later = new Date(DEMO_AS_OF);
const earlier = new Date(later.getTime() - 86_400_000);

describe('the demo a day apart, through the cache', () => {
  it('reads what changed, gives the fresh report, and with nothing new spends nothing', async () => {
    const full = demoHistory();
    const first = await scoreAt(okrs, historyAt(full, earlier), earlier, null);
    const now = historyAt(full, later);
    const fresh = await scoreAt(okrs, now, later, undefined);
    const warm = await scoreAt(okrs, now, later, first.cacheText);
    expect(values(warm.report)).toEqual(values(fresh.report));
    expect(keptCost(warm.report)).toBeLessThanOrEqual(0.25 * keptCost(fresh.report, warm.report));

    const again = await scoreAt(okrs, now, new Date(later.getTime() + 600_000), warm.cacheText);
    const freshAgain = await scoreAt(okrs, now, new Date(later.getTime() + 600_000), undefined);
    expect(values(again.report)).toEqual(values(freshAgain.report));
    // Every listing the cache keeps answered 304: not one point of either budget spent on them. The deployments
    // lead time reads (with what each delivered, SPEC §11) are not kept: read in full, and said so (no `cache`).
    const requests = again.report.requests!;
    const kept = requests.sources.filter((source) => source.cache);
    const dora = requests.sources.filter((source) => !source.cache);
    expect(dora.map((source) => source.kind)).toEqual(['deployments']);
    expect(kept.every((source) => source.cache!.state === 'warm')).toBe(true);
    expect(kept.every((source) => source.cache!.notModified === source.restRequests)).toBe(true);
    expect(kept.every((source) => source.graphqlRequests === 0)).toBe(true);
    // Saved: what the kept listings' last full reads took, all of it (nothing was counted).
    expect(requests.cache!.saved).toBe(kept.reduce((n, source) => n + source.cache!.fullReadRequests, 0));
    expect(requests.cache!.saved).toBeGreaterThan(20);
  }, 120_000);
});
