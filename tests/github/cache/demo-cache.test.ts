/**
 * The demo history read a day apart (SPEC §14): the second run, with the cache the first left, reads only what
 * changed and gives the report a run without a cache gives; a third with nothing new is answered 304 throughout.
 */
import { describe, expect, it } from 'vitest';
import { demoHistory } from '../../../demo/history.js';
import { DEMO_AS_OF, demoOkrsText } from '../../../demo/scenario.js';
import { historyAt } from '../../../src/fake-github/index.js';
import { parseOkrFile } from '../../../src/okrs/parse.js';
import { scoreAt, values } from './support.js';

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
    expect(warm.rest + warm.graphql).toBeLessThanOrEqual(0.25 * (fresh.rest + fresh.graphql));

    const again = await scoreAt(okrs, now, new Date(later.getTime() + 600_000), warm.cacheText);
    const freshAgain = await scoreAt(okrs, now, new Date(later.getTime() + 600_000), undefined);
    expect(values(again.report)).toEqual(values(freshAgain.report));
    // Every listing answered 304: not one point of either budget spent on them.
    const requests = again.report.requests!;
    expect(requests.graphqlRequests).toBe(0);
    expect(requests.cache?.notModified).toBe(requests.restRequests);
    expect(requests.sources.every((source) => source.cache?.state === 'warm')).toBe(true);
    // What the full reads took (the first run's, a day earlier, a little less than today's would).
    expect(requests.cache!.saved).toBeGreaterThan(
      0.9 * (fresh.report.requests!.restRequests + fresh.report.requests!.graphqlRequests),
    );
  }, 120_000);
});
