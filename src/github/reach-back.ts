/**
 * How far a deployments listing reaches back before its window for lead time and recovery time (SPEC §11):
 * for every environment with a deployment in the window, back to its latest deployment whose outcome was a
 * success already before `since`. That one is a success at every evaluation time the run measures (the series'
 * checkpoints included), so no predecessor, and no deployment before a failure streak, can lie further back.
 */
import type { Deployment } from './records.js';
import { outcomeOf } from './deployment-history.js';

export class ReachBack {
  /** Environments seen in the window whose settling success is not found yet. */
  private readonly open = new Set<string>();

  constructor(private readonly since: Date) {}

  /** A deployment in the window: its environment needs what came before. */
  sawInWindow(environment: string): void {
    this.open.add(environment);
  }

  /** Whether a deployment before the window, of this environment, is still needed. */
  wants(environment: string): boolean {
    return this.open.has(environment);
  }

  /** A deployment before the window, with its statuses: a success before `since` settles its environment. */
  settle(deployment: Deployment): void {
    if (outcomeOf(deployment, this.since)?.state === 'success') this.open.delete(deployment.environment);
  }

  get done(): boolean {
    return this.open.size === 0;
  }
}
