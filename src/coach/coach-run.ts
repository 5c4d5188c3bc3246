/**
 * The coach's view of a run: the company file (alignment), the OKR file on the pull request's base branch
 * (goalposts), and today's statuses. Reads the two files through the GitHub client; the rules stay pure.
 */
import type { Octokit } from '@octokit/rest';
import { keyResultKey, type KeyResult, type OkrFile } from '../okrs/model.js';
import type { Finding, Report, Status } from '../report/model.js';
import { parseOkrFile } from '../okrs/parse.js';
import { formatOkrError } from '../okrs/error-line.js';
import { readFileText } from '../github/contents.js';
import { coach, compareOkrs, renderChanges } from './index.js';
import { canonical } from './goalposts.js';
import { isCompanyFile } from './context.js';
import { resolveDirection, scoreValue } from '../scoring.js';

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
  /** The "Changes to the OKRs" Markdown section; empty when the file did not change. */
  changes: string;
  /** What could not be checked, for the log. */
  notes: string[];
  /** Company objective id → title, when the company file was read (to show which one each objective serves). */
  companyObjectives: Map<string, string>;
}

export async function coachRun(input: CoachingInput): Promise<Coaching> {
  const notes: string[] = [];
  const company = await readCompany(input, notes);
  const base = input.base ? await readOkrs(input.octokit, input.base, 'base-branch OKR file', notes) : undefined;
  const statuses = new Map<string, Status>();
  const values = new Map<string, number | null>();
  for (const objective of input.report.objectives) {
    for (const kr of objective.keyResults) {
      statuses.set(keyResultKey(objective.id, kr.id), kr.status);
      values.set(keyResultKey(objective.id, kr.id), kr.value);
    }
  }
  const findings = coach({
    okrs: input.okrs,
    company,
    base,
    elapsed: input.report.period.elapsed,
    isPullRequest: input.base !== undefined,
    statuses,
  });
  const current = new Map<string, KeyResult>(
    input.okrs.objectives.flatMap((o) => o.keyResults.map((kr) => [keyResultKey(o.id, kr.id), kr])),
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
  const changes = base ? renderChanges(compareOkrs(base, input.okrs), scoreToday) : '';
  const companyObjectives = new Map(
    isCompanyFile(company) ? company.objectives.map((o) => [o.id, o.title] as const) : [],
  );
  return { findings, changes, notes, companyObjectives };
}

async function readCompany(input: CoachingInput, notes: string[]): Promise<OkrFile | { skipped: string } | undefined> {
  const ref = input.okrs.company;
  if (!ref) return undefined;
  const [owner = '', repo = ''] = (ref.repository ?? input.repository).split('/');
  const company = await readOkrs(input.octokit, { repository: `${owner}/${repo}`, path: ref.path, ref: ref.ref }, 'company OKR file', notes);
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

/** The report with the run's coaching: its findings, and the title of the company objective each objective serves. */
export function withCoaching(report: Report, coaching: Coaching): Report {
  return {
    ...report,
    findings: coaching.findings,
    objectives: report.objectives.map((objective) => ({
      ...objective,
      alignsToTitle: (objective.alignsTo && coaching.companyObjectives.get(objective.alignsTo)) ?? null,
    })),
  };
}
