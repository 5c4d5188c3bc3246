/** `$window` in a query (SPEC §12): the key result's window at the instant asked, as PromQL whole seconds. */

/** `$window` and `${window}` (Grafana's spelling), not `$windowSize`. */
const WINDOW = /\$(?:\{window\}|window\b)/g;

/**
 * The query with every `$window` replaced by the window's length, `3931200s`. At least a second: PromQL refuses
 * an empty range, and a window that short (an as-of at the period's very start) holds no data either way.
 */
export function withWindow(query: string, window: { start: Date; end: Date }): string {
  const seconds = Math.max(1, Math.round((window.end.getTime() - window.start.getTime()) / 1000));
  return query.replace(WINDOW, `${seconds}s`);
}
