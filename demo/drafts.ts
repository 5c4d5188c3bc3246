/**
 * The demo's records as the generators produce them: epoch seconds, no ids yet. `snapshot.ts` turns them into
 * the stand-in's records once they are in time order (GitHub's ids and numbers grow with time).
 */
import type { FakeDeploymentStatus, FakeRun } from '../src/fake-github/history.js';

export type WorkflowKey = 'ci' | 'deploy' | 'nightly';

export interface DraftRun {
  workflow: WorkflowKey;
  branch: string;
  event: string;
  created: number;
  /**
   * When the latest attempt started; undefined = GitHub did not record `run_started_at` (some old runs);
   * Infinity = still waiting for a runner.
   */
  started: number | undefined;
  /** When the latest attempt ended; Infinity = it never does (a run stuck on a lost runner). */
  finished: number;
  conclusion: NonNullable<FakeRun['conclusion']>;
  attempt: number;
}

export interface DraftStatus {
  state: FakeDeploymentStatus['state'];
  at: number;
}

export interface DraftDeployment {
  environment: string;
  ref: string;
  created: number;
  /** When the deploy run that created it started: it deploys main's head as of then. */
  commitAt: number;
  statuses: DraftStatus[];
}

export interface DraftIssue {
  title: string;
  user: string;
  labels: string[];
  created: number;
  /** null = never closed. */
  closed: number | null;
}

export interface DraftPull {
  title: string;
  user: string;
  base: string;
  head: string;
  created: number;
  closed: number | null;
  merged: boolean;
}
