/**
 * deployment-recovery-time (SPEC §11): per environment, a failure streak (consecutive deployments with outcome
 * failure or error) is recovered by the next success; a sample is that success − the streak's first failure, for
 * streaks that began in the window. Streaks not yet recovered are counted, never dropped silently.
 */
import type { DeploymentMetric } from '../metric-types/index.js';
import type { Deployment } from '../github/records.js';
import { inWindow, type Window } from '../model/window.js';
import { secondsBetween } from './window.js';
import { failed, historiesByEnvironment } from '../github/deployment-history.js';

export interface RecoveryTimes {
  samples: number[];
  unrecovered: number;
}

export function recoveryTimes(
  metric: Pick<DeploymentMetric, 'environment'>,
  deployments: readonly Deployment[],
  window: Window,
): RecoveryTimes {
  const result: RecoveryTimes = { samples: [], unrecovered: 0 };
  for (const history of historiesByEnvironment(metric, deployments, window.end).values()) {
    for (const [index, first] of history.entries()) {
      const startsStreak = failed(first) && (index === 0 || !failed(history[index - 1]!));
      if (!startsStreak || !inWindow(first.deployment.created_at, window)) continue;
      const recovery = history.slice(index + 1).find(({ outcome }) => outcome.state === 'success');
      const seconds = recovery && secondsBetween(first.outcome.created_at, recovery.outcome.created_at);
      if (seconds === undefined || seconds === null) result.unrecovered += 1;
      else result.samples.push(seconds);
    }
  }
  return result;
}
