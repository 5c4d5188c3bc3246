/**
 * What the orchestrator (main.ts) and a measured variant (variant.ts, one child process each) tell each other
 * over Node's IPC channel. A child holds only the client side, so its peak memory is the variant's own.
 */

export type VariantName = 'engine' | 'engine-c1' | 'engine-serial' | 'naive';

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
  /** Resident set size just before scoring (Node, the bundle, the parsed OKR file): what the variant adds is above it. */
  startRssBytes: number;
  values: Record<string, KeyResultValue>;
}

export const VARIANT_LABELS: Record<VariantName, string> = {
  engine: 'engine, default concurrency',
  'engine-c1': 'engine, concurrency: 1',
  'engine-serial': 'engine, one request at a time',
  naive: 'obvious approach',
};
