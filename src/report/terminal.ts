/**
 * The scorecard for the command line: aligned columns, ANSI colours only when asked (a TTY without NO_COLOR,
 * decided by the caller). Untrusted text is stripped of control characters so it cannot move the cursor.
 */
import { escapeTerminal } from './escape.js';
import {
  formatBaselineTarget,
  formatCurrent,
  formatInstant,
  formatPeriodLine,
  formatScore,
  scoreBar,
} from './format.js';
import type { Finding, Report } from './model.js';
import type { Status } from '../model/status.js';
import { describeChange, describeScores } from './changes.js';
import { formatForecast, seriesSparkline } from './trend.js';
import { plural } from '../model/plural.js';

const TITLE_WIDTH = 48;

export const ANSI = { bold: '1', dim: '2', red: '31', green: '32', yellow: '33', gray: '90' } as const;
export type Style = keyof typeof ANSI;

export const STATUS_STYLE: Record<Status, Style[]> = {
  achieved: ['bold', 'green'],
  'on-track': ['green'],
  'at-risk': ['yellow'],
  'off-track': ['red'],
  'no-data': ['gray'],
  error: ['bold', 'red'],
};

const SEVERITY_STYLE: Record<Finding['severity'], Style[]> = { error: ['red'], warning: ['yellow'], info: ['gray'] };

/** Display width in code points: good enough for the Latin text of titles and the bar's one-cell glyphs. */
const width = (value: string): number => [...value].length;
const padEnd = (value: string, size: number): string => value + ' '.repeat(Math.max(0, size - width(value)));
const padStart = (value: string, size: number): string => ' '.repeat(Math.max(0, size - width(value))) + value;

function clip(value: string, size: number): string {
  const chars = [...escapeTerminal(value)];
  return chars.length <= size ? chars.join('') : `${chars.slice(0, size - 1).join('')}…`;
}

export function renderTerminal(report: Report, options: { color: boolean }): string {
  const paint = (value: string, styles: Style[]): string =>
    options.color && styles.length > 0 ? `\u001B[${styles.map((s) => ANSI[s]).join(';')}m${value}\u001B[0m` : value;

  const rows = report.objectives.flatMap((objective) =>
    objective.keyResults.map((kr) => ({
      title: clip(kr.title, TITLE_WIDTH),
      current: escapeTerminal(formatCurrent(kr)),
      goal: escapeTerminal(formatBaselineTarget(kr)),
      trend: seriesSparkline(kr),
      forecast: escapeTerminal(formatForecast(kr, report.period.end)),
    })),
  );
  const trendWidth = Math.max(0, ...rows.map((r) => width(r.trend)));
  const forecastWidth = Math.max(0, ...rows.map((r) => width(r.forecast)));
  const titleWidth = Math.max(0, ...rows.map((r) => width(r.title)));
  const currentWidth = Math.max(0, ...rows.map((r) => width(r.current)));
  const goalWidth = Math.max(0, ...rows.map((r) => width(r.goal)));

  const lines: string[] = [];
  lines.push(paint(`OKR scorecard · ${escapeTerminal(report.team ?? report.repository)}`, ['bold']));
  lines.push(paint(`${escapeTerminal(report.repository)} · ${escapeTerminal(report.file)}`, ['dim']));
  lines.push(escapeTerminal(formatPeriodLine(report)), '');
  lines.push(
    `${paint('Overall', ['bold'])}  ${scoreBar(report.score)} ${padStart(formatScore(report.score), 4)}  ` +
      paint(report.status, STATUS_STYLE[report.status]),
  );
  if (report.objectives.length === 0) lines.push('', 'The OKR file has no objectives.');

  let index = 0;
  for (const objective of report.objectives) {
    lines.push('');
    lines.push(
      `${paint(escapeTerminal(objective.title), ['bold'])}  ${formatScore(objective.score)}  ` +
        paint(objective.status, STATUS_STYLE[objective.status]),
    );
    for (const kr of objective.keyResults) {
      const cells = rows[index++];
      if (cells === undefined) continue;
      lines.push(
        `  ${padEnd(cells.title, titleWidth)}  ${padStart(cells.current, currentWidth)}  ` +
          `${padEnd(cells.goal, goalWidth)}  ${scoreBar(kr.score)} ${padStart(formatScore(kr.score), 4)}  ` +
          `${paint(padEnd(kr.status, 9), STATUS_STYLE[kr.status])}  ` +
          (trendWidth > 0 ? `${padEnd(cells.trend, trendWidth)}  ` : '') +
          (forecastWidth > 0 ? `${padEnd(cells.forecast, forecastWidth)}  ` : '') +
          `${paint(plural(kr.samples, 'sample'), ['dim'])}`.trimEnd(),
      );
      if (kr.error !== null) lines.push(paint(`    error: ${escapeTerminal(kr.error)}`, ['red']));
    }
  }

  if (report.changes.length > 0) {
    lines.push('', paint(`Changes to the OKRs (${report.changes.length})`, ['bold']));
    for (const change of report.changes) {
      const { lead, text } = describeChange(change, escapeTerminal);
      const what = lead === null ? text : `${paint(lead, ['bold', 'red'])} ${text}`;
      lines.push(`  ${clip(change.title, TITLE_WIDTH)}: ${what} · score today ${describeScores(change)}`);
    }
  }

  if (report.findings.length > 0) {
    lines.push('', paint(`Coaching findings (${report.findings.length})`, ['bold']));
    for (const finding of report.findings) {
      lines.push(
        `  ${padStart(`line ${finding.line}`, 9)}  ` +
          `${paint(padEnd(finding.severity, 7), SEVERITY_STYLE[finding.severity])}  ` +
          `${escapeTerminal(finding.rule)}: ${escapeTerminal(finding.message)}`,
      );
    }
  }
  lines.push('', paint(`generated ${escapeTerminal(formatInstant(report.generatedAt))}`, ['dim']));
  return `${lines.join('\n')}\n`;
}
