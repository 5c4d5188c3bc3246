/**
 * The git history of main: every pull request merged into it adds its commits when it merges, as the merge
 * button leaves them: a merge commit over the branch (forked from main when the pull request was opened), a
 * squash (one new commit), or a rebase (the commits replayed, keeping their author dates). Commits are written
 * while the pull request is open. Each deploy run deploys main's head as it was when the run started.
 */
import { CommitGraph } from '../src/fake-github/commit-graph.js';
import type { FakeCommit } from '../src/fake-github/history.js';
import type { DraftPull } from './drafts.js';
import type { Random } from './random.js';
import { iso } from './time.js';
import { FIRST_DAY, SNAPSHOT } from './timeline.js';

export interface MainHistory {
  commits: FakeCommit[];
  /** The sha main's head had at an instant (epoch seconds). */
  headAt(at: number): string;
}

export function generateCommits(random: Random, pulls: readonly DraftPull[]): MainHistory {
  const git = new CommitGraph();
  const heads: { at: number; sha: string }[] = [];
  const headAt = (at: number): string => heads.findLast((head) => head.at <= at)?.sha ?? heads[0]!.sha;
  heads.push({ at: FIRST_DAY, sha: git.commit([], { authored: iso(FIRST_DAY), message: 'Initial commit' }) });
  const merged = pulls
    .filter((pull) => pull.merged && pull.base === 'main' && pull.closed !== null && pull.closed <= SNAPSHOT)
    .sort((a, b) => a.closed! - b.closed!);
  for (const pull of merged) {
    const mergedAt = pull.closed!;
    const written = Array.from({ length: random.int(1, 4) }, () => random.between(pull.created, mergedAt))
      .sort((a, b) => a - b)
      .map((at) => ({ authored: iso(Math.round(at)), author: pull.user, message: pull.title }));
    const head = heads.at(-1)!.sha;
    const style = random.next();
    let sha: string;
    if (style < 0.5) {
      sha = git.squashPull(head, iso(mergedAt), pull.user);
    } else if (style < 0.85) {
      const branch = git.line(headAt(pull.created), written);
      sha = git.commit([head, branch.at(-1)!], {
        authored: iso(mergedAt),
        message: `Merge pull request: ${pull.title}`,
      });
    } else {
      sha = git.rebasePull(head, written, iso(mergedAt)).at(-1)!;
    }
    heads.push({ at: mergedAt, sha });
  }
  return { commits: git.commits, headAt };
}
