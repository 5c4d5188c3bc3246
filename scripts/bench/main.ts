/**
 * `npm run bench`: scores the demo OKR file against the demo history through the loopback GitHub stand-in, at
 * 1× and 10× CI volume, with a fixed latency per request, in four ways (protocol.ts), each in its own child
 * process, and the engine alone at 100× (memory that must not grow with the history); prints requests, wall time
 * and peak memory side by side, the request count source by source beside what a careful hand-written REST client
 * needs and the floor, an exactness check of the values, what series and forecasts add (issue 9), and a verdict
 * per goal of issues 9 and 10. `--quick` runs 1× only; `--latency MS` changes the injected latency (default 30);
 * `--trend` runs only the engine and the cost of series and forecasts; `--only N` the engine alone at N×
 * (`--variants a,b` picks others); `--calibration` only what calibrating costs (SPEC §13), which the full run
 * also prints.
 */
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import type { OkrFile } from '../../src/okrs/model.js';
import type { FakeHistory, FakeRepository } from '../../src/fake-github/history.js';
import type { RequestLogEntry } from '../../src/fake-github/options.js';
import { startFakeGitHub } from '../../src/fake-github/index.js';
import { githubSchema } from '../../src/fake-github/graphql/schema.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import { planScorecard } from '../../src/plan.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, DEMO_OKRS_PATH, DEMO_REPOSITORY, demoMetrics, demoGitHubOkrsText } from '../../demo/scenario.js';
import { COMPARISONS, carefulCounts, type CarefulCount } from './careful.js';
import { expectedValues, type ExpectedValue } from './expected.js';
import { integer, megabytes, percent, ratio, seconds, table, verdict } from './format.js';
import { VARIANT_LABELS, type TrendCost, type VariantName, type VariantResult } from './protocol.js';
import { countBy, listingOf } from './requests.js';
import { runVariantInChild } from './run-variant.js';
import { CI_WORKFLOW_PATH, scaleCiRuns } from './scale.js';
import { printCalibrationCost, type CalibrationRun } from './calibration-cost.js';

const VARIANTS: VariantName[] = ['engine', 'engine-c1', 'engine-serial', 'naive'];
/** Calibration's cost beside the engine's run (calibration-cost.ts). */
const CALIBRATION_ONLY: VariantName[] = ['calibrated', 'previous-only'];
const CALIBRATION_VARIANTS: VariantName[] = ['engine', ...CALIBRATION_ONLY];
const WALL_TIME_GOAL = 0.5;
/** Series and forecasts may add at most this share of the run's CPU time and peak memory (issue 9). */
const TREND_SHARE_GOAL = 0.1;
const MEMORY_GOAL_BYTES = 200 * 1024 * 1024;
/** Requests within this share above the floor. */
const FLOOR_GOAL = 1.1;
/** At 1×, at most this share of a careful REST client's requests. */
const CAREFUL_GOAL = 0.5;
/** From 10× to 100×, peak memory grows by less than this share. */
const GROWTH_GOAL = 0.5;
const LARGEST_SCALE = 100;

interface Measured extends VariantResult {
  /** As the stand-in logged them: the count that matters for the rate limit. */
  log: RequestLogEntry[];
}

interface ScaleRun {
  scale: number;
  ciRunsInWindow: number;
  measured: Map<VariantName, Measured>;
  careful: CarefulCount[];
  expected: Record<string, ExpectedValue>;
  trend?: TrendCost;
}

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    latency: { type: 'string', default: '30' },
    // `--only 10`: the engine alone at that scale, for a memory or request check (no goals are judged).
    only: { type: 'string' },
    // With --only: which variants, e.g. `--variants engine,engine-serial` for the wall-time ratio at one scale.
    variants: { type: 'string', default: 'engine' },
    // Only the engine and the cost of series and forecasts: for iterating on the trend code.
    trend: { type: 'boolean', default: false },
    // Only the engine with and without calibration, and the previous period's listings alone.
    calibration: { type: 'boolean', default: false },
  },
});
const variants: VariantName[] = args.trend ? ['engine'] : VARIANTS;
const latencyMs = Number(args.latency);
const scales = args.quick ? [1] : [1, 10];
const okrs = parseDemoOkrs();
const asOf = new Date(DEMO_AS_OF);
if (args.calibration) {
  githubSchema();
  const measured: CalibrationRun[] = [];
  for (const scale of scales) measured.push(calibrationRun(await runScale(scale, CALIBRATION_VARIANTS)));
  printCalibrationCost(measured);
  process.exit(0);
}
if (args.only !== undefined) {
  githubSchema();
  const chosen = args.variants.split(',').filter((name): name is VariantName => VARIANTS.includes(name as VariantName));
  const run = await runScale(Number(args.only), chosen);
  printRequestsBySource(run);
  process.exit(0);
}

console.log(
  `OKR Scorecard benchmark: the demo OKR file (${okrs.objectives.flatMap((o) => o.keyResults).length} key results) ` +
    `as of ${DEMO_AS_OF}, ${latencyMs} ms per request, Node ${process.version}, ${cpus().length} CPUs\n`,
);
// The stand-in builds GitHub's GraphQL schema once, on its first GraphQL request (about a second of CPU that
// GitHub itself never spends): build it before measuring, so that it counts against no variant.
githubSchema();
const runs: ScaleRun[] = [];
for (const scale of scales)
  runs.push(await runScale(scale, args.trend ? variants : [...variants, ...CALIBRATION_ONLY]));
// The engine alone at 100×: the obvious approach and the one-at-a-time baseline would take many minutes there.
const largest = args.quick || args.trend ? undefined : await runScale(LARGEST_SCALE, ['engine']);
if (!args.trend) {
  printComparison(runs);
  for (const run of runs) printRequestsBySource(run);
  if (largest) printRequestsBySource(largest);
  printValues(largest ?? runs.at(-1)!);
}
printTrendCost(runs);
if (!args.trend) printCalibrationCost(runs.map(calibrationRun));
const allPass = args.trend || printGoals(runs, largest);
process.exitCode = allPass ? 0 : 1;

async function runScale(scale: number, measuredVariants: VariantName[] = variants): Promise<ScaleRun> {
  const history = scaleCiRuns(demoHistory(), scale, DEMO_REPOSITORY, okrs.period.start);
  const repo = demoRepository(history);
  const plan = planScorecard(okrs, { repository: DEMO_REPOSITORY, asOf });
  const run: ScaleRun = {
    scale,
    ciRunsInWindow: ciRunsCreatedIn(repo, okrs.period.start, asOf),
    measured: new Map(),
    careful: [...plan.sources.values()].flatMap((spec) => carefulCounts(spec, repo)),
    expected: expectedValues(okrs, asOf, repo, demoMetrics()),
  };
  for (const variant of measuredVariants) {
    process.stdout.write(`  ${scale}× ${VARIANT_LABELS[variant]}… `);
    // A fresh stand-in per variant: its own request log and rate-limit budget.
    const github = await startFakeGitHub({ history, faults: { latencyMs } });
    try {
      const result = await runVariantInChild({ variant, url: github.url });
      run.measured.set(variant, { ...result, log: [...github.requests] });
      console.log(
        `${integer(github.requests.length)} requests, ${seconds(result.wallMs)}, ${megabytes(result.peakRssBytes)}`,
      );
    } finally {
      await github.close();
    }
  }
  // The trend's cost is measured at 1× and 10×; the engine alone runs at 100× and with --only.
  if (scale === LARGEST_SCALE || args.only !== undefined || args.calibration) return run;
  process.stdout.write(`  ${scale}× ${VARIANT_LABELS['trend-cost']}… `);
  const github = await startFakeGitHub({ history, faults: { latencyMs } });
  try {
    run.trend = (await runVariantInChild({ variant: 'trend-cost', url: github.url })).trend;
    console.log(
      `${integer(run.trend?.checkpoints ?? 0)} checkpoints, ${(run.trend?.trendCpuMs ?? 0).toFixed(1)} ms CPU`,
    );
  } finally {
    await github.close();
  }
  console.log();
  return run;
}

/** Series and forecasts beside the whole run of the engine (default concurrency) at the same scale. */
function printTrendCost(runs: ScaleRun[]): void {
  const rows = runs.flatMap((run) => {
    const trend = run.trend;
    const engine = run.measured.get('engine')!;
    if (!trend) return [];
    return [
      [
        `${run.scale}×`,
        `${trend.keyResults} × ${trend.checkpoints}`,
        `${trend.measureCpuMs.toFixed(1)} ms`,
        `${trend.trendCpuMs.toFixed(1)} ms`,
        `${engine.cpuMs.toFixed(0)} ms`,
        percent(trend.trendCpuMs / engine.cpuMs),
        megabytes(trend.peakRssGrowthBytes),
        `${(trend.retainedBytes / 1024).toFixed(0)} KB`,
        percent(trend.peakRssGrowthBytes / engine.peakRssBytes),
      ],
    ];
  });
  console.log('Series and forecasts: CPU (median of 5) and memory beside the whole run (engine, default concurrency)');
  const head = [
    'scale',
    'key results × checkpoints',
    'measure at as-of',
    'series + forecasts',
    'run CPU',
    'share',
    'peak RSS growth',
    'retained heap',
    'share of peak RSS',
  ];
  console.log(table(head, rows), '\n');
}

function printComparison(runs: ScaleRun[]): void {
  const rows: string[][] = [];
  for (const run of runs) {
    const serial = run.measured.get('engine-serial')!;
    rows.push([`**${run.scale}×** (${integer(run.ciRunsInWindow)} CI runs in the window)`, ...VARIANTS.map(() => '')]);
    rows.push(['requests', ...VARIANTS.map((v) => integer(run.measured.get(v)!.log.length))]);
    rows.push(['wall time', ...VARIANTS.map((v) => seconds(run.measured.get(v)!.wallMs))]);
    rows.push(['vs one at a time', ...VARIANTS.map((v) => ratio(run.measured.get(v)!.wallMs / serial.wallMs))]);
    rows.push(['peak RSS', ...VARIANTS.map((v) => megabytes(run.measured.get(v)!.peakRssBytes))]);
    rows.push(['RSS before scoring', ...VARIANTS.map((v) => megabytes(run.measured.get(v)!.startRssBytes))]);
    rows.push(['most requests in flight', ...VARIANTS.map((v) => String(run.measured.get(v)!.peakInFlight))]);
    rows.push([
      'values = history',
      ...VARIANTS.map((v) => (valuesExact(run.measured.get(v)!, run.expected) ? 'yes' : 'NO')),
    ]);
  }
  console.log(table(['', ...VARIANTS.map((v) => VARIANT_LABELS[v])], rows), '\n');
}

function printRequestsBySource(run: ScaleRun): void {
  const deploymentSources = run.careful.filter((c) => c.source.startsWith('deployments')).map((c) => c.source);
  const engine = countBy(run.measured.get('engine')!.log, (entry) => listingOf(entry, deploymentSources));
  const rows = run.careful.map((c) => [
    c.source,
    integer(c.records),
    integer(engine.get(c.source) ?? 0),
    integer(c.careful),
    integer(c.floor),
    c.detail,
  ]);
  const other = [...engine].filter(([source]) => !run.careful.some((c) => c.source === source));
  for (const [source, count] of other) rows.push([source, '', integer(count), '0', '0', 'not a listing of the plan']);
  const sum = (pick: (c: CarefulCount) => number) => run.careful.reduce((total, c) => total + pick(c), 0);
  rows.push([
    'total',
    '',
    integer(run.measured.get('engine')!.log.length),
    integer(sum((c) => c.careful)),
    integer(sum((c) => c.floor)),
    '',
  ]);
  console.log(`Requests by listing at ${run.scale}×: the engine, a careful hand-written client, the bare minimum`);
  console.log(table(['listing', 'records', 'engine', 'careful', 'floor', 'careful client'], rows), '\n');
}

function printValues(run: ScaleRun): void {
  const engine = run.measured.get('engine')!;
  const rows = Object.entries(run.expected).map(([id, want]) => {
    const got = engine.values[id];
    const same = got !== undefined && got.value === want.value && got.samples === want.samples;
    return [
      id,
      String(want.value),
      String(want.samples),
      String(got?.value ?? got?.error),
      String(got?.samples),
      same ? 'exact' : 'DIFFERS',
    ];
  });
  console.log(`Values at ${run.scale}×: computed from the raw history vs the engine's report`);
  console.log(table(['key result', 'history value', 'samples', 'engine value', 'samples', ''], rows), '\n');
}

function printGoals(runs: ScaleRun[], largest: ScaleRun | undefined): boolean {
  const goals: [string, boolean, string][] = [];
  for (const run of runs) {
    const engine = run.measured.get('engine')!.log.length;
    const floor = run.careful.reduce((total, c) => total + c.floor, 0);
    goals.push([
      `requests at ${run.scale}× within ${ratio(FLOOR_GOAL)} of the floor`,
      engine <= floor * FLOOR_GOAL,
      `${integer(engine)} vs floor ${integer(floor)} (${ratio(engine / floor)})`,
    ]);
    // Lead time's own requests (issue 17): its comparisons of commits beside their floor.
    const comparisons = run.careful.find((c) => c.source === COMPARISONS);
    if (comparisons) {
      const read = run.measured.get('engine')!.log.filter((entry) => listingOf(entry, []) === COMPARISONS).length;
      goals.push([
        `lead time's comparisons at ${run.scale}× within ${ratio(FLOOR_GOAL)} of the floor`,
        read <= comparisons.floor * FLOOR_GOAL,
        `${integer(read)} vs floor ${integer(comparisons.floor)} (${ratio(read / comparisons.floor)})`,
      ]);
    }
  }
  const one = runs.find((run) => run.scale === 1);
  if (one) {
    const engine = one.measured.get('engine')!.log.length;
    const careful = one.careful.reduce((total, c) => total + c.careful, 0);
    goals.push([
      `requests at 1× ≤ ${ratio(CAREFUL_GOAL)} a careful REST client's`,
      engine <= careful * CAREFUL_GOAL,
      `${integer(engine)} vs ${integer(careful)} (${ratio(engine / careful)}; ` +
        `obvious approach ${integer(one.measured.get('naive')!.log.length)})`,
    ]);
  }
  for (const run of runs) {
    const engine = run.measured.get('engine')!;
    const serial = run.measured.get('engine-serial')!;
    const share = engine.wallMs / serial.wallMs;
    goals.push([
      `wall time at ${run.scale}×, ${latencyMs} ms a request ≤ ${WALL_TIME_GOAL}× one at a time`,
      share <= WALL_TIME_GOAL,
      `${seconds(engine.wallMs)} vs ${seconds(serial.wallMs)}: ${ratio(share)}`,
    ]);
  }
  for (const run of [...runs, ...(largest ? [largest] : [])]) {
    // The previous period's listings alone score nothing: they are there for their requests.
    const scored = [...run.measured].filter(([variant]) => variant !== 'previous-only').map(([, measured]) => measured);
    const exact = scored.every((measured) => valuesExact(measured, run.expected));
    const ci = run.measured.get('engine')!.values['ci-build-time'];
    goals.push([
      `values exact at ${run.scale}× (every variant, key result, value and samples)`,
      exact,
      `CI p90 ${ci?.value} s over ${ci?.samples} runs`,
    ]);
  }
  const ten = runs.find((run) => run.scale === 10) ?? runs.at(-1)!;
  const tenPeak = ten.measured.get('engine')!.peakRssBytes;
  goals.push([
    `peak memory at ${ten.scale}× < ${megabytes(MEMORY_GOAL_BYTES)}`,
    tenPeak < MEMORY_GOAL_BYTES,
    `${megabytes(tenPeak)} RSS high-water`,
  ]);
  if (largest) {
    const peak = largest.measured.get('engine')!.peakRssBytes;
    goals.push([
      `peak memory from ${ten.scale}× to ${largest.scale}× grows < ${Math.round(GROWTH_GOAL * 100)}%`,
      peak < tenPeak * (1 + GROWTH_GOAL),
      `${megabytes(tenPeak)} → ${megabytes(peak)} (+${Math.round((peak / tenPeak - 1) * 100)}%)`,
    ]);
  }
  const trend = ten.trend;
  if (trend) {
    const engine = ten.measured.get('engine')!;
    const cpuShare = trend.trendCpuMs / engine.cpuMs;
    const memoryShare = trend.peakRssGrowthBytes / engine.peakRssBytes;
    goals.push([
      `series and forecasts at ${ten.scale}× < ${TREND_SHARE_GOAL * 100}% of the run's CPU and peak memory`,
      cpuShare < TREND_SHARE_GOAL && memoryShare < TREND_SHARE_GOAL,
      `CPU ${trend.trendCpuMs.toFixed(1)} of ${engine.cpuMs.toFixed(0)} ms (${percent(cpuShare)}); ` +
        `peak RSS +${megabytes(trend.peakRssGrowthBytes)} of ${megabytes(engine.peakRssBytes)} ` +
        `(${percent(memoryShare)})`,
    ]);
  }
  console.log(
    table(
      ['goal', 'verdict', 'measured'],
      goals.map(([goal, pass, detail]) => [goal, verdict(pass), detail]),
    ),
  );
  return goals.every(([, pass]) => pass);
}

function calibrationRun(run: ScaleRun): CalibrationRun {
  const requests = (variant: VariantName) => run.measured.get(variant)!.log.length;
  return {
    scale: run.scale,
    plain: requests('engine'),
    calibrated: requests('calibrated'),
    previousOnly: requests('previous-only'),
    plainWallMs: run.measured.get('engine')!.wallMs,
    calibratedWallMs: run.measured.get('calibrated')!.wallMs,
  };
}

function valuesExact(result: VariantResult, expected: Record<string, ExpectedValue>): boolean {
  return Object.entries(expected).every(([id, want]) => {
    const got = result.values[id];
    return got !== undefined && got.error === null && got.value === want.value && got.samples === want.samples;
  });
}

function parseDemoOkrs(): OkrFile {
  const parsed = parseOkrFile(demoGitHubOkrsText, DEMO_OKRS_PATH);
  if (!parsed.ok) throw new Error(`the demo OKR file does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.okrs;
}

function demoRepository(history: FakeHistory): FakeRepository {
  const repo = history.repositories.find((r) => r.fullName === DEMO_REPOSITORY);
  if (!repo) throw new Error(`the demo history has no ${DEMO_REPOSITORY}`);
  return repo;
}

function ciRunsCreatedIn(repo: FakeRepository, start: Date, end: Date): number {
  const ci = repo.workflows.find((w) => w.path === CI_WORKFLOW_PATH)?.id;
  return repo.runs.filter(
    (r) =>
      r.workflow_id === ci && Date.parse(r.created_at) >= start.getTime() && Date.parse(r.created_at) < end.getTime(),
  ).length;
}
