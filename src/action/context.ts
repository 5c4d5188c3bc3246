/** What every part of the action is handed: the runner's context, `@actions/core` and the clock. */
import type * as Core from '@actions/core';
import type { Report } from '../report/model.js';
import type { RunnerContext } from './runner.js';
import type { PrometheusServer } from '../prometheus/server.js';

export interface ActionContext {
  runner: RunnerContext;
  core: typeof Core;
  now: Date;
  /** The `prometheus-url` and `prometheus-headers` inputs, read (and masked) before anything else runs. */
  prometheus?: PrometheusServer;
}

export interface FileOutcome {
  failure?: string;
  /** The scorecard, when the file was valid. */
  report?: Report;
}
