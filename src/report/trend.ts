/**
 * The trend in words and glyphs (SPEC §9): a key result's series as a sparkline, its forecast as
 * `→ 11m 20s by Dec 31 · at-risk`, and whether a change since the last run is for the better or the worse.
 * Plain text: callers escape it like every other cell.
 */
import type { Direction } from '../model/direction.js';
import type { KeyResultReport } from './model.js';
import { formatAgainst, formatValue } from './format.js';

const BLOCKS = '▁▂▃▄▅▆▇█';
/** A year has 53 weekly points and a value's history up to 100: the last ones say how it is moving now. */
const SPARKLINE_MAX_POINTS = 26;

/**
 * Oldest first, scaled from the lowest to the highest value shown; a point without a value is a space and a
 * flat series sits mid-height. Empty when fewer than two points have a value: one point is no trend.
 */
export function sparkline(values: readonly (number | null)[]): string {
  const shown = values.slice(-SPARKLINE_MAX_POINTS);
  const known = shown.filter((v): v is number => v !== null);
  if (known.length < 2) return '';
  let low = known[0]!;
  let high = known[0]!;
  for (const v of known) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return shown
    .map((v) => {
      if (v === null) return ' ';
      if (high === low) return BLOCKS[3];
      return BLOCKS[Math.round(((v - low) / (high - low)) * (BLOCKS.length - 1))];
    })
    .join('');
}

export function seriesSparkline(kr: Pick<KeyResultReport, 'series'>): string {
  return sparkline(kr.series.map((p) => p.value));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Dec 31`: a day in UTC. */
export function formatDay(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}`;
}

/** The period's last day: its end is exclusive, so `2026-Q4` ends `Dec 31`. */
export function lastDayOf(periodEnd: string): string {
  return formatDay(new Date(Date.parse(periodEnd) - 1));
}

/** `→ 11m 20s by Dec 31 · at-risk`; empty without a forecast. */
export function formatForecast(kr: Pick<KeyResultReport, 'forecast' | 'unit' | 'target'>, periodEnd: string): string {
  if (kr.forecast === null) return '';
  return `→ ${formatAgainst(kr.forecast.value, kr.target, kr.unit)} by ${lastDayOf(periodEnd)} · ${kr.forecast.status}`;
}

/** `9m 40s–13m 05s`: the band between the 10th and 90th percentile slopes; empty when it has no width. */
export function formatBand(kr: Pick<KeyResultReport, 'forecast' | 'unit'>): string {
  if (kr.forecast === null) return '';
  const low = formatValue(kr.forecast.low, kr.unit);
  const high = formatValue(kr.forecast.high, kr.unit);
  return low === high ? '' : `${low}–${high}`;
}

/** A change read against the key result's direction: a time to close that grew is worse, not "up". */
export function changeVerdict(delta: number, direction: Direction): 'better' | 'worse' | '' {
  if (delta === 0) return '';
  return delta < 0 === (direction === 'decrease') ? 'better' : 'worse';
}
