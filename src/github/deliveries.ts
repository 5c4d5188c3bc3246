/**
 * For lead time (SPEC §11): what each successful deployment in the window delivered, read once per distinct pair
 * of shas (a roll-forward after a roll-back compares the same two again; a redeploy of its predecessor's sha
 * delivers nothing and is not compared). The predecessor is the one at every evaluation time the run measures
 * (deployment-history.ts), so the series' checkpoints find their comparison too. A roll-back compares the
 * roll-forward's pair the other way round: when that one is read too, and GitHub says its base is behind
 * nothing (`behind_by: 0`), the roll-back delivered nothing, known without a request of its own.
 */
import type { Octokit } from '@octokit/rest';
import type { DeploymentsSpec } from './deployments.js';
import type { Deployment, DeliveredCommit } from './records.js';
import { type Budget, BudgetError } from './budget.js';
import { compareCommits } from './commits.js';
import { mapConcurrent } from './concurrency.js';
import { inWindow } from '../model/window.js';
import { historiesByEnvironment, predecessorsOverTime } from './deployment-history.js';

const COMPARE_CONCURRENCY = 4;

/** The comparisons to read, as `base...head` → [base, head], for the deployments read from `spec`. */
function comparisonsNeeded(spec: DeploymentsSpec, deployments: readonly Deployment[]): Map<string, string[]> {
  const needed = new Map<string, string[]>();
  const window = { start: spec.since, end: spec.until };
  for (const history of historiesByEnvironment(spec, deployments, spec.until).values()) {
    for (const [index, { deployment, outcome }] of history.entries()) {
      if (outcome.state !== 'success' || !deployment.sha || !inWindow(deployment.created_at, window)) continue;
      for (const { deployment: predecessor } of predecessorsOverTime(history, index)) {
        if (predecessor.sha && predecessor.sha !== deployment.sha) {
          needed.set(`${predecessor.sha}...${deployment.sha}`, [predecessor.sha, deployment.sha]);
        }
      }
    }
  }
  return needed;
}

/** The deployments with `delivered` filled in for every comparison lead time will look up. */
export async function readDeliveries(
  octokit: Octokit,
  spec: DeploymentsSpec,
  deployments: readonly Deployment[],
  budget?: Budget,
): Promise<Deployment[]> {
  const needed = comparisonsNeeded(spec, deployments);
  // Of two pairs that are each other's reverse, the second waits for the first.
  const first: string[][] = [];
  const reverses: string[][] = [];
  for (const [key, [base, head]] of needed) {
    const reverse = needed.has(`${head}...${base}`) && first.some(([, b, h]) => b === head && h === base);
    (reverse ? reverses : first).push([key, base!, head!]);
  }
  let release: (() => void) | undefined;
  try {
    release = budget?.claim('rest', needed.size, () => `${needed.size} comparisons of commits (lead time)`);
  } catch (error) {
    // Only lead time needs them: the metrics sharing the listing are still measured.
    if (!(error instanceof BudgetError)) throw error;
    return deployments.map((deployment) => ({ ...deployment, undelivered: error.message }));
  }
  const read = new Map<string, DeliveredCommit[]>();
  const behind = new Map<string, number>();
  const compare = async ([key, base, head]: string[]) => {
    const compared = await compareCommits(octokit, { owner: spec.owner, repo: spec.repo, base: base!, head: head! });
    read.set(key!, compared.commits);
    behind.set(key!, compared.behindBy);
  };
  try {
    await mapConcurrent(first, COMPARE_CONCURRENCY, compare);
    const unknown = reverses.filter(([key, base, head]) => {
      if (behind.get(`${head}...${base}`) !== 0) return true;
      read.set(key!, []);
      return false;
    });
    await mapConcurrent(unknown, COMPARE_CONCURRENCY, compare);
  } finally {
    release?.();
  }
  return deployments.map((deployment) => {
    const delivered: Record<string, DeliveredCommit[]> = {};
    for (const [key, commits] of read) {
      const [base, head] = key.split('...');
      if (head === deployment.sha) delivered[base!] = commits;
    }
    return Object.keys(delivered).length > 0 ? { ...deployment, delivered } : deployment;
  });
}
