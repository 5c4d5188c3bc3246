/**
 * The whole pipeline through the real client and the loopback stand-in: faults and rate limits change how many
 * requests it takes, never the scorecard.
 */
import { describe, expect, it } from 'vitest';
import { scorecard } from '../src/engine.js';
import { parseOkrFile } from '../src/okrs/parse.js';
import { startFakeGitHub, type FaultOptions } from '../src/fake-github/index.js';
import { demoHistory } from '../demo/history.js';
import { DEMO_AS_OF, DEMO_REPOSITORY, demoMetrics, demoOkrsText } from '../demo/scenario.js';
import { testClient } from './github/support/history.js';

const history = demoHistory();
const parsed = parseOkrFile(demoOkrsText, '.github/okrs.yml');
if (!parsed.ok) throw new Error('demo OKR file does not parse');
const okrs = parsed.okrs;

async function scoreWith(faults?: FaultOptions) {
  const github = await startFakeGitHub({ history, faults, seed: 7 });
  try {
    const octokit = testClient(github.url, { retries: 6 });
    const report = await scorecard({
      okrs,
      repository: DEMO_REPOSITORY,
      asOf: new Date(DEMO_AS_OF),
      now: new Date('2026-11-28T12:00:00Z'),
      octokit,
      metrics: demoMetrics(),
    });
    return { report, requests: github.requests, stats: octokit.stats() };
  } finally {
    await github.close();
  }
}

describe('the scorecard under GitHub faults', () => {
  it('15% of requests failing 502/503 and periodic secondary limits give exactly the clean report', async () => {
    const clean = await scoreWith();
    const faulty = await scoreWith({ failureRate: 0.15, secondaryLimitEvery: 25 });

    // Only what the run cost differs: retries are requests too.
    expect({ ...faulty.report, requests: undefined }).toEqual({ ...clean.report, requests: undefined });
    expect(faulty.report.requests!.restRequests).toBeGreaterThan(clean.report.requests!.restRequests);
    expect(clean.report.objectives.flatMap((o) => o.keyResults).every((kr) => kr.status !== 'error')).toBe(true);
    const failed = faulty.requests.filter((r) => r.status >= 500).length;
    const limited = faulty.requests.filter((r) => r.status === 403).length;
    expect(failed).toBeGreaterThan(clean.requests.length * 0.08);
    expect(limited).toBeGreaterThan(0);
    expect(faulty.stats.retries).toBe(failed + limited);
  });

  it('a source that keeps failing errors only its own key results, with what to do', async () => {
    const { report } = await scoreWith({ failureRate: 1 });
    const krs = report.objectives.flatMap((o) => o.keyResults);
    const supplied = krs.find((kr) => kr.metric.type === 'value')!;
    expect(supplied.status).toBe('achieved');
    for (const kr of krs.filter((k) => k.metric.type !== 'value')) {
      expect(kr.status).toBe('error');
      expect(kr.error).toMatch(/re-run/i);
    }
    expect(report.status).toBe('error');
  });
});
