/**
 * The DORA keys the engine reads with a reach-back and comparisons of commits (SPEC §11), worked out straight
 * from the history: the values lead time and recovery time must have (expected.ts), and what reading them needs
 * at least (careful.ts): the deployments back to each environment's last success before the window, and one
 * compare per distinct pair of shas, `1 + ⌈(n − 250) / 100⌉` for one of n > 250 commits, a roll-back's known
 * from its roll-forward when that one says `behind_by: 0`.
 */
import type { FakeDeployment, FakeRepository } from '../../src/fake-github/history.js';
import { ancestors, gitOf } from '../../src/fake-github/git.js';

export interface Span {
  from: number;
  to: number;
}

type Outcome = { state: string; created_at: string; id: number };
interface Placed {
  deployment: FakeDeployment;
  outcome: Outcome;
}

/** The earliest success/failure/error status that had happened by `before` (by time, then id). */
export function outcomeAt(deployment: FakeDeployment, before: number): Outcome | undefined {
  return deployment.statuses
    .filter((s) => ['success', 'failure', 'error'].includes(s.state) && Date.parse(s.created_at) < before)
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id)[0];
}

/** Per environment, its deployments with an outcome by `before`, oldest first. */
function histories(repo: FakeRepository, environment: string | undefined, before: number): Placed[][] {
  const byEnvironment = new Map<string, Placed[]>();
  const ordered = [...repo.deployments].sort(
    (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id,
  );
  for (const deployment of ordered) {
    if (environment !== undefined && deployment.environment !== environment) continue;
    const outcome = outcomeAt(deployment, before);
    if (!outcome) continue;
    byEnvironment.set(deployment.environment, [
      ...(byEnvironment.get(deployment.environment) ?? []),
      { deployment, outcome },
    ]);
  }
  return [...byEnvironment.values()];
}

/** What compare of base...head lists: commits reachable from head and not from base (none for an unknown sha). */
function delivered(repo: FakeRepository, base: string | undefined, head: string | undefined) {
  const git = gitOf(repo);
  const from = head === undefined ? undefined : git.bySha.get(head);
  const to = base === undefined ? undefined : git.bySha.get(base);
  if (!from || !to) return [];
  const known = ancestors(git, to);
  return [...ancestors(git, from)].filter((sha) => !known.has(sha)).map((sha) => git.bySha.get(sha)!);
}

const shaOf = (d: FakeDeployment) => d.sha;

export function leadTimeSamples(repo: FakeRepository, environment: string | undefined, span: Span): number[] {
  const samples: number[] = [];
  for (const history of histories(repo, environment, span.to)) {
    const counted = new Set<string>();
    history.forEach(({ deployment, outcome }, i) => {
      const created = Date.parse(deployment.created_at);
      if (outcome.state !== 'success' || created < span.from || created >= span.to) return;
      const previous = history.slice(0, i).findLast((p) => p.outcome.state === 'success');
      if (!previous || shaOf(previous.deployment) === shaOf(deployment)) return;
      for (const commit of delivered(repo, shaOf(previous.deployment), shaOf(deployment))) {
        if (commit.parents.length >= 2 || counted.has(commit.sha)) continue;
        counted.add(commit.sha);
        samples.push(Math.max(0, (Date.parse(outcome.created_at) - Date.parse(commit.authored_at)) / 1000));
      }
    });
  }
  return samples;
}

export function recoverySamples(repo: FakeRepository, environment: string | undefined, span: Span): number[] {
  const samples: number[] = [];
  const failed = (p: Placed) => p.outcome.state !== 'success';
  for (const history of histories(repo, environment, span.to)) {
    history.forEach((first, i) => {
      const created = Date.parse(first.deployment.created_at);
      if (!failed(first) || (i > 0 && failed(history[i - 1]!)) || created < span.from || created >= span.to) return;
      const recovery = history.slice(i + 1).find((p) => !failed(p));
      if (recovery)
        samples.push((Date.parse(recovery.outcome.created_at) - Date.parse(first.outcome.created_at)) / 1000);
    });
  }
  return samples;
}

/** The compare requests lead time needs at least over [since, until). */
export function comparisonFloor(repo: FakeRepository, environment: string | undefined, span: Span): number {
  const pairs = new Map<string, [string, string]>();
  for (const history of histories(repo, environment, span.to)) {
    history.forEach(({ deployment, outcome }, i) => {
      const created = Date.parse(deployment.created_at);
      if (outcome.state !== 'success' || created < span.from || created >= span.to) return;
      const previous = history.slice(0, i).findLast((p) => p.outcome.state === 'success');
      const base = previous && shaOf(previous.deployment);
      const head = shaOf(deployment);
      if (base !== undefined && head !== undefined && base !== head) pairs.set(`${base}...${head}`, [base, head]);
    });
  }
  let requests = 0;
  for (const [base, head] of pairs.values()) {
    // A roll-back that delivers nothing, whose roll-forward is compared too: that one's behind_by says so.
    const n = delivered(repo, base, head).length;
    if (n === 0 && pairs.has(`${head}...${base}`)) continue;
    requests += n <= 250 ? 1 : 1 + Math.ceil((n - 250) / 100);
  }
  return requests;
}
