/** What every coaching rule sees. Pure data: the rules never read files, the clock or the network. */
import type { OkrFile } from '../okrs/model.js';
import type { Finding, PreviousValue } from '../report/model.js';
import type { Status } from '../model/status.js';

export interface CoachContext {
  /** The OKR file being coached. */
  okrs: OkrFile;
  /** The company OKR file named by `company:`; `{ skipped }` says why it was not read (e.g. remote, offline). */
  company?: OkrFile | { skipped: string };
  /** The same OKR file on the pull request's base branch, for the goalpost guard. */
  base?: OkrFile;
  /** Share of the period gone at the evaluation time, 0–1. */
  elapsed: number;
  /** The evaluation time; the goalpost guard measures the base file's own period with it. */
  asOf?: Date;
  isPullRequest: boolean;
  /** Each key result's status today, keyed `objectiveId/keyResultId` (absent in `lint`: nothing is measured). */
  statuses?: Map<string, Status>;
  /** When calibrating (SPEC §13): each measured key result's previous period, keyed `objectiveId/keyResultId`. */
  previous?: ReadonlyMap<string, PreviousValue>;
}

export type Rule = (context: CoachContext) => Finding[];

export function isCompanyFile(company: CoachContext['company']): company is OkrFile {
  return company !== undefined && !('skipped' in company);
}

/** Titles come from the OKR file: shorten them so one long title cannot swamp a message. */
export function quoteTitle(title: string, max = 60): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
