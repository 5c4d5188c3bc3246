/**
 * Mermaid line charts (GitHub renders ```mermaid blocks in issues, comments and job summaries): each key
 * result's series over the period against its target, grouped by objective. Every label goes through
 * `escapeMermaidLabel`; numbers are plain numbers, so nothing else can reach the diagram's text.
 */
import { escapeInline, escapeMermaidLabel } from './escape.js';
import type { KeyResultReport, Report } from './model.js';
import { formatExact } from './format.js';
import { formatDay } from './trend.js';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** How to show a unit on an axis: the factor the values are divided by, and the axis label. */
function axisScale(unit: string, largest: number): { divisor: number; label: string } {
  if (unit === 'seconds') {
    if (largest >= 2 * DAY) return { divisor: DAY, label: 'days' };
    if (largest >= 2 * HOUR) return { divisor: HOUR, label: 'hours' };
    if (largest >= 2 * MINUTE) return { divisor: MINUTE, label: 'minutes' };
    return { divisor: 1, label: 'seconds' };
  }
  if (unit === 'ratio') return { divisor: 0.01, label: '%' };
  if (unit === 'count' || unit === 'value') return { divisor: 1, label: unit === 'count' ? 'count' : '' };
  return { divisor: 1, label: escapeMermaidLabel(unit, { maxLength: 20 }) };
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** One chart, or null when fewer than two checkpoints have a value (a single point is no line). */
export function keyResultChart(kr: KeyResultReport): string | null {
  const points = kr.series.filter((p): p is { at: string; value: number; samples: number | null } => p.value !== null);
  if (points.length < 2) return null;
  const largest = Math.max(kr.target, ...points.map((p) => p.value), kr.baseline ?? 0);
  const smallest = Math.min(0, kr.target, ...points.map((p) => p.value));
  const { divisor, label } = axisScale(kr.unit, largest);
  const scaled = (v: number): number => round(v / divisor);
  const top = Math.max(scaled(largest) * 1.1, scaled(smallest) + 1);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${escapeMermaidLabel(kr.title)}"`,
    `  x-axis [${points.map((p) => `"${formatDay(new Date(p.at))}"`).join(', ')}]`,
    `  y-axis "${label}" ${round(scaled(smallest))} --> ${round(top)}`,
    `  line [${points.map((p) => scaled(p.value)).join(', ')}]`,
    `  line [${points.map(() => scaled(kr.target)).join(', ')}]`,
    '```',
  ].join('\n');
}

/**
 * The charts of every objective that has any, under one heading; empty when none has two points yet (the first
 * week of a period). A caption per chart names the target, since xychart draws no legend.
 */
export function renderCharts(report: Report, heading: string): string[] {
  const lines: string[] = [];
  for (const objective of report.objectives) {
    const charts = objective.keyResults.flatMap((kr) => {
      const chart = keyResultChart(kr);
      if (chart === null) return [];
      const target = escapeInline(formatExact(kr.target, kr.unit));
      const title = escapeInline(kr.title, { maxLength: 120 });
      const caption = `_${title}: its value over the period, and the target ${target} as a flat line_`;
      return [caption, '', chart, ''];
    });
    if (charts.length > 0) lines.push(`**${escapeInline(objective.title, { maxLength: 300 })}**`, '', ...charts);
  }
  return lines.length > 0 ? [heading, '', ...lines] : [];
}
