/**
 * Builds a repository's git history for the stand-in (tests and the demo): commits with parents and dates, and
 * the shapes GitHub's merge button leaves behind (a merge commit, a squash, a rebase).
 */
import type { FakeCommit } from './history.js';
import { fakeSha } from './objects/site.js';

export interface CommitFields {
  author?: string;
  /** When the change was written. */
  authored: string;
  /** When it took its place in the history; default: when it was written. */
  committed?: string;
  message?: string;
}

export class CommitGraph {
  readonly commits: FakeCommit[] = [];

  /** A commit on top of `parents` (none: a root; two or more: a merge); returns its sha. */
  commit(parents: readonly string[], fields: CommitFields): string {
    const message = fields.message ?? `Change ${this.commits.length + 1}`;
    const sha = fakeSha(`commit:${this.commits.length}:${message}:${fields.authored}`);
    this.commits.push({
      sha,
      parents: [...parents],
      author: fields.author ?? 'octocat',
      authored_at: fields.authored,
      committed_at: fields.committed ?? fields.authored,
      message,
    });
    return sha;
  }

  /** A line of commits, each on the one before, starting on `parent`; returns their shas, oldest first. */
  line(parent: string, changes: readonly CommitFields[]): string[] {
    const shas: string[] = [];
    for (const fields of changes) shas.push(this.commit([shas.at(-1) ?? parent], fields));
    return shas;
  }

  /** A pull request merged with a merge commit: its commits on a branch from `base`, then the merge. */
  mergePull(base: string, changes: readonly CommitFields[], mergedAt: string): { merge: string; changes: string[] } {
    const branch = this.line(base, changes);
    const merge = this.commit([base, branch.at(-1)!], { authored: mergedAt, message: 'Merge pull request' });
    return { merge, changes: branch };
  }

  /** A pull request squashed: one new commit on `base`, written when it was squashed (as GitHub does). */
  squashPull(base: string, mergedAt: string, author?: string): string {
    return this.commit([base], { authored: mergedAt, author, message: 'Squashed pull request' });
  }

  /** A pull request rebased: its commits replayed on `base`, keeping their author dates, committed at the merge. */
  rebasePull(base: string, changes: readonly CommitFields[], mergedAt: string): string[] {
    return this.line(
      base,
      changes.map((change) => ({ ...change, committed: mergedAt })),
    );
  }
}
