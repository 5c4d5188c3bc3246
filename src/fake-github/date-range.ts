/**
 * GitHub's search date-range qualifier as the `created` filter of workflow-run listings accepts it
 * (docs: "Understanding the search syntax › Query for dates"): `a..b` (both ends inclusive, `*` for open),
 * `>=a`, `>a`, `<=b`, `<b`, or a single value. Values are dates (`2026-10-01`) or date-times with a zone
 * (`2026-10-01T12:00:00Z`, `…+02:00`). A date stands for its whole UTC day, a date-time for its whole second,
 * so `<=2026-10-01` includes that day and `>2026-10-01T12:00:00Z` starts one second later.
 */

/** Instants in epoch milliseconds: `from` inclusive, `to` exclusive; null = unbounded. */
export interface TimeRange {
  from: number | null;
  to: number | null;
}

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The span [lo, hi) a single value stands for, or null when it is not a date or date-time. */
function span(value: string): [number, number] | null {
  if (DATE.test(value)) {
    const lo = Date.parse(`${value}T00:00:00Z`);
    return Number.isNaN(lo) ? null : [lo, lo + DAY_MS];
  }
  if (DATE_TIME.test(value)) {
    const ms = Date.parse(value);
    if (Number.isNaN(ms)) return null;
    const lo = Math.floor(ms / 1000) * 1000;
    return [lo, lo + 1000];
  }
  return null;
}

export function parseDateRange(text: string): TimeRange | null {
  const value = text.trim();
  const range = value.split('..');
  if (range.length === 2) {
    const [a = '', b = ''] = range;
    const from = a === '*' ? null : span(a)?.[0];
    const to = b === '*' ? null : span(b)?.[1];
    return from === undefined || to === undefined ? null : { from, to };
  }
  const operator = /^(>=|<=|>|<)?(.*)$/.exec(value);
  const bounds = span(operator?.[2] ?? '');
  if (!bounds) return null;
  switch (operator?.[1]) {
    case '>=':
      return { from: bounds[0], to: null };
    case '>':
      return { from: bounds[1], to: null };
    case '<=':
      return { from: null, to: bounds[1] };
    case '<':
      return { from: null, to: bounds[0] };
    default:
      return { from: bounds[0], to: bounds[1] };
  }
}

// A listing filters thousands of records per request by the same few thousand timestamps: parse each once.
const parsed = new Map<string, number>();

export function inRange(range: TimeRange, iso: string): boolean {
  let t = parsed.get(iso);
  if (t === undefined) {
    if (parsed.size >= 100_000) parsed.clear();
    t = Date.parse(iso);
    parsed.set(iso, t);
  }
  return (range.from === null || t >= range.from) && (range.to === null || t < range.to);
}
