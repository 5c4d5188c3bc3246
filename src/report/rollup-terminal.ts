/**
 * The company roll-up for the terminal: each company objective, the team objectives serving it, then what is
 * uncovered, unaligned, stale or unreadable. Colour only when asked; untrusted text stripped of control characters.
 */
import { escapeTerminal } from './escape.js';
import { formatInstant, formatPeriodLine, formatScore, scoreBar } from './format.js';
import type { Status } from '../model/status.js';
import { ANSI, STATUS_STYLE, type Style } from './terminal.js';
import type { RollupView } from '../rollup/model.js';
import { plural } from '../model/plural.js';

const TITLE_WIDTH = 56;

function clip(value: string, size: number): string {
  const chars = [...escapeTerminal(value)];
  return chars.length <= size ? chars.join('') : `${chars.slice(0, size - 1).join('')}…`;
}
const padEnd = (value: string, size: number): string => value + ' '.repeat(Math.max(0, size - [...value].length));

export function renderRollupTerminal(view: RollupView, options: { color: boolean }): string {
  const paint = (value: string, styles: Style[]): string =>
    options.color ? `\u001B[${styles.map((s) => ANSI[s]).join(';')}m${value}\u001B[0m` : value;
  const status = (s: Status): string => paint(padEnd(s, 9), STATUS_STYLE[s]);
  const { rollup } = view;
  const out: string[] = [
    paint(`Company OKRs · ${escapeTerminal(formatPeriodLine(rollup))}`, ['bold']),
    `${formatScore(rollup.score).padStart(4)} ${scoreBar(rollup.score)} ${status(rollup.status)}  ` +
      plural(rollup.reports.length, 'team report'),
    '',
  ];
  for (const objective of rollup.objectives) {
    out.push(
      `${formatScore(objective.score).padStart(4)} ${scoreBar(objective.score)} ${status(objective.status)} ` +
        paint(clip(objective.title, TITLE_WIDTH), ['bold']),
    );
    if (objective.contributions.length === 0)
      out.push(`     ${paint('uncovered: no team objective serves it', ['yellow'])}`);
    for (const c of objective.contributions) {
      out.push(
        `     ${formatScore(c.score).padStart(4)} ${status(c.status)} ` +
          `${clip(c.team ?? c.repository, 24)} · ${clip(c.title, TITLE_WIDTH)}`,
      );
    }
  }
  if (rollup.unaligned.length > 0) {
    out.push('', paint(`Not aligned (${rollup.unaligned.length})`, ['bold']));
    for (const u of rollup.unaligned) {
      const why = u.alignsTo === null ? 'aligns to nothing' : `aligns to unknown "${clip(u.alignsTo, 40)}"`;
      out.push(`  ${clip(u.team ?? u.repository, 24)} · ${clip(u.title, TITLE_WIDTH)} (${why})`);
    }
  }
  out.push('', paint('Reports', ['bold']));
  for (const r of rollup.reports) {
    const fresh = r.stale ? paint('stale', ['yellow']) : 'fresh';
    out.push(`  ${clip(r.repository, 40)} ${clip(r.file, 40)} · measured ${formatInstant(r.asOf)} · ${fresh}`);
  }
  for (const finding of rollup.findings) {
    out.push(
      `${paint(finding.severity, [finding.severity === 'warning' ? 'yellow' : 'gray'])} ` +
        `${finding.rule}: ${escapeTerminal(finding.message)}`,
    );
  }
  for (const error of rollup.errors) {
    out.push(`${paint('error', ['red'])} ${escapeTerminal(error.path)}: ${escapeTerminal(error.message)}`);
  }
  return `${out.join('\n')}\n`;
}
