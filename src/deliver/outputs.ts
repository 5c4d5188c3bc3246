/** The action's outputs (SPEC §5) and the JSON report file they point to. */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { renderJson } from '../report/json.js';
import type { Report } from '../report/model.js';
import type { Redact } from '../report/redact.js';

export type SetOutput = (name: string, value: string) => void;

/**
 * `score`: the overall score with two decimals, floored like the `61%` the scorecard shows, so `1.00` only
 * ever means achieved; empty when no key result has a score. `status`: the overall status. `report`: the path.
 */
export function formatScoreOutput(score: number | null): string {
  if (score === null) return '';
  return (Math.floor(score * 100 + 1e-9) / 100).toFixed(2);
}

export function setOutputs(report: Report, reportPath: string, setOutput: SetOutput): void {
  setOutput('score', formatScoreOutput(report.score));
  setOutput('status', report.status);
  setOutput('report', reportPath);
}

/**
 * `okr-scorecard/report-<file>-<hash>.json` under the runner's temp directory. The OKR file's path is part of the
 * name so that two files scored in one job (two steps, or one step with several) never overwrite each other's
 * report: the slug is for people, and lossy (`okrs/a.yml`, `okrs-a.yml`), so a hash of the exact path follows it.
 */
export function reportFileName(okrFile: string): string {
  const slug = okrFile
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  const hash = createHash('sha256').update(okrFile).digest('hex').slice(0, 8);
  return `report-${slug || 'okrs'}-${hash}.json`;
}

/** Writes the JSON report (creating the folder), redacted (SPEC §7), and returns its absolute path. */
export async function writeJsonReport(report: Report, runnerTemp: string, redact: Redact): Promise<string> {
  const folder = resolve(runnerTemp, 'okr-scorecard');
  await mkdir(folder, { recursive: true });
  const path = join(folder, reportFileName(report.file));
  await writeFile(path, redact(renderJson(report)), 'utf8');
  return path;
}
