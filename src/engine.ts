/**
 * The scorecard pipeline: plan → fetch → measure → score → coach → report, to the complete Report in one pass.
 * Everything it needs comes in as parameters (the client, the clock, the supplied values, the pull request's base);
 * it never reads the environment.
 */
import type { Octokit } from '@octokit/rest';
import { keyResultKey, type OkrFile } from './okrs/model.js';
import { asOfWarnings, unscoredBeforeStart } from './model/period.js';
import type { KeyResultReport, ObjectiveReport, PreviousRun, Report, SeriesPoint } from './report/model.js';
import type { SourceResult, SourceSpending } from './github/sources.js';
import type { ClientLog, ClientStats } from './github/client.js';
import { Budget, type Reserve } from './github/budget.js';
import { costReport } from './report/costs.js';
import { planScorecard, type Plan, type PlannedInstant, type PlannedKeyResult } from './plan.js';
import { fetchSources } from './github/fetch.js';
import type { FetchSources } from './github/shared-fetch.js';
import {
  fileLabel,
  readContextFiles,
  readFileText,
  type ContextReads,
  type FileLocation,
  type ReadFile,
} from './github/contents.js';
import type { QueryAnswer } from './prometheus/answer.js';
import { answerPlannedQueries, type PrometheusSettings, type RunAnswers } from './prometheus/run.js';
import { untrustedQueries } from './prometheus/trusted.js';
import { coachScorecard } from './coach/coach-run.js';
import { measureKeyResult } from './metrics/measure.js';
import { metricUnit } from './metric-types/index.js';
import { elapsedFraction, rollUpObjective, rollUpOverall, scoreCumulativeCount, scoreKeyResult } from './scoring.js';
import type { Measurement } from './metrics/measurement.js';
import { checkpoints } from './trend/checkpoints.js';
import { measuredSeries } from './trend/series.js';
import { forecastFor, isCumulativeCount } from './trend/forecast.js';
import { valueSeries } from './trend/value-history.js';
import { isDoraType } from './model/dora.js';

export interface ScorecardInput {
  okrs: OkrFile;
  /** `owner/name`: the repository measured where a metric names none. */
  repository: string;
  /** Evaluation time; clamped to the period's end. */
  asOf: Date;
  /** Wall-clock time of this run, for the report's `generatedAt`. */
  now: Date;
  octokit: Octokit;
  /** The `metrics` input: values supplied by earlier steps. */
  metrics?: Record<string, unknown>;
  /** Reads a file inside the workspace for `value` metrics with `file:`; refuses paths outside it. */
  readWorkspaceFile?: (relativePath: string) => string;
  /** How many listings to fetch at once. */
  concurrency?: number;
  /** Where the listings come from; default: fetched now. Several OKR files in one run share one (shared-fetch.ts). */
  fetchSources?: FetchSources;
  /** What the last comment or tracking issue carried: the earlier points of `value` key results (SPEC §9). */
  history?: PreviousRun;
  /** What of each rate limit to leave for other workflows (`rate-limit-reserve`); default 10%. */
  rateLimitReserve?: Reserve;
  /** Read deployments by GraphQL where it is available (default true); false reads everything by REST. */
  graphql?: boolean;
  /** Fold the identity lookup into the first GraphQL query (`knownViewer` then answers it). */
  askViewer?: boolean;
  /** Where a GraphQL fallback is logged. */
  log?: Pick<ClientLog, 'info' | 'warn'>;
  /** On a pull request: this OKR file on the base commit, for the goalpost guard and the changes to the OKRs. */
  base?: FileLocation;
  /** Reads the context files (company, base); default: through `octokit`. Several OKR files share one. */
  readFile?: ReadFile;
  /** Where `prometheus` key results are read (SPEC §12); default: nowhere (they are errors naming the input). */
  prometheus?: PrometheusSettings;
}

/** A run's complete report, and what the coach could not check (for the log: notes, never findings). */
export interface Scorecard {
  report: Report;
  notes: string[];
}

/** What every key result of one run shares. */
interface RunContext {
  input: ScorecardInput;
  asOf: Date;
  elapsed: number;
  checkpoints: Date[];
  /** The queried metrics' answers; undefined when the file has none. */
  queried: RunAnswers | undefined;
}

/** The budgets as the client last saw them; a plain Octokit (no stats) is read without estimates. */
function budgetFor(input: ScorecardInput): Budget | undefined {
  const stats = (input.octokit as Partial<{ stats(): ClientStats }>).stats;
  if (typeof stats !== 'function') return undefined;
  return new Budget((resource) => {
    const now = stats.call(input.octokit);
    return resource === 'rest' ? now.rateLimit : now.graphqlRateLimit;
  }, input.rateLimitReserve);
}

export async function scorecard(input: ScorecardInput): Promise<Scorecard> {
  const { okrs } = input;
  const asOf = input.asOf > okrs.period.end ? okrs.period.end : input.asOf;
  for (const warning of asOfWarnings(okrs.period, input.asOf, input.now)) input.log?.warn(warning);
  const plan = planScorecard(okrs, { repository: input.repository, asOf, base: input.base });
  const spending = new Map<string, SourceSpending>();
  const specs = [...plan.sources.values()];
  const options = {
    spending,
    concurrency: input.concurrency,
    graphql: input.graphql,
    budget: budgetFor(input),
    askViewer: input.askViewer,
    log: input.log,
  };
  // The context files are read while the listings are.
  const readFile = input.readFile ?? ((file: FileLocation) => readFileText(input.octokit, file));
  const reading = readContextFiles(readFile, plan.files);
  const [fetched, reads, queried] = await Promise.all([
    input.fetchSources ? input.fetchSources(specs, options) : fetchSources(input.octokit, specs, options),
    reading,
    askQueries(plan, reading, input),
  ]);
  const elapsed = elapsedFraction(okrs.period, asOf);
  const run: RunContext = { input, asOf, elapsed, checkpoints: checkpoints(okrs.period, asOf), queried };

  const keyResults = plan.keyResults.map((planned) =>
    keyResultReport(planned, planned.source ? fetched.get(planned.source) : undefined, run),
  );
  const today = new Map(
    keyResults.map((kr, i) => [keyResultKey(plan.keyResults[i]!.objective.id, kr.id), kr] as const),
  );
  const coaching = coachScorecard({ okrs, files: plan.files, reads, today, elapsed, asOf });
  const objectives: ObjectiveReport[] = okrs.objectives.map((objective) => {
    const krs = keyResults.filter((_, i) => plan.keyResults[i]!.objective === objective);
    const { score, status } = rollUpObjective(krs);
    return {
      id: objective.id,
      title: objective.title,
      alignsTo: objective.alignsTo ?? null,
      alignsToTitle: (objective.alignsTo && coaching.companyObjectives.get(objective.alignsTo)) ?? null,
      score,
      status,
      keyResults: krs,
      line: objective.position.line,
    };
  });
  const overall = rollUpOverall(objectives);

  const report: Report = {
    version: 1,
    repository: input.repository,
    file: okrs.file,
    asOf: asOf.toISOString(),
    generatedAt: input.now.toISOString(),
    period: {
      name: okrs.period.name,
      start: okrs.period.start.toISOString(),
      end: okrs.period.end.toISOString(),
      elapsed,
    },
    team: okrs.team ?? null,
    score: overall.score,
    status: overall.status,
    objectives,
    findings: coaching.findings,
    ...(plan.sources.size > 0 || queried
      ? { requests: costReport(plan.sources, spending, plan.keyResults, queried?.requests ?? 0) }
      : {}),
    changes: coaching.changes,
  };
  return { report, notes: coaching.notes };
}

function keyResultReport(
  planned: PlannedKeyResult,
  source: SourceResult | undefined,
  run: RunContext,
): KeyResultReport {
  const { keyResult: kr, window } = planned;
  const { input, asOf, elapsed } = run;
  const period = input.okrs.period;
  const measurement: Measurement =
    source && !source.ok
      ? { value: null, samples: 0, unit: metricUnit(kr.metric), error: source.error }
      : measureKeyResult(kr.metric, {
          window,
          records: source?.records,
          metrics: input.metrics,
          readWorkspaceFile: input.readWorkspaceFile,
          answer: planned.instants && answerAt(planned, planned.instants.at(-1), run.queried),
        });
  const plain = scoreKeyResult(kr, measurement, elapsed);
  const series = seriesOf(planned, source, measurement, run);
  const forecast =
    plain.status === 'error'
      ? null
      : forecastFor({
          metric: kr.metric,
          unit: measurement.unit,
          baseline: kr.baseline,
          target: kr.target,
          direction: plain.direction,
          value: measurement.value,
          series,
          period,
          asOf,
        });
  const timing = { elapsed, ended: asOf.getTime() >= period.end.getTime() };
  const counted = isCumulativeCount(kr.metric) ? scoreCumulativeCount(kr, measurement, forecast, timing) : plain;
  const scored = unscoredBeforeStart(counted, period, asOf);
  return {
    id: kr.id,
    title: kr.title,
    metric: { ...kr.metric },
    value: measurement.value,
    unit: measurement.unit,
    samples: measurement.samples,
    baseline: kr.baseline ?? null,
    target: kr.target,
    direction: scored.direction,
    weight: kr.weight,
    score: scored.score,
    status: scored.status,
    error: measurement.error ?? scored.error ?? null,
    ...doraFields(kr.metric.type, measurement),
    series,
    forecast,
    window: { start: window.start.toISOString(), end: window.end.toISOString() },
    line: kr.position.line,
  };
}

/**
 * One point per checkpoint, from the records already fetched; a `value` key result's from the carried history.
 * A key result whose source failed has none: a series of errors would say nothing.
 */
function seriesOf(
  planned: PlannedKeyResult,
  source: SourceResult | undefined,
  measurement: Measurement,
  run: RunContext,
): SeriesPoint[] {
  const { keyResult: kr, objective } = planned;
  const period = run.input.okrs.period;
  if (measurement.error !== undefined && kr.metric.type === 'value') return [];
  if (kr.metric.type === 'value') {
    const carried = run.input.history?.keyResults[keyResultKey(objective.id, kr.id)]?.history ?? [];
    return valueSeries(carried, measurement, run.asOf, period.start);
  }
  if (planned.instants) {
    if (measurement.error !== undefined) return [];
    // A queried metric's points have no sample count (SPEC §12): each is one answer.
    return planned.instants.map((instant) => {
      const answer = answerAt(planned, instant, run.queried);
      const point = measureKeyResult(kr.metric, { window: instant.window, answer });
      return { at: instant.at.toISOString(), value: point.error === undefined ? point.value : null, samples: null };
    });
  }
  if (!source?.ok) return [];
  return measuredSeries(kr.metric, source.records, period, run.checkpoints, measurement);
}

/** The four DORA types carry their level (null without samples, or when unmeasured); recovery its open streaks. */
function doraFields(type: string, measurement: Measurement): Pick<KeyResultReport, 'dora' | 'unrecovered'> {
  if (!isDoraType(type)) return {};
  const dora = measurement.error === undefined ? (measurement.dora ?? null) : null;
  return measurement.unrecovered === undefined ? { dora } : { dora, unrecovered: measurement.unrecovered };
}

/**
 * The queried metrics' answers: asked once the base file is read, where the pull_request_target guard needs it
 * (trusted.ts), while the listings are fetched.
 */
async function askQueries(plan: Plan, reading: Promise<ContextReads>, input: ScorecardInput) {
  const queried = plan.keyResults.flatMap(({ objective, keyResult, instants }) =>
    instants
      ? [{ key: keyResultKey(objective.id, keyResult.id), queries: instants.flatMap((i) => i.query ?? []) }]
      : [],
  );
  if (queried.length === 0) return undefined;
  const settings = input.prometheus ?? { server: undefined };
  const base = plan.files.base;
  const untrusted = settings.baseQueriesOnly
    ? untrustedQueries(input.okrs, (await reading).base, base ? fileLabel(base) : 'the base commit')
    : new Set<string>();
  return answerPlannedQueries(plan.queries, queried, untrusted, settings);
}

/** A queried key result's answer at one of its instants: its refusal, no data for an empty window, or the answer. */
function answerAt(
  planned: PlannedKeyResult,
  instant: PlannedInstant | undefined,
  queried: RunAnswers | undefined,
): QueryAnswer | undefined {
  const refused = queried?.refused.get(keyResultKey(planned.objective.id, planned.keyResult.id));
  if (refused !== undefined) return { ok: false, error: refused };
  if (instant && instant.query === undefined) return { ok: true, value: null };
  return instant?.query === undefined ? undefined : queried?.answers.get(instant.query);
}
