/**
 * Reading the teams' JSON reports. Each file is a value: a report, or an error naming the file and what is wrong
 * with it, so that one unreadable report never stops the others from being rolled up.
 */
import { parseJsonText } from '../model/json-text.js';
import { teamReportSchema, type TeamReport } from './schema.js';
import { errorMessage } from '../model/error-message.js';

export interface LoadedReport {
  /** The JSON report file, as given. */
  path: string;
  report: TeamReport;
}

export interface ReportError {
  path: string;
  message: string;
}

export interface LoadedReports {
  reports: LoadedReport[];
  errors: ReportError[];
}

const MAX_ISSUES = 3;

/** Parses one report's text; `path` only names it in the error. */
export function parseTeamReport(path: string, text: string): LoadedReport | ReportError {
  // parseJsonText never quotes the file's text, which must not reach a summary or an issue.
  const parsed = parseJsonText(text);
  if (!parsed.ok)
    return { path, message: `${parsed.message}: give the file the scorecard wrote (its \`report\` output)` };
  const json = parsed.value;
  if (json && typeof json === 'object' && (json as { kind?: unknown }).kind === 'rollup') {
    return { path, message: "a roll-up, not a team's JSON report: give the reports the teams' scorecards wrote" };
  }
  const version = json && typeof json === 'object' ? (json as { version?: unknown }).version : undefined;
  if (version !== 1) {
    const found = version === undefined ? 'no version' : `version ${JSON.stringify(version)}`;
    return { path, message: `not a version 1 JSON report (${found}): give the file the scorecard wrote` };
  }
  const checked = teamReportSchema.safeParse(json);
  if (checked.success) return { path, report: checked.data };
  const issues = checked.error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the report';
    return `${where}: ${issue.message}`;
  });
  const more =
    checked.error.issues.length > MAX_ISSUES ? ` (and ${checked.error.issues.length - MAX_ISSUES} more)` : '';
  return { path, message: `not a valid version 1 JSON report: ${issues.join('; ')}${more}` };
}

/** Reads every path with `read` (which throws when a file cannot be read); keeps the given order. */
export async function loadTeamReports(
  paths: readonly string[],
  read: (path: string) => Promise<string>,
): Promise<LoadedReports> {
  const reports: LoadedReport[] = [];
  const errors: ReportError[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await read(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      const reason =
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : errorMessage(error);
      errors.push({ path, message: `cannot be read: ${reason}` });
      continue;
    }
    const loaded = parseTeamReport(path, text);
    if ('report' in loaded) reports.push(loaded);
    else errors.push(loaded);
  }
  return { reports, errors };
}
