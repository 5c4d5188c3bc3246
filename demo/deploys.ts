/**
 * The deploy workflow (`deploy.yml`) and the deployments it creates. Each run on main deploys to staging, then
 * to production; a concurrency group keeps runs from overlapping. Over the half year the pipeline gets faster
 * (from ~40 minutes in July to ~18 by late November), runs more often, and fails in production less. As GitHub
 * does, a deployment's successful predecessor in the same environment is marked `inactive` when it succeeds.
 */
import type { DraftDeployment, DraftRun, DraftStatus } from './drafts.js';
import type { Random } from './random.js';
import { HOUR, MINUTE, days, drift, isWeekday, seconds } from './time.js';
import { FIRST_DAY, LAST_DAY } from './timeline.js';

const FAST_BY = seconds('2026-11-25T00:00:00Z');

export interface DeployHistory {
  runs: DraftRun[];
  deployments: DraftDeployment[];
}

export function generateDeploys(random: Random): DeployHistory {
  const history: DeployHistory = { runs: [], deployments: [] };
  let idleFrom = FIRST_DAY;
  for (const day of days(FIRST_DAY, LAST_DAY)) {
    if (!isWeekday(day)) continue;
    // Smaller, safer changes let the team ship more often: from 1–3 deploys a weekday to 2–5.
    const runs = random.int(
      Math.round(drift(day, FIRST_DAY, LAST_DAY, 1, 2)),
      Math.round(drift(day, FIRST_DAY, LAST_DAY, 3, 5)),
    );
    const planned = Array.from({ length: runs }, () => day + Math.round(random.between(9, 17) * HOUR)).sort(
      (a, b) => a - b,
    );
    for (const at of planned) {
      const created = Math.max(at, idleFrom + random.int(60, 600));
      const run = deployRun(random, created, history.deployments);
      history.runs.push(run);
      idleFrom = run.finished;
    }
  }
  markInactive(history.deployments);
  return history;
}

function deployRun(random: Random, created: number, deployments: DraftDeployment[]): DraftRun {
  const started = created + random.int(3, 25);
  const duration = random.logNormal(drift(created, FIRST_DAY, FAST_BY, 40 * MINUTE, 18 * MINUTE), 0.12);
  const run: DraftRun = {
    workflow: 'deploy',
    branch: 'main',
    event: random.chance(0.15) ? 'workflow_dispatch' : 'push',
    created,
    started,
    finished: started + random.int(30, 120),
    conclusion: 'cancelled',
    attempt: 1,
  };
  if (random.chance(0.02)) return run;

  const staging = deployment(
    random,
    created,
    'staging',
    started + random.int(60, 150),
    started + Math.round(0.35 * duration),
    0.04,
  );
  deployments.push(staging.deployment);
  if (!staging.succeeded) return { ...run, finished: staging.outcomeAt + random.int(20, 60), conclusion: 'failure' };

  const failureRate = drift(created, FIRST_DAY, LAST_DAY, 0.14, 0.07);
  const production = deployment(
    random,
    created,
    'production',
    staging.outcomeAt + random.int(30, 90),
    started + Math.round(duration) - random.int(20, 60),
    failureRate,
  );
  deployments.push(production.deployment);
  return {
    ...run,
    finished: production.outcomeAt + random.int(10, 40),
    conclusion: production.succeeded ? 'success' : 'failure',
  };
}

interface Rollout {
  deployment: DraftDeployment;
  succeeded: boolean;
  outcomeAt: number;
}

function deployment(
  random: Random,
  commitAt: number,
  environment: string,
  created: number,
  expectedOutcomeAt: number,
  failureRate: number,
): Rollout {
  const queued = created + random.int(1, 3);
  const inProgress = queued + random.int(5, 20);
  const outcomeAt = Math.max(inProgress + MINUTE, expectedOutcomeAt);
  const succeeded = !random.chance(failureRate);
  const statuses: DraftStatus[] = [
    { state: 'queued', at: queued },
    { state: 'in_progress', at: inProgress },
    { state: succeeded ? 'success' : random.chance(0.7) ? 'failure' : 'error', at: outcomeAt },
  ];
  return { deployment: { environment, ref: 'main', created, commitAt, statuses }, succeeded, outcomeAt };
}

function markInactive(deployments: readonly DraftDeployment[]): void {
  const lastSuccess = new Map<string, { deployment: DraftDeployment; at: number }>();
  for (const current of deployments) {
    const success = current.statuses.find((status) => status.state === 'success');
    if (!success) continue;
    const previous = lastSuccess.get(current.environment);
    if (previous) previous.deployment.statuses.push({ state: 'inactive', at: Math.max(success.at, previous.at + 1) });
    lastSuccess.set(current.environment, { deployment: current, at: success.at });
  }
}
