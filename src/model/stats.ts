/**
 * The statistics a metric's `stat` may name (SPEC §3), and the kinds of value that decide which apply: durations
 * take sample statistics, counts take count statistics, and a ratio or a supplied value is one number.
 */
const PERCENTILE_STATS = ['p50', 'p75', 'p90', 'p95', 'p99'] as const;
export const SAMPLE_STATS = [...PERCENTILE_STATS, 'mean', 'min', 'max'] as const;
export const COUNT_STATS = ['count', 'per-day', 'per-week'] as const;
export type SampleStat = (typeof SAMPLE_STATS)[number];
export type CountStat = (typeof COUNT_STATS)[number];
export type Stat = SampleStat | CountStat;

/**
 * What a metric's value is: durations take sample statistics, counts take count statistics, and a ratio, a
 * supplied or a queried value is one number, so `stat` there is an error rather than ignored (SPEC-NOTES "The
 * OKR file").
 */
export type ValueKind = 'duration' | 'count' | 'ratio' | 'supplied' | 'queried';
