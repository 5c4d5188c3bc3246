/**
 * The stand-in's git: a repository's commits by sha, what each reaches, and the comparison of two commits as
 * GitHub's compare answers it (commits reachable from head and not from base, in chronological order).
 */
import type { FakeCommit, FakeRepository } from './history.js';

export interface Git {
  bySha: Map<string, FakeCommit>;
  /** Position in the history (parents first): the tie-break of commits committed in the same second. */
  order: Map<string, number>;
  head: FakeCommit | undefined;
  /** `ancestors` by tip: the history's commits never change, and every compare walks two tips' graphs. */
  reach: Map<string, Set<string>>;
}

const gits = new WeakMap<FakeRepository, Git>();

export function gitOf(repo: FakeRepository): Git {
  let git = gits.get(repo);
  if (!git) {
    const commits = repo.commits ?? [];
    git = {
      bySha: new Map(commits.map((c) => [c.sha, c])),
      order: new Map(commits.map((c, i) => [c.sha, i])),
      head: commits.at(-1),
      reach: new Map(),
    };
    gits.set(repo, git);
  }
  return git;
}

/** A commit by sha, by a unique prefix of 7 or more, or by the default branch's name. */
export function resolve(git: Git, ref: string, defaultBranch: string): FakeCommit | undefined {
  if (ref === defaultBranch || ref === 'HEAD') return git.head;
  const exact = git.bySha.get(ref);
  if (exact || ref.length < 7) return exact;
  const matches = [...git.bySha.values()].filter((c) => c.sha.startsWith(ref));
  return matches.length === 1 ? matches[0] : undefined;
}

/** Every commit reachable from `tip` (itself included); the set is shared, not to be changed. */
export function ancestors(git: Git, tip: FakeCommit): ReadonlySet<string> {
  const known = git.reach.get(tip.sha);
  if (known) return known;
  const seen = new Set<string>();
  const stack = [tip.sha];
  while (stack.length > 0) {
    const sha = stack.pop()!;
    if (seen.has(sha)) continue;
    seen.add(sha);
    for (const parent of git.bySha.get(sha)?.parents ?? []) stack.push(parent);
  }
  git.reach.set(tip.sha, seen);
  return seen;
}

/** Oldest first: by committer date, then by place in the history. */
export function chronological(git: Git, shas: Iterable<string>): FakeCommit[] {
  return [...shas].map((sha) => git.bySha.get(sha)!).sort((a, b) => byTime(git, a, b));
}

function byTime(git: Git, a: FakeCommit, b: FakeCommit): number {
  return (
    (a.committed_at < b.committed_at ? -1 : a.committed_at > b.committed_at ? 1 : 0) ||
    git.order.get(a.sha)! - git.order.get(b.sha)!
  );
}

export interface Comparison {
  commits: FakeCommit[];
  behindBy: number;
  mergeBase: FakeCommit | undefined;
}

export function compare(git: Git, base: FakeCommit, head: FakeCommit): Comparison {
  const fromBase = ancestors(git, base);
  const fromHead = ancestors(git, head);
  const ahead = [...fromHead].filter((sha) => !fromBase.has(sha));
  const behind = [...fromBase].filter((sha) => !fromHead.has(sha));
  // The merge base is the latest common ancestor in chronological order: the maximum, no sort needed.
  let mergeBase: FakeCommit | undefined;
  for (const sha of fromHead) {
    if (!fromBase.has(sha)) continue;
    const commit = git.bySha.get(sha)!;
    if (mergeBase === undefined || byTime(git, mergeBase, commit) < 0) mergeBase = commit;
  }
  return { commits: chronological(git, ahead), behindBy: behind.length, mergeBase };
}
