/**
 * lead-time-for-changes (SPEC §11): the commits each successful deployment delivered (GitHub's compare of its
 * successful predecessor with it), merge commits left out, each commit once per environment at the earliest
 * deployment in the window that delivered it; a sample is the deployment's success − the commit's author date.
 */
import type { DeploymentMetric } from '../metric-types/index.js';
import type { Deployment } from '../github/records.js';
import { inWindow, type Window } from '../model/window.js';
import { secondsBetween } from './window.js';
import { historiesByEnvironment, successfulPredecessor } from '../github/deployment-history.js';

export interface LeadTimes {
  samples: number[];
  /** Deployments whose delivered commits were not read (the fetch did not compare them): an error, not a zero. */
  unread: number;
  /** Why, when the fetch said (the rate-limit reserve). */
  reason?: string;
}

export function leadTimes(
  metric: Pick<DeploymentMetric, 'environment'>,
  deployments: readonly Deployment[],
  window: Window,
): LeadTimes {
  const result: LeadTimes = { samples: [], unread: 0 };
  for (const history of historiesByEnvironment(metric, deployments, window.end).values()) {
    const counted = new Set<string>();
    for (const [index, { deployment, outcome }] of history.entries()) {
      if (outcome.state !== 'success' || !inWindow(deployment.created_at, window)) continue;
      const predecessor = successfulPredecessor(history, index)?.deployment;
      // No predecessor, or a redeploy of its sha: nothing measurable was delivered.
      if (!predecessor?.sha || !deployment.sha || predecessor.sha === deployment.sha) continue;
      const commits = deployment.delivered?.[predecessor.sha];
      if (!commits) {
        result.unread += 1;
        result.reason ??= deployment.undelivered;
        continue;
      }
      for (const commit of commits) {
        if (commit.parents >= 2 || counted.has(commit.sha) || commit.authoredAt === null) continue;
        counted.add(commit.sha);
        // secondsBetween counts a commit dated after its deployment (a clock ahead of GitHub's) as 0.
        const seconds = secondsBetween(commit.authoredAt, outcome.created_at);
        if (seconds !== null) result.samples.push(seconds);
      }
    }
  }
  return result;
}
