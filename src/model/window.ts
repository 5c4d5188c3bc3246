/** The span a metric is measured over (SPEC §3): half-open [start, end) in UTC. */
export interface Window {
  start: Date;
  end: Date;
}

/** Whether an ISO instant lies in [start, end). Unparseable or missing times are outside. */
export function inWindow(iso: string | null | undefined, window: Window): boolean {
  if (!iso) return false;
  const t = Date.parse(iso);
  return !Number.isNaN(t) && t >= window.start.getTime() && t < window.end.getTime();
}
