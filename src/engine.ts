/**
 * The scorecard pipeline: plan → fetch → measure → score → coach → report, to the complete Report in one pass.
 * Everything it needs comes in as parameters (the client, the clock, the supplied values, the pull request's base);
 * it never reads the environment.
 */
import type { Octokit } from '@octokit/rest';
import { keyResultKey, type OkrFile } from './okrs/model.js';
import { asOfWarnings } from './model/period.js';
import type { ObjectiveReport, PreviousRun, Report } from './report/model.js';
import type { SourceSpending } from './github/sources.js';
import type { ClientLog, ClientStats } from './github/client.js';
import { Budget, type Reserve } from './github/budget.js';
import { costReport } from './report/costs.js';
import { planScorecard, type Plan } from './plan.js';
import { fetchSources, type FetchOptions } from './github/fetch.js';
import type { FetchSources } from './github/shared-fetch.js';
import {
  fileLabel,
  readContextFiles,
  readFileText,
  type ContextReads,
  type FileLocation,
  type ReadFile,
} from './github/contents.js';
import { answerPlannedQueries, type PrometheusSettings } from './prometheus/run.js';
import { untrustedQueries } from './prometheus/trusted.js';
import { coachScorecard } from './coach/coach-run.js';
import { keyResultReport, type RunContext } from './engine/key-result.js';
import { calibrates, type CalibrateMode } from './coach/calibration.js';
import { elapsedFraction, rollUpObjective, rollUpOverall } from './scoring.js';
import { checkpoints } from './trend/checkpoints.js';

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
  /** The listings an earlier run kept (`cache`, SPEC §14): read only where they may have changed, then kept. */
  cache?: FetchOptions['cache'];
  /** Where `prometheus` key results are read (SPEC §12); default: nowhere (they are errors naming the input). */
  prometheus?: PrometheusSettings;
  /** Measure the previous period too, for the coach's calibration (SPEC §13); default `never`. */
  calibrate?: CalibrateMode;
}

/** A run's complete report, and what the coach could not check (for the log: notes, never findings). */
export interface Scorecard {
  report: Report;
  notes: string[];
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
  // The context files are read while the listings are; only `calibrate: auto` needs the base first, to tell
  // whether this pull request changes the OKRs (and so whether the listings reach back a period).
  const readFile = input.readFile ?? ((file: FileLocation) => readFileText(input.octokit, file));
  const mode = input.calibrate ?? 'never';
  const early = mode === 'auto' && input.base ? await readContextFiles(readFile, { base: input.base }) : undefined;
  const calibrate = calibrates(mode, okrs, early?.base && { read: early.base });
  const plan = planScorecard(okrs, { repository: input.repository, asOf, base: input.base, calibrate });
  const spending = new Map<string, SourceSpending>();
  const specs = [...plan.sources.values()];
  const options = {
    spending,
    concurrency: input.concurrency,
    graphql: input.graphql,
    budget: budgetFor(input),
    askViewer: input.askViewer,
    log: input.log,
    cache: input.cache,
  };
  const reading = early
    ? readContextFiles(readFile, { company: plan.files.company }).then((later) => ({ ...later, base: early.base }))
    : readContextFiles(readFile, plan.files);
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
  const previous = new Map(
    keyResults.flatMap((kr, i) =>
      kr.previous ? [[keyResultKey(plan.keyResults[i]!.objective.id, kr.id), kr.previous] as const] : [],
    ),
  );
  const coaching = coachScorecard({ okrs, files: plan.files, reads, today, elapsed, asOf, previous });
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
