/**
 * The coach's view of a run: the company file (alignment), the OKR file on the pull request's base branch
 * (goalposts), and today's statuses. Reads the two files through the GitHub client; the rules stay pure.
 */
import type { Octokit } from '@octokit/rest';
import { keyResultKey, type KeyResult, type OkrFile } from '../okrs/model.js';
import type { Finding, KeyResultChange, Report, Status } from '../report/model.js';
import { parseOkrFile } from '../okrs/parse.js';
import { formatOkrError } from '../okrs/error-line.js';
import { readFileText } from '../github/contents.js';
import { coach, compareOkrs, reportChanges } from './index.js';
import { canonical } from './goalposts.js';
import { isCompanyFile } from './context.js';
import { resolveDirection, scoreValue } from '../scoring.js';
import { scorecard, type ScorecardInput } from '../engine.js';

export interface CoachingInput {
  octokit: Octokit;
  okrs: OkrFile;
  report: Report;
  /** `owner/name` of the scored repository: where a company file without `repository:` lives. */
  repository: string;
  /** On a pull request: where the OKR file's base version is (the same path on the base commit). */
  base?: { repository: string; path: string; ref: string };
}

export interface Coaching {
  findings: Finding[];
  /** "Changes to the OKRs": how the file differs from its base on a pull request; empty otherwise. */
  changes: KeyResultChange[];
  /** What could not be checked, for the log. */
  notes: string[];
  /** Company objective id → title, when the company file was read (to show which one each objective serves). */
  companyObjectives: Map<string, string>;
}

/** What the coach reads besides the OKR file: the company file and the base-branch version, and what failed. */
export interface CoachingSources {
  company: OkrFile | { skipped: string } | undefined;
  base: OkrFile | undefined;
  isPullRequest: boolean;
  notes: string[];
}

/** Reads the company file and the base-branch OKR file (both at once); what cannot be read becomes a note. */
export async function readCoachingSources(input: Omit<CoachingInput, 'report'>): Promise<CoachingSources> {
  const notes: string[] = [];
  const [company, base] = await Promise.all([
    readCompany(input, notes),
    input.base ? readOkrs(input.octokit, input.base, 'base-branch OKR file', notes) : undefined,
  ]);
  return { company, base, isPullRequest: input.base !== undefined, notes };
}

/**
 * One pass to the complete Report: the scorecard's sources and the coaching context are fetched together, and
 * the report comes back with its findings, its changes to the OKRs and its company titles.
 */
export async function completeScorecard(
  input: ScorecardInput & Pick<CoachingInput, 'base'>,
): Promise<{ report: Report; notes: string[] }> {
  const [scored, sources] = await Promise.all([scorecard(input), readCoachingSources(input)]);
  const coaching = coachReport(scored, input.okrs, sources);
  return { report: withCoaching(scored, coaching), notes: coaching.notes };
}

export async function coachRun(input: CoachingInput): Promise<Coaching> {
  return coachReport(input.report, input.okrs, await readCoachingSources(input));
}

/** The coaching of a scored report, given what was read: pure. */
function coachReport(report: Report, okrs: OkrFile, sources: CoachingSources): Coaching {
  const { company, base, notes } = sources;
  const statuses = new Map<string, Status>();
  const values = new Map<string, number | null>();
  for (const objective of report.objectives) {
    for (const kr of objective.keyResults) {
      statuses.set(keyResultKey(objective.id, kr.id), kr.status);
      values.set(keyResultKey(objective.id, kr.id), kr.value);
    }
  }
  const findings = coach({
    okrs: okrs,
    company,
    base,
    elapsed: report.period.elapsed,
    asOf: new Date(report.asOf),
    isPullRequest: sources.isPullRequest,
    statuses,
  });
  const current = new Map<string, KeyResult>(
    okrs.objectives.flatMap((o) => o.keyResults.map((kr) => [keyResultKey(o.id, kr.id), kr])),
  );
  // A version's score today: today's value against that version's baseline and target, if it measures the same.
  const scoreToday = (kr: KeyResult, objectiveId: string): number | null => {
    const key = keyResultKey(objectiveId, kr.id);
    const value = values.get(key);
    const measured = current.get(key);
    if (value === undefined || value === null || !measured) return null;
    if (canonical(measured.metric) !== canonical(kr.metric)) return null;
    return scoreValue(value, { baseline: kr.baseline, target: kr.target, direction: resolveDirection(kr) });
  };
  const changes = base ? reportChanges(compareOkrs(base, okrs), okrs, scoreToday) : [];
  const companyObjectives = new Map(
    isCompanyFile(company) ? company.objectives.map((o) => [o.id, o.title] as const) : [],
  );
  return { findings, changes, notes, companyObjectives };
}

async function readCompany(
  input: Omit<CoachingInput, 'report'>,
  notes: string[],
): Promise<OkrFile | { skipped: string } | undefined> {
  const ref = input.okrs.company;
  if (!ref) return undefined;
  const [owner = '', repo = ''] = (ref.repository ?? input.repository).split('/');
  const company = await readOkrs(
    input.octokit,
    { repository: `${owner}/${repo}`, path: ref.path, ref: ref.ref },
    'company OKR file',
    notes,
  );
  return company ?? { skipped: notes[notes.length - 1] ?? 'company file not read' };
}

async function readOkrs(
  octokit: Octokit,
  where: { repository: string; path: string; ref?: string },
  what: string,
  notes: string[],
): Promise<OkrFile | undefined> {
  const [owner = '', repo = ''] = where.repository.split('/');
  const label = `${where.repository}/${where.path}${where.ref ? `@${where.ref}` : ''}`;
  let text: string | null;
  try {
    text = await readFileText(octokit, { owner, repo, path: where.path, ref: where.ref });
  } catch (error) {
    notes.push(`${what} ${label} could not be read (${error instanceof Error ? error.message : String(error)}).`);
    return undefined;
  }
  if (text === null) {
    notes.push(`${what} ${label} not found (or the token cannot read it).`);
    return undefined;
  }
  const parsed = parseOkrFile(text, label);
  if (!parsed.ok) {
    notes.push(`${what} ${label} is invalid: ${parsed.errors.map(formatOkrError).join('; ')}`);
    return undefined;
  }
  return parsed.okrs;
}

/**
 * The complete report: the scorecard with the run's coaching (its findings, the changes to the OKRs, and the title
 * of the company objective each objective serves). Renderers and channels read only this.
 */
export function withCoaching(report: Report, coaching: Coaching): Report {
  return {
    ...report,
    findings: coaching.findings,
    changes: coaching.changes,
    objectives: report.objectives.map((objective) => ({
      ...objective,
      alignsToTitle: (objective.alignsTo && coaching.companyObjectives.get(objective.alignsTo)) ?? null,
    })),
  };
}
