/**
 * The Markdown scorecards: the job summary (full) and the PR comment / tracking issue body (compact, with the
 * change since the last run). Pure functions of the report; every untrusted string goes through `escapeInline`.
 */
import { escapeInline, safeLinkTarget } from './escape.js';
import { keyResultKey } from '../okrs/model.js';
import {
  describeMetric,
  formatBaselineTarget,
  formatChange,
  formatCurrent,
  formatInstant,
  formatPeriodLine,
  formatPoints,
  formatScore,
  formatStatus,
  formatValueChange,
  scoreBar,
  STATUS_EMOJI,
} from './format.js';
import type { Finding, KeyResultChange, KeyResultReport, ObjectiveReport, PreviousRun, Report } from './model.js';
import { describeChange, describeScores } from './changes.js';
import { changeVerdict, formatBand, formatForecast, seriesSparkline } from './trend.js';
import { renderCharts } from './charts.js';
import { COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES, truncateMarkdown } from './truncate.js';

const TITLE_MAX = 300;
const text = (value: string): string => escapeInline(value, { maxLength: TITLE_MAX });
const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

const KEY_RESULTS = 'key results';
const CHANGES = 'changes to the OKRs';

/** Lines of a document, remembering which are key-result and change rows so truncation can say what it dropped. */
class Doc {
  readonly lines: string[] = [];
  readonly items = new Map<string, string>();
  push(...lines: string[]): void {
    this.lines.push(...lines);
  }
  pushItem(kind: string, line: string): void {
    this.items.set(line, kind);
    this.lines.push(line);
  }
  pushKeyResultRow(line: string): void {
    this.pushItem(KEY_RESULTS, line);
  }
  render(limits: { maxChars?: number; maxBytes?: number }): string {
    const markdown = `${this.lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd()}\n`;
    return truncateMarkdown(markdown, { ...limits, itemKind: (line) => this.items.get(line), itemName: KEY_RESULTS });
  }
}

function headline(report: Report): string {
  return `**${formatScore(report.score)}** ${scoreBar(report.score)} ${formatStatus(report.status)}`;
}

function objectiveHeading(objective: ObjectiveReport): string {
  const heading = `${STATUS_EMOJI[objective.status]} ${text(objective.title)}`;
  return `### ${heading} · ${formatScore(objective.score)} ${objective.status}`;
}

/** `→ 11m 20s by Dec 31 · at-risk (9m 40s–13m 05s)`, escaped; `—` without a forecast. */
function forecastCell(kr: KeyResultReport, periodEnd: string, withBand: boolean): string {
  const forecast = formatForecast(kr, periodEnd);
  if (forecast === '') return '—';
  const band = withBand ? formatBand(kr) : '';
  return text(band === '' ? forecast : `${forecast} (${band})`);
}

function fullKeyResultTable(doc: Doc, objective: ObjectiveReport, periodEnd: string, counted = true): void {
  doc.push(
    row(['Key result', 'Metric', 'Current', 'Baseline → target', 'Score', 'Status', 'Trend', 'Forecast', 'Samples']),
    row(['---', '---', '---:', '---', '---', '---', '---', '---', '---:']),
  );
  for (const kr of objective.keyResults) {
    const metric = describeMetric(kr.metric) + (kr.weight !== 1 ? ` · weight ${kr.weight}` : '');
    const line = row([
      text(kr.title),
      text(metric),
      text(formatCurrent(kr)),
      text(formatBaselineTarget(kr)),
      `${scoreBar(kr.score)} ${formatScore(kr.score)}`,
      formatStatus(kr.status),
      seriesSparkline(kr),
      forecastCell(kr, periodEnd, true),
      String(kr.samples),
    ]);
    if (counted) doc.pushKeyResultRow(line);
    else doc.push(line);
  }
  doc.push('');
}

function errorList(doc: Doc, objective: ObjectiveReport): void {
  const failed = objective.keyResults.filter((kr) => kr.error !== null);
  if (failed.length === 0) return;
  for (const kr of failed) doc.push(`- ❗ **${text(kr.title)}**: ${text(kr.error ?? '')}`);
  doc.push('');
}

const SEVERITY_EMOJI: Record<Finding['severity'], string> = { error: '⛔', warning: '⚠️', info: 'ℹ️' };

function findingsTable(doc: Doc, findings: Finding[]): void {
  doc.push(row(['Line', 'Severity', 'Rule', 'Message']), row(['---:', '---', '---', '---']));
  for (const finding of findings) {
    doc.push(
      row([
        String(finding.line),
        `${SEVERITY_EMOJI[finding.severity]} ${finding.severity}`,
        text(finding.rule),
        escapeInline(finding.message),
      ]),
    );
  }
  doc.push('');
}

/** After the scorecard, so that however long the titles, a cut drops changes before key results. */
function changesTable(doc: Doc, changes: readonly KeyResultChange[]): void {
  if (changes.length === 0) return;
  doc.push('### Changes to the OKRs', '', row(['Key result', 'Change', 'Score today (before → after)']));
  doc.push(row(['---', '---', '---']));
  for (const change of changes) {
    const { lead, text: described } = describeChange(change, escapeInline);
    const what = lead === null ? described : `**${lead}** ${described}`;
    doc.pushItem(CHANGES, row([text(change.title), what, describeScores(change)]));
  }
  doc.push('');
}

function noObjectives(doc: Doc, report: Report): void {
  if (report.objectives.length === 0) doc.push('_The OKR file has no objectives._', '');
}

/** The job summary: everything a reader needs, within the 1 MiB a summary may hold. */
export function renderSummary(report: Report, limits: { maxBytes?: number } = {}): string {
  const doc = new Doc();
  const owner = report.team ?? report.repository;
  doc.push(
    `## 🎯 OKR scorecard · ${text(owner)}`,
    '',
    headline(report),
    '',
    `${text(formatPeriodLine(report))}  `,
    `${text(report.repository)} · ${text(report.file)}`,
    '',
  );
  noObjectives(doc, report);
  for (const objective of report.objectives) {
    doc.push(objectiveHeading(objective), '');
    if (objective.alignsTo !== null) {
      const title = objective.alignsToTitle === null ? '' : `**${text(objective.alignsToTitle)}** · `;
      doc.push(`Serves company objective: ${title}${text(objective.alignsTo)}`, '');
    }
    fullKeyResultTable(doc, objective, report.period.end);
    errorList(doc, objective);
  }
  changesTable(doc, report.changes);
  if (report.findings.length > 0) {
    doc.push(`### Coaching findings (${report.findings.length})`, '');
    findingsTable(doc, report.findings);
  }
  doc.push(...renderCharts(report, '### Over the period'));
  doc.push(
    '---',
    '',
    `<sub>OKR Scorecard · generated ${text(formatInstant(report.generatedAt))} · ` +
      'a key result is on track while its score keeps pace with the share of the period elapsed; a count is ' +
      'judged by its rate so far; a forecast projects the weekly trend to the period’s end</sub>',
  );
  return doc.render({ maxBytes: limits.maxBytes ?? SUMMARY_MAX_BYTES });
}

export interface CommentOptions {
  /** The hidden HTML comment that identifies this comment; placed first. */
  marker: string;
  /** What the last comment or issue body carried; absent = first run, no change column. */
  previous?: PreviousRun;
  /** Link to the run's job summary. */
  summaryUrl?: string;
  /** Default GitHub's 65,536; pass less to leave room for what the caller appends. */
  maxChars?: number;
  /** Mermaid charts of the period (the tracking issue shows them; a PR comment keeps to sparklines). */
  charts?: boolean;
}

const keyOf = (objective: ObjectiveReport, kr: KeyResultReport): string => keyResultKey(objective.id, kr.id);

function keyResultChange(previous: PreviousRun, objective: ObjectiveReport, kr: KeyResultReport): string {
  const before = previous.keyResults[keyOf(objective, kr)];
  if (before === undefined) return '🆕 new';
  if (before.value === null || kr.value === null) return '—';
  const delta = kr.value - before.value;
  const change = formatChange(delta, (size) => formatValueChange(size, kr.unit));
  // `±0` when the change rounds away: no verdict on a change too small to show.
  const verdict = change === '±0' ? '' : changeVerdict(delta, kr.direction);
  return text(verdict === '' ? change : `${change} ${verdict}`);
}

function overallChange(report: Report, previous: PreviousRun | undefined): string {
  if (previous === undefined || previous.score === null || report.score === null) return '';
  return ` · ${formatChange(report.score - previous.score, formatPoints)} since the last run`;
}

function assertMarker(marker: string): void {
  // The marker is how the caller finds its comment again; anything but one HTML comment would show or break it.
  if (!/^<!--[^\n]*-->$/.test(marker) || marker.slice(4, -3).includes('--')) {
    throw new Error(`the comment marker must be one single-line HTML comment, got ${JSON.stringify(marker)}`);
  }
}

/** The PR comment / tracking issue body: compact table, change since last run, details collapsed. */
export function renderComment(report: Report, options: CommentOptions): string {
  assertMarker(options.marker);
  const { previous } = options;
  const doc = new Doc();
  doc.push(options.marker, `### 🎯 OKR scorecard · ${headline(report)}${overallChange(report, previous)}`, '');
  const since = previous ? ` · change since ${text(formatInstant(previous.asOf))}` : '';
  doc.push(`${text(formatPeriodLine(report))}${since}`, '');
  noObjectives(doc, report);

  for (const objective of report.objectives) {
    doc.push(`**${STATUS_EMOJI[objective.status]} ${text(objective.title)}** · ${formatScore(objective.score)}`, '');
    doc.push(row(['Key result', 'Status', 'Value', 'Trend', 'Forecast', ...(previous ? ['Change'] : [])]));
    doc.push(row(['---', '---', '---:', '---', '---', ...(previous ? ['---:'] : [])]));
    for (const kr of objective.keyResults) {
      const change = previous ? [keyResultChange(previous, objective, kr)] : [];
      const trend = [seriesSparkline(kr), forecastCell(kr, report.period.end, false)];
      const value = text(formatCurrent(kr));
      doc.pushKeyResultRow(row([text(kr.title), formatStatus(kr.status), value, ...trend, ...change]));
    }
    doc.push('');
    errorList(doc, objective);
  }
  changesTable(doc, report.changes);

  if (report.findings.length > 0) {
    doc.push(`**Coaching findings (${report.findings.length})**`, '');
    for (const finding of report.findings) {
      doc.push(
        `- ${SEVERITY_EMOJI[finding.severity]} line ${finding.line} · ` +
          `${text(finding.rule)}: ${escapeInline(finding.message)}`,
      );
    }
    doc.push('');
  }

  if (report.objectives.length > 0) {
    doc.push('<details>', '<summary>Baselines, targets, scores and samples</summary>', '');
    for (const objective of report.objectives) {
      doc.push(objectiveHeading(objective), '');
      // Counted once, in the compact table above: a cut here hides detail, not key results.
      fullKeyResultTable(doc, objective, report.period.end, false);
    }
    doc.push('</details>', '');
  }
  if (options.charts) doc.push(...renderCharts(report, '**Over the period**'));

  const link = options.summaryUrl === undefined ? null : safeLinkTarget(options.summaryUrl);
  if (link !== null) doc.push(`[Full scorecard in the job summary](${link})`, '');
  return doc.render({ maxChars: options.maxChars ?? COMMENT_MAX_CHARS });
}
