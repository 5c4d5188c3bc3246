/** The roll-up pipeline, shared by the command line and the action: company file + report files → RollupView. */
import type { OkrFileError } from '../okrs/model.js';
import { parseOkrFile } from '../okrs/parse.js';
import { loadTeamReports } from './read.js';
import { rollUp } from './rollup.js';
import type { RollupView } from './model.js';

export interface RollupRunInput {
  /** The company OKR file's path, as given (named in messages), and its text. */
  companyFile: string;
  companyText: string;
  reportPaths: readonly string[];
  /** Reads one report file; throws when it cannot. */
  readReport: (path: string) => Promise<string>;
  asOf: Date;
  now: Date;
}

export type RollupRunResult = { ok: true; view: RollupView } | { ok: false; errors: OkrFileError[] };

export async function runRollup(input: RollupRunInput): Promise<RollupRunResult> {
  const parsed = parseOkrFile(input.companyText, input.companyFile);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const loaded = await loadTeamReports(input.reportPaths, input.readReport);
  return { ok: true, view: rollUp({ company: parsed.okrs, loaded, asOf: input.asOf, now: input.now }) };
}
