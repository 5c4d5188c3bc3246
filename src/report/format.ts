/**
 * Human units for the renderers. Every function returns plain text: untrusted parts (a `value` metric's unit,
 * a period name) are not escaped here, so callers pass the result through `escapeInline` / `escapeTerminal`.
 *
 * Durations under a second are milliseconds (`175ms`); longer ones use the two largest units, the second
 * zero-padded for minutes and seconds, rounded to the smaller one, a zero second unit dropped: `45s`, `25m 07s`,
 * `10m`, `1h 05m`, `2d 3h`, `2d`.
 * Scores are floored to the percent, so `100%` and a full bar only ever mean `achieved`.
 */
import type { KeyResultReport } from './model.js';
import type { Unit } from '../model/units.js';
import type { Status } from '../model/status.js';
import { METRIC_FIELD_KEYS } from '../metric-types/index.js';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  // Under a second (a latency): milliseconds, `175ms`.
  const ms = Math.round(Math.abs(seconds) * 1000);
  if (ms > 0 && ms < 1000) return `${sign}${ms}ms`;
  const total = Math.round(Math.abs(seconds));
  if (total < MINUTE) return `${sign}${total}s`;
  if (total < HOUR) return sign + pair(Math.floor(total / MINUTE), 'm', total % MINUTE, 's', true);
  const minutes = Math.round(total / MINUTE);
  if (minutes < DAY / MINUTE) return sign + pair(Math.floor(minutes / 60), 'h', minutes % 60, 'm', true);
  const hours = Math.round(total / HOUR);
  return sign + pair(Math.floor(hours / 24), 'd', hours % 24, 'h', false);
}

function pair(major: number, majorUnit: string, minor: number, minorUnit: string, padMinor: boolean): string {
  if (minor === 0) return `${major}${majorUnit}`;
  return `${major}${majorUnit} ${padMinor ? pad2(minor) : minor}${minorUnit}`;
}

/**
 * Every unit down to the second (`1d 2h 05m 07s`), and with `decimals` the seconds' fraction: what a duration
 * looks like when the two largest units would round it onto the target it misses.
 */
function formatDurationPrecisely(seconds: number, decimals: number): string {
  const sign = seconds < 0 ? '-' : '';
  // Under a second, as formatDuration shows it: milliseconds, then their decimals.
  const ms = Number((Math.abs(seconds) * 1000).toFixed(decimals));
  if (ms > 0 && ms < 1000) return `${sign}${ms.toFixed(decimals).replace(/\.0+$|(\.\d*?)0+$/, '$1')}ms`;
  const total = Number(Math.abs(seconds).toFixed(decimals));
  const whole = Math.floor(total);
  const units: Array<[number, string]> = [
    [Math.floor(whole / DAY), 'd'],
    [Math.floor((whole % DAY) / HOUR), 'h'],
    [Math.floor((whole % HOUR) / MINUTE), 'm'],
    [Number((total - whole + (whole % MINUTE)).toFixed(decimals)), 's'],
  ];
  const first = units.findIndex(([n]) => n > 0);
  if (first === -1) return '0s';
  const last = units.findLastIndex(([n]) => n > 0);
  const text = (n: number) => n.toFixed(decimals).replace(/\.0+$|(\.\d*?)0+$/, '$1');
  // From the largest unit there is to the smallest that is not zero, the smaller ones two digits wide.
  const parts = units.slice(first, last + 1).map(([n, unit], i) => {
    const shown = unit === 's' ? text(n) : String(n);
    return `${i > 0 && unit !== 'h' && n < 10 ? `0${shown}` : shown}${unit}`;
  });
  return sign + parts.join(' ');
}

/** Grouped, at most `maxFraction` decimals; a small non-zero number keeps two significant digits rather than `0`. */
function formatNumber(value: number, maxFraction = 2, extraSignificant = 0): string {
  const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: maxFraction }).format(value);
  if (value !== 0 && /^-?0$/.test(plain)) {
    return new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 + extraSignificant }).format(value);
  }
  return plain;
}

/** A fraction as a percentage with one decimal, `.0` dropped: 0.856 → `85.6%`, 0.5 → `50%`. */
function formatPercent(fraction: number, extra = 0): string {
  return `${formatNumber(fraction * 100, 1 + extra, extra)}%`;
}

const isDuration = (unit: Unit): boolean => unit === 'seconds';

/**
 * A metric value (or baseline, target) in its unit: `25m 47s`, `85.6%`, `3.5/week`, `0.4/day`, `12`, `97 ms`.
 * `extra` digits beyond the usual (durations: every unit down to the second, then its decimals).
 */
export function formatValue(value: number, unit: Unit, extra = 0): string {
  if (isDuration(unit)) return extra === 0 ? formatDuration(value) : formatDurationPrecisely(value, extra - 1);
  switch (unit) {
    case 'ratio':
      return formatPercent(value, extra);
    case 'per-week':
      return `${formatNumber(value, 1 + extra, extra)}/week`;
    case 'per-day':
      return `${formatNumber(value, 1 + extra, extra)}/day`;
    case 'count':
    case 'value': // a `value` metric that names no unit
    case '':
      return formatNumber(value, 2 + extra, extra);
    default:
      return `${formatNumber(value, 2 + extra, extra)} ${unit}`;
  }
}

/** The most extra digits a shown value gets: beyond this a difference is noise (a float's last bits). */
const MAX_EXTRA_DIGITS = 6;

/**
 * A baseline or target as written: `99.95%` stays `99.95%` (not `100%`), `1h 30m 20s` keeps its seconds. The
 * fewest digits that show it exactly, up to a few more than usual.
 */
export function formatExact(value: number, unit: Unit): string {
  return formatValue(value, unit, exactExtra(value, unit));
}

/** The fewest extra digits that show `value` exactly (the next few digits change nothing), up to the most. */
function exactExtra(value: number, unit: Unit): number {
  for (let extra = 0; extra < MAX_EXTRA_DIGITS; extra++) {
    if (formatValue(value, unit, extra) === formatValue(value, unit, extra + MAX_EXTRA_DIGITS)) return extra;
  }
  return MAX_EXTRA_DIGITS;
}

/**
 * A measured or forecast value beside its target: digits enough that one that misses the target never reads as
 * the target itself (`0.9996` against `≥ 1` is `0.9996`, not `1`; `0.957/day` is not `1/day`). Both at the
 * precision that shows the target exactly or finer: rounding keeps order, so the value then never reads as past
 * a target it has not reached.
 */
export function formatAgainst(value: number, target: number, unit: Unit): string {
  if (value === target) return formatExact(value, unit);
  for (let extra = exactExtra(target, unit); extra < MAX_EXTRA_DIGITS; extra++) {
    const shown = formatValue(value, unit, extra);
    if (shown !== formatValue(target, unit, extra)) return shown;
  }
  return formatValue(value, unit, MAX_EXTRA_DIGITS);
}

/** A change between two runs in the metric's unit, unsigned (the arrow carries the sign); ratios in points. */
export function formatValueChange(delta: number, unit: Unit): string {
  const size = Math.abs(delta);
  if (unit === 'ratio') return `${formatNumber(size * 100, 1)} pts`;
  return formatValue(size, unit);
}

/** `▲ 2m 10s`, `▼ 4.1 pts`, `±0`: the arrow says which way the number moved, not whether that is good. */
export function formatChange(delta: number, formatSize: (size: number) => string): string {
  const size = formatSize(Math.abs(delta));
  if (delta === 0 || formatSize(0) === size) return '±0';
  return `${delta > 0 ? '▲' : '▼'} ${size}`;
}

/** A score change in percentage points: 0.041 → `4.1 pts`. */
export function formatPoints(size: number): string {
  return `${formatNumber(size * 100, 1)} pts`;
}

const floorPercent = (score: number): number => Math.floor(score * 100 + 1e-9);

/** 0.615 → `61%`; null → `—`. */
export function formatScore(score: number | null): string {
  return score === null ? '—' : `${floorPercent(score)}%`;
}

const BAR_CELLS = 10;

/** 0.61 → `▰▰▰▰▰▰▱▱▱▱`; null → ten empty cells. */
export function scoreBar(score: number | null): string {
  const filled = score === null ? 0 : Math.min(BAR_CELLS, Math.max(0, Math.floor(score * BAR_CELLS + 1e-9)));
  return '▰'.repeat(filled) + '▱'.repeat(BAR_CELLS - filled);
}

export const STATUS_EMOJI: Record<Status, string> = {
  achieved: '✅',
  'on-track': '🟢',
  'at-risk': '🟡',
  'off-track': '🔴',
  'no-data': '⚪',
  error: '❗',
};

/** `🟡 at-risk`. */
export function formatStatus(status: Status): string {
  return `${STATUS_EMOJI[status]} ${status}`;
}

/** `45m → 10m`, or for a threshold key result (no baseline) `≤ 100 ms` / `≥ 99.9%`. */
export function formatBaselineTarget(kr: Pick<KeyResultReport, 'baseline' | 'target' | 'unit' | 'direction'>): string {
  const target = formatExact(kr.target, kr.unit);
  if (kr.baseline === null) return `${kr.direction === 'decrease' ? '≤' : '≥'} ${target}`;
  return `${formatExact(kr.baseline, kr.unit)} → ${target}`;
}

/**
 * The current value (never shown as its target unless it is), or `—` when there is none (no data, error); on a
 * DORA key result its level beside it (`1d 2h · DORA high`), and on recovery time the failure streaks not yet
 * recovered (SPEC §11).
 */
export function formatCurrent(kr: Pick<KeyResultReport, 'value' | 'unit' | 'target' | 'dora' | 'unrecovered'>): string {
  const parts = [kr.value === null ? '—' : formatAgainst(kr.value, kr.target, kr.unit)];
  if (kr.dora) parts.push(`DORA ${kr.dora.level}`);
  if (kr.unrecovered) parts.push(`${kr.unrecovered} unrecovered`);
  return parts.join(' · ');
}

// Everything that tells two key results' metrics apart (a branch, another repository) must show: every setting
// a metric type takes (from the catalog), the repository first, the statistic and window last. `unit` shows in
// the value itself.
/** Settings that read alike without a word: a run's branch and a pull request's base are both often `main`. */
const METRIC_DETAIL_LABELS: Record<string, string> = { branch: 'branch ', event: 'on ', base: 'into ' };
const SHOWN_APART = new Set(['repository', 'stat', 'window', 'unit']);
const METRIC_DETAIL_KEYS = [
  'repository',
  ...METRIC_FIELD_KEYS.filter((key) => !SHOWN_APART.has(key)),
  'stat',
  'window',
];

/** `workflow-duration · deploy.yml · p90`: the metric type and the settings a reader needs to recognise it. */
export function describeMetric(metric: KeyResultReport['metric']): string {
  const parts: string[] = [metric.type];
  for (const key of METRIC_DETAIL_KEYS) {
    const setting = metric[key];
    if (setting === undefined || setting === null) continue;
    if (key === 'window' && typeof setting === 'number') parts.push(`last ${formatDuration(setting)}`);
    else if (Array.isArray(setting)) parts.push(setting.map(String).join(' + '));
    else parts.push(`${METRIC_DETAIL_LABELS[key] ?? ''}${String(setting)}`);
  }
  return parts.join(' · ');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-28 18:00 UTC`; text that is not a valid instant is returned as given. */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`
  );
}

/** `2026-Q4 · 42% elapsed · as of 2026-11-28 18:00 UTC`. */
export function formatPeriodLine(report: { period: { name: string; elapsed: number }; asOf: string }): string {
  const elapsed = Math.round(report.period.elapsed * 100);
  return `${report.period.name} · ${elapsed}% elapsed · as of ${formatInstant(report.asOf)}`;
}
