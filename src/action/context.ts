/** What every part of the action is handed: the runner's context, `@actions/core` and the clock. */
import type * as Core from '@actions/core';
import type { Report } from '../report/model.js';
import type { RunnerContext } from './runner.js';
import type { ListingCache } from '../github/cache/listing-cache.js';
import type { PrometheusServer } from '../prometheus/server.js';

export interface ActionContext {
  runner: RunnerContext;
  core: typeof Core;
  now: Date;
  /** The `cache` input's listings (SPEC §14), when it names a directory. */
  cache?: ListingCache;
  /** Milliseconds per second the GitHub client waits (retries, rate limits, spacing): 1000, a few in tests. */
  delayUnitMs?: number;
  /** The `prometheus-url` and `prometheus-headers` inputs, read (and masked) before anything else runs. */
  prometheus?: PrometheusServer;
}

export interface FileOutcome {
  failure?: string;
  /** The scorecard, when the file was valid. */
  report?: Report;
}
