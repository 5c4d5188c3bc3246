/** Everything a bundled-action run published or left for later steps, for the tests that no secret leaks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import type { ActionRun } from './run-dist.js';

/** Log (annotations), summary, outputs, comments, issues, JSON reports. */
export function published(gh: FakeGitHub, result: ActionRun, repository = 'acme/payments'): string {
  const repo = gh.state.repositories.get(repository);
  const bodies = [...(repo?.comments ?? []), ...(repo?.issues ?? [])].map((item) => JSON.stringify(item));
  const reportDir = join(result.runnerTemp, 'okr-scorecard');
  const reports = readdirSafe(reportDir).map((name) => readFileSync(join(reportDir, name), 'utf8'));
  return [
    withoutMaskCommands(result.stdout),
    result.stderr,
    result.summary,
    ...Object.values(result.outputs),
    ...bodies,
    ...reports,
  ].join('\n');
}

/** `::add-mask::` is how a step registers a secret: the runner consumes the line and shows it to nobody. */
function withoutMaskCommands(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

function readdirSafe(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}
