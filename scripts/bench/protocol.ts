/**
 * What the orchestrator (main.ts) and a measured variant (variant.ts, one child process each) tell each other
 * over Node's IPC channel. A child holds only the client side, so its peak memory is the variant's own.
 */

export type VariantName =
  | 'engine'
  | 'engine-c1'
  | 'engine-serial'
  | 'naive'
  | 'trend-cost'
  | 'calibrated'
  | 'previous-only';

export interface VariantRequest {
  variant: VariantName;
  /** The loopback stand-in's base URL. */
  url: string;
}

export interface KeyResultValue {
  value: number | null;
  samples: number;
  error: string | null;
}

export interface VariantResult {
  variant: VariantName;
  /** HTTP requests the client sent, as its own tally counts them (retries included). */
  clientRequests: number;
  /** The most requests that were in flight at once, as seen from the client. */
  peakInFlight: number;
  wallMs: number;
  /** Resident set size high-water mark of the child process, in bytes. */
  peakRssBytes: number;
  /**
   * Resident set size just before scoring (Node, the bundle, the parsed OKR file): what the variant adds is above it.
   */
  startRssBytes: number;
  values: Record<string, KeyResultValue>;
  /** User + system CPU time of the scoring, in milliseconds. */
  cpuMs: number;
  /** Only from the `trend-cost` variant. */
  trend?: TrendCost;
}

/** What series and forecasts add to a run (scripts/bench/trend-cost.ts). */
export interface TrendCost {
  keyResults: number;
  checkpoints: number;
  /** Measuring every key result once at as-of, from the fetched records. */
  measureCpuMs: number;
  /** Every key result's series at every checkpoint and its forecast. */
  trendCpuMs: number;
  /** How far the resident high-water mark rose while the trends were computed. */
  peakRssGrowthBytes: number;
  /** Heap the series and forecasts keep, after a collection. */
  retainedBytes: number;
}

export const VARIANT_LABELS: Record<VariantName, string> = {
  engine: 'engine, default concurrency',
  'engine-c1': 'engine, concurrency: 1',
  'engine-serial': 'engine, one request at a time',
  naive: 'obvious approach',
  'trend-cost': 'series and forecasts alone',
  calibrated: 'engine, calibrating (SPEC §13)',
  'previous-only': "the previous period's listings alone",
};
