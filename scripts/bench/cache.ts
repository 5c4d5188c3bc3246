/**
 * `npm run bench -- --cache`: what the cache (SPEC §14, issue 20) saves. At 1× and 10× CI volume, with the same
 * latency per request as the main benchmark: a run a day before the demo's evaluation time fills the cache; then,
 * at the evaluation time, a run without a cache (the cold baseline), a run with it (a day later), and one more ten
 * minutes after that with nothing new. Prints requests, rate-limit points (REST requests GitHub counts, i.e. not
 * answered 304, plus GraphQL points), whether every key result's value and samples equal the cold run's, the cache
 * file's size and how long loading it takes, and a verdict per goal.
 */
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { scorecard } from '../../src/engine.js';
import { createGitHubClient } from '../../src/github/client.js';
import { ListingCache } from '../../src/github/cache/listing-cache.js';
import { tableOf } from '../../src/github/cache/run-columns.js';
import { historyAt, startFakeGitHub, type FakeHistory } from '../../src/fake-github/index.js';
import { githubSchema } from '../../src/fake-github/graphql/schema.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import type { Report } from '../../src/report/model.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, DEMO_OKRS_PATH, DEMO_REPOSITORY, demoMetrics, demoOkrsText } from '../../demo/scenario.js';
import { scaleCiRuns } from './scale.js';

const GOALS: Record<number, number> = { 1: 0.25, 10: 0.05 };
const SIZE_GOAL_BYTES = 5 * 1024 * 1024;
const LOAD_GOAL_MS = 200;
const OWNER = 'bench';
const DAY = 86_400_000;

const { values: args } = parseArgs({
  options: { cache: { type: 'boolean' }, latency: { type: 'string', default: '30' }, quick: { type: 'boolean' } },
});
const latencyMs = Number(args.latency);
const parsed = parseOkrFile(demoOkrsText, DEMO_OKRS_PATH);
if (!parsed.ok) throw new Error('the demo OKR file does not parse');
// As the main benchmark: the listings only (the coach's company file is not a listing).
const okrs = { ...parsed.okrs, company: undefined };
const later = new Date(DEMO_AS_OF);
const earlier = new Date(later.getTime() - DAY);
const twoDaysBefore = new Date(later.getTime() - 2 * DAY);
const quiet = new Date(later.getTime() + 10 * 60_000);

interface Run {
  report: Report;
  requests: number;
  /** What GitHub counts: REST requests not answered 304, and GraphQL points. */
  points: number;
  notModified: number;
  cacheText: string;
}

async function scoreAt(history: FakeHistory, now: Date, cacheText: string | null | undefined): Promise<Run> {
  const github = await startFakeGitHub({ history, now: () => now, faults: { latencyMs } });
  try {
    const octokit = createGitHubClient({ token: 'bench-token', baseUrl: github.url });
    const cache =
      cacheText === undefined
        ? undefined
        : ListingCache.load(
            cacheText,
            OWNER,
            () => now,
            (m) => console.log(`  notice: ${m}`),
          );
    const { report } = await scorecard({
      okrs,
      repository: DEMO_REPOSITORY,
      asOf: now,
      now,
      octokit,
      metrics: demoMetrics(),
      cache,
    });
    const requests = report.requests!;
    const notModified = requests.cache?.notModified ?? 0;
    return {
      report,
      requests: requests.restRequests + requests.graphqlRequests,
      points: requests.restRequests - notModified + requests.graphqlPoints,
      notModified,
      cacheText: cache?.serialize() ?? '',
    };
  } finally {
    await github.close();
  }
}

function values(report: Report): string {
  return JSON.stringify(
    report.objectives.flatMap((o) => o.keyResults.map((kr) => [kr.id, kr.value, kr.samples, kr.error, kr.series])),
  );
}

function percentOf(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}%`;
}

function loadMs(text: string): number {
  const started = performance.now();
  const cache = ListingCache.load(
    text,
    OWNER,
    () => later,
    () => {},
  );
  for (const key of Object.keys(JSON.parse(text).listings)) {
    const entry = cache.entry(key, 'workflow-runs');
    if (entry) tableOf(entry.runs);
  }
  return performance.now() - started;
}

githubSchema();
console.log(
  `Cache benchmark: Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}, ${latencyMs} ms per request\n`,
);
const verdicts: [string, boolean][] = [];
for (const scale of args.quick ? [1] : [1, 10]) {
  const full = scaleCiRuns(demoHistory(), scale, DEMO_REPOSITORY, okrs.period.start);
  const atLater = historyAt(full, later);
  const first = await scoreAt(historyAt(full, twoDaysBefore), twoDaysBefore, null);
  const previous = await scoreAt(historyAt(full, earlier), earlier, first.cacheText);
  const cold = await scoreAt(atLater, later, undefined);
  // A cold run leaves no ETags for the re-read: the run after it pays 200s; a run after a warm one is the steady state.
  const afterCold = await scoreAt(atLater, later, first.cacheText);
  const warm = await scoreAt(atLater, later, previous.cacheText);
  const idle = await scoreAt(atLater, quiet, warm.cacheText);
  const idleCold = await scoreAt(atLater, quiet, undefined);
  const ms = Math.min(...[1, 2, 3].map(() => loadMs(warm.cacheText)));
  const bytes = Buffer.byteLength(warm.cacheText);
  const share = warm.requests / cold.requests;
  console.log(`${scale}×`);
  console.log(`  cold run (no cache):           ${cold.requests} requests, ${cold.points} rate-limit points`);
  console.log(
    `  two days after a cold run:     ${afterCold.requests} requests ` +
      `(${percentOf(afterCold.requests, cold.requests)}), ${afterCold.points} points, ` +
      `${afterCold.notModified} answered 304`,
  );
  console.log(
    `  a day after a warm run:        ${warm.requests} requests (${percentOf(warm.requests, cold.requests)}), ` +
      `${warm.points} points (${percentOf(warm.points, cold.points)}), ${warm.notModified} answered 304`,
  );
  console.log(
    `  nothing new, with the cache:   ${idle.requests} requests, ${idle.notModified} answered 304, ` +
      `${idle.points} points`,
  );
  console.log(
    `  cache file: ${(bytes / 1024).toFixed(0)} KB, loaded (parsed, checked, runs decoded) in ${ms.toFixed(0)} ms`,
  );
  const same =
    values(warm.report) === values(cold.report) &&
    values(afterCold.report) === values(cold.report) &&
    values(idle.report) === values(idleCold.report);
  console.log(`  values identical to a cold run: ${same ? 'yes' : 'NO'}\n`);
  verdicts.push([`${scale}×: a day later ≤ ${GOALS[scale]! * 100}% of a cold run's requests`, share <= GOALS[scale]!]);
  const pointShare = warm.points / cold.points;
  verdicts.push([
    `${scale}×: a day later ≤ ${GOALS[scale]! * 100}% of a cold run's rate-limit points`,
    pointShare <= GOALS[scale]!,
  ]);
  verdicts.push([
    `${scale}×: nothing new: every listing 304, no point spent`,
    idle.points === 0 && idle.notModified === idle.requests,
  ]);
  verdicts.push([`${scale}×: values identical to a cold run`, same]);
  if (scale === 10) {
    verdicts.push([`10×: cache file under 5 MB`, bytes < SIZE_GOAL_BYTES]);
    verdicts.push([`10×: loading it under ${LOAD_GOAL_MS} ms`, ms < LOAD_GOAL_MS]);
  }
}
for (const [goal, met] of verdicts) console.log(`${met ? 'PASS' : 'FAIL'}  ${goal}`);
