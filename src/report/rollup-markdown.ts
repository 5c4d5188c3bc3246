/**
 * The company roll-up in Markdown: the job summary and the company tracking issue's body. Pure; every string from
 * a report or the company file goes through `escapeInline`.
 */
import { escapeInline } from './escape.js';
import { formatInstant, formatPeriodLine, formatScore, formatStatus, scoreBar, STATUS_EMOJI } from './format.js';
import { SUMMARY_MAX_BYTES, truncateMarkdown } from './truncate.js';
import type { CompanyObjective, RollupReport, RollupView } from '../rollup/model.js';
import { plural } from '../model/plural.js';

const TITLE_MAX = 300;
const text = (value: string): string => escapeInline(value, { maxLength: TITLE_MAX });
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const who = (entry: { team: string | null; repository: string }): string => text(entry.team ?? entry.repository);

export interface RollupMarkdownOptions {
  maxBytes?: number;
  maxChars?: number;
  /** Put first in the body (the tracking issue's marker). */
  marker?: string;
}

export function renderRollupMarkdown(view: RollupView, options: RollupMarkdownOptions = {}): string {
  const { rollup } = view;
  const lines: string[] = [];
  if (options.marker) lines.push(options.marker);
  lines.push(
    '## 🏢 Company OKRs',
    '',
    `**${formatScore(rollup.score)}** ${scoreBar(rollup.score)} ${formatStatus(rollup.status)}`,
    '',
    `${text(formatPeriodLine(rollup))}  `,
    `${plural(rollup.reports.length, 'team report')} · ` + `company file ${text(view.companyFile)}`,
    '',
  );
  if (rollup.errors.length > 0) {
    lines.push(`### ❗ Reports that could not be read (${rollup.errors.length})`, '');
    for (const error of rollup.errors) lines.push(`- **${text(error.path)}**: ${text(error.message)}`);
    lines.push('');
  }
  if (rollup.objectives.length === 0) lines.push('_The company file has no objectives._', '');
  for (const objective of rollup.objectives) objectiveSection(lines, objective);
  unalignedSection(lines, rollup);
  freshnessSection(lines, rollup);
  if (rollup.findings.length > 0) {
    lines.push(
      `### Findings (${rollup.findings.length})`,
      '',
      row(['Severity', 'Rule', 'Message']),
      row(['---', '---', '---']),
    );
    for (const finding of rollup.findings) {
      const severity = `${finding.severity === 'warning' ? '⚠️' : 'ℹ️'} ${finding.severity}`;
      lines.push(row([severity, finding.rule, text(finding.message)]));
    }
    lines.push('');
  }
  lines.push('---', '', `<sub>OKR Scorecard roll-up · generated ${text(formatInstant(rollup.generatedAt))}</sub>`);
  const markdown = `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
  return truncateMarkdown(markdown, {
    maxBytes: options.maxBytes ?? SUMMARY_MAX_BYTES,
    maxChars: options.maxChars,
    itemName: 'rows',
  });
}

function objectiveSection(lines: string[], objective: CompanyObjective): void {
  lines.push(
    `### ${STATUS_EMOJI[objective.status]} ${text(objective.title)} · ` +
      `${formatScore(objective.score)} ${objective.status}`,
    '',
  );
  if (objective.contributions.length === 0) {
    lines.push('_Uncovered: no team objective serves it._', '');
    return;
  }
  lines.push(row(['Team', 'Objective', 'Score', 'Status']), row(['---', '---', '---', '---']));
  for (const c of objective.contributions) {
    lines.push(row([who(c), text(c.title), `${scoreBar(c.score)} ${formatScore(c.score)}`, formatStatus(c.status)]));
  }
  lines.push('');
}

function unalignedSection(lines: string[], rollup: RollupReport): void {
  if (rollup.unaligned.length === 0) return;
  lines.push(
    `### Not aligned (${rollup.unaligned.length})`,
    '',
    row(['Team', 'Objective', 'Aligns to']),
    row(['---', '---', '---']),
  );
  for (const u of rollup.unaligned) {
    lines.push(
      row([
        who(u),
        text(u.title),
        u.alignsTo === null ? '_nothing_' : `${text(u.alignsTo)} (no such company objective)`,
      ]),
    );
  }
  lines.push('');
}

function freshnessSection(lines: string[], rollup: RollupReport): void {
  if (rollup.reports.length === 0) return;
  lines.push(
    '<details><summary>Reports rolled up</summary>',
    '',
    row(['Team', 'Repository', 'OKR file', 'Measured', 'Fresh']),
    row(['---', '---', '---', '---', '---']),
  );
  for (const r of rollup.reports) {
    lines.push(
      row([who(r), text(r.repository), text(r.file), text(formatInstant(r.asOf)), r.stale ? '⏳ stale' : '✅']),
    );
  }
  lines.push('', '</details>', '');
}
