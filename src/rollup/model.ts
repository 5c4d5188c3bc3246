/** The company roll-up as data: the JSON of SPEC §10. Its renderers read only this and the reports it kept. */
import type { Status } from '../model/status.js';
import type { LoadedReport, ReportError } from './read.js';

export interface Contribution {
  repository: string;
  /** The OKR file the team's report scored. */
  file: string;
  team: string | null;
  /** The team objective's id. */
  objective: string;
  title: string;
  score: number | null;
  status: Status;
}

export interface CompanyObjective {
  id: string;
  title: string;
  score: number | null;
  status: Status;
  contributions: Contribution[];
}

export interface UnalignedObjective {
  repository: string;
  file: string;
  team: string | null;
  objective: string;
  title: string;
  /** What the team objective names, or null when it names nothing. */
  alignsTo: string | null;
}

interface RolledUpReport {
  /** The JSON report file read. */
  path: string;
  repository: string;
  file: string;
  team: string | null;
  asOf: string;
  generatedAt: string;
  /** Its `asOf` is more than STALE_AFTER_DAYS before the roll-up's. */
  stale: boolean;
}

type RollupRule = 'uncovered-objective' | 'period-mismatch' | 'duplicate-report' | 'stale-report' | 'future-report';

export interface RollupFinding {
  rule: RollupRule;
  severity: 'warning' | 'info';
  message: string;
  /** The report file it is about, if any. */
  path: string | null;
  /** The company file's line it is about, if any. */
  line: number | null;
}

export interface RollupReport {
  version: 1;
  kind: 'rollup';
  asOf: string;
  generatedAt: string;
  period: { name: string; start: string; end: string; elapsed: number };
  score: number | null;
  status: Status;
  objectives: CompanyObjective[];
  unaligned: UnalignedObjective[];
  reports: RolledUpReport[];
  findings: RollupFinding[];
  errors: ReportError[];
}

/** The roll-up and the team reports it counted, in the order of `rollup.reports`, for the dashboard's detail. */
export interface RollupView {
  rollup: RollupReport;
  /** Where the company objectives come from, as given. */
  companyFile: string;
  reports: readonly LoadedReport[];
}

export const STALE_AFTER_DAYS = 7;

/**
 * Why the roll-up shows nothing of the teams although reports were given (every one unreadable, of another
 * period, or a duplicate), or undefined: a roll-up of no team is not a success (it fails unless `fail-on: never`).
 */
export function nothingRolledUp(rollup: RollupReport, given: number): string | undefined {
  if (given === 0 || rollup.reports.length > 0) return undefined;
  return (
    `none of the ${given} report${given === 1 ? '' : 's'} given was rolled up ` +
    '(each is unreadable, scores another period, or repeats another; see the findings): nothing was counted'
  );
}
