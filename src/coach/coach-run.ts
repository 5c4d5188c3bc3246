/**
 * The coach stage of a scorecard run (plan → fetch → measure → score → coach → report): the context files the
 * fetch stage read (the company file for alignment, the OKR file on the pull request's base for the goalposts)
 * and today's statuses and values → findings, the changes to the OKRs, and the company objectives' titles. Pure:
 * what could not be read or parsed is a note for the log, and the rule it would feed is skipped.
 */
import { keyResultKey, type KeyResult, type OkrFile } from '../okrs/model.js';
import type { Finding, KeyResultChange, PreviousValue } from '../report/model.js';
import type { Status } from '../model/status.js';
import type { ContextFiles, ContextReads, FileLocation, FileRead } from '../github/contents.js';
import { fileLabel } from '../github/contents.js';
import { parseOkrFile } from '../okrs/parse.js';
import { formatOkrError } from '../okrs/error-line.js';
import { coach, compareOkrs, reportChanges } from './index.js';
import { canonical } from './goalposts.js';
import { isCompanyFile } from './context.js';
import { resolveDirection, scoreValue } from '../scoring.js';

export interface CoachingInput {
  okrs: OkrFile;
  /** Which context files the plan named, and what the fetch stage read of them. */
  files: ContextFiles;
  reads: ContextReads;
  /** Each key result's status and value today, keyed `objectiveId/keyResultId`. */
  today: ReadonlyMap<string, { status: Status; value: number | null }>;
  /** Share of the period gone, and the evaluation time (both as the report says). */
  elapsed: number;
  asOf: Date;
  /** When calibrating: each measured key result's previous period (SPEC §13), keyed like `today`. */
  previous?: ReadonlyMap<string, PreviousValue>;
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

export function coachScorecard(input: CoachingInput): Coaching {
  const { okrs, files, reads, today } = input;
  const notes: string[] = [];
  const company = files.company && parsedFile(files.company, reads.company, 'company OKR file', notes);
  const base = files.base && parsedFile(files.base, reads.base, 'base-branch OKR file', notes);
  const statuses = new Map([...today].map(([key, { status }]) => [key, status]));
  const findings = coach({
    okrs,
    company: company ?? (files.company ? { skipped: notes[0] ?? 'company file not read' } : undefined),
    base,
    elapsed: input.elapsed,
    asOf: input.asOf,
    isPullRequest: files.base !== undefined,
    statuses,
    previous: input.previous,
  });
  const current = new Map<string, KeyResult>(
    okrs.objectives.flatMap((o) => o.keyResults.map((kr) => [keyResultKey(o.id, kr.id), kr])),
  );
  // A version's score today: today's value against that version's baseline and target, if it measures the same.
  const scoreToday = (kr: KeyResult, objectiveId: string): number | null => {
    const key = keyResultKey(objectiveId, kr.id);
    const value = today.get(key)?.value;
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

/** A context file as an OKR file, or undefined with a note saying why not. */
function parsedFile(
  where: FileLocation,
  read: FileRead | undefined,
  what: string,
  notes: string[],
): OkrFile | undefined {
  const label = fileLabel(where);
  if (!read?.ok) {
    notes.push(`${what} ${label} could not be read (${read?.error ?? 'not fetched'}).`);
    return undefined;
  }
  if (read.text === null) {
    notes.push(`${what} ${label} not found (or the token cannot read it).`);
    return undefined;
  }
  const parsed = parseOkrFile(read.text, label);
  if (!parsed.ok) {
    notes.push(`${what} ${label} is invalid: ${parsed.errors.map(formatOkrError).join('; ')}`);
    return undefined;
  }
  return parsed.okrs;
}
