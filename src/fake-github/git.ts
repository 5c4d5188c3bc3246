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

/** Every commit reachable from `tip` (itself included). */
export function ancestors(git: Git, tip: FakeCommit): Set<string> {
  const seen = new Set<string>();
  const stack = [tip.sha];
  while (stack.length > 0) {
    const sha = stack.pop()!;
    if (seen.has(sha)) continue;
    seen.add(sha);
    for (const parent of git.bySha.get(sha)?.parents ?? []) stack.push(parent);
  }
  return seen;
}

/** Oldest first: by committer date, then by place in the history. */
export function chronological(git: Git, shas: Iterable<string>): FakeCommit[] {
  return [...shas]
    .map((sha) => git.bySha.get(sha)!)
    .sort(
      (a, b) =>
        (a.committed_at < b.committed_at ? -1 : a.committed_at > b.committed_at ? 1 : 0) ||
        git.order.get(a.sha)! - git.order.get(b.sha)!,
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
  const common = chronological(
    git,
    [...fromHead].filter((sha) => fromBase.has(sha)),
  );
  return { commits: chronological(git, ahead), behindBy: behind.length, mergeBase: common.at(-1) };
}
