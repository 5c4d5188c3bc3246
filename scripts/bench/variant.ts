/**
 * One measured variant, run in a child process of its own so that its peak memory is its own: it gets the
 * stand-in's URL from the orchestrator, scores the demo OKR file one way, and reports requests, wall time, peak
 * RSS and the key results' values.
 */
import type { Octokit } from '@octokit/rest';
import { createGitHubClient } from '../../src/github/client.js';
import { scorecard } from '../../src/engine.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import type { OkrFile } from '../../src/okrs/model.js';
import { DEMO_AS_OF, DEMO_OKRS_PATH, DEMO_REPOSITORY, demoMetrics, demoGitHubOkrsText } from '../../demo/scenario.js';
import { naiveScorecard } from './naive.js';
import type { KeyResultValue, VariantRequest, VariantResult } from './protocol.js';
import { trendCost } from './trend-cost.js';
import { planScorecard } from '../../src/plan.js';
import { fetchSources } from '../../src/github/fetch.js';
import { previousPeriod } from '../../src/metrics/window.js';

process.once('message', (message: VariantRequest) => {
  runVariant(message).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});

async function runVariant(request: VariantRequest): Promise<VariantResult> {
  const parsed = parseOkrFile(demoGitHubOkrsText, DEMO_OKRS_PATH);
  if (!parsed.ok) throw new Error(`the demo OKR file does not parse: ${JSON.stringify(parsed.errors)}`);
  const okrs = parsed.okrs;
  // The stand-in, like GitHub, limits anonymous callers; any token is a signed-in caller there.
  const octokit = createGitHubClient({ token: 'bench-token', baseUrl: request.url });
  const inFlight = trackInFlight(octokit, request.variant === 'engine-serial');

  const startRssBytes = process.memoryUsage().rss;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const trend =
    request.variant === 'trend-cost'
      ? await trendCost(okrs, octokit, DEMO_REPOSITORY, new Date(DEMO_AS_OF))
      : undefined;
  const values = trend
    ? {}
    : request.variant === 'previous-only'
      ? await readPreviousOnly(okrs, octokit)
      : await score(request, okrs, octokit);
  const cpu = process.cpuUsage(cpuStart);
  const wallMs = performance.now() - started;

  return {
    variant: request.variant,
    clientRequests: octokit.stats().requests,
    peakInFlight: inFlight.peak,
    wallMs,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    startRssBytes,
    values,
    cpuMs: (cpu.user + cpu.system) / 1000,
    ...(trend ? { trend } : {}),
  };
}

async function score(
  request: VariantRequest,
  okrs: OkrFile,
  octokit: Octokit,
): Promise<Record<string, KeyResultValue>> {
  const common = { okrs, repository: DEMO_REPOSITORY, asOf: new Date(DEMO_AS_OF), octokit, metrics: demoMetrics() };
  if (request.variant === 'naive') return naiveScorecard(common);
  // The bench compares the listings' reads with the naive scorer's: the coach's company file is left out.
  const { report } = await scorecard({
    ...common,
    okrs: { ...okrs, company: undefined },
    now: new Date(DEMO_AS_OF),
    concurrency: request.variant === 'engine' || request.variant === 'calibrated' ? undefined : 1,
    calibrate: request.variant === 'calibrated' ? 'always' : 'never',
  });
  const values: Record<string, KeyResultValue> = {};
  for (const objective of report.objectives) {
    for (const kr of objective.keyResults) values[kr.id] = { value: kr.value, samples: kr.samples, error: kr.error };
  }
  return values;
}

/**
 * What calibrating would cost without sharing: the listings a scorecard of the previous period (as of its end)
 * reads, on their own. Beside `calibrated` it shows what widening the current listings saves.
 */
async function readPreviousOnly(okrs: OkrFile, octokit: Octokit): Promise<Record<string, KeyResultValue>> {
  const period = previousPeriod(okrs.period);
  const plan = planScorecard({ ...okrs, period }, { repository: DEMO_REPOSITORY, asOf: period.end });
  await fetchSources(octokit, [...plan.sources.values()]);
  return {};
}

/**
 * Counts requests in flight around Octokit's whole request chain (throttling and retries included). With
 * `serialize`, it also makes every request wait for the one before: the "same requests one at a time" baseline,
 * which `concurrency: 1` alone is not (a source's pages and deployment statuses are still read a few at a time).
 */
function trackInFlight(octokit: Octokit, serialize: boolean): { readonly peak: number } {
  const tally = { now: 0, peak: 0 };
  let queue: Promise<unknown> = Promise.resolve();
  octokit.hook.wrap('request', async (request, options) => {
    const send = async () => {
      tally.now += 1;
      tally.peak = Math.max(tally.peak, tally.now);
      try {
        return await request(options);
      } finally {
        tally.now -= 1;
      }
    };
    if (!serialize) return send();
    const turn = queue.then(send);
    queue = turn.catch(() => undefined);
    return turn;
  });
  return tally;
}
