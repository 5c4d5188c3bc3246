/**
 * The dashboard's parts, as Preact elements rendered once to static HTML. Preact escapes every text child and
 * attribute, so titles and messages from the reports can never become markup; toPlainLine drops control characters.
 */
import type { VNode } from 'preact';
import { html } from 'htm/preact';
import { render } from 'preact-render-to-string';
import { toPlainLine } from '../escape.js';
import { formatAgainst, formatBaselineTarget, formatCurrent, formatInstant, formatScore } from '../format.js';
import type { Status } from '../../model/status.js';
import type { CompanyObjective, Contribution, RollupReport } from '../../rollup/model.js';
import type { TeamKeyResult, TeamObjective, TeamReport } from '../../rollup/schema.js';
import { sparkline } from './sparkline.js';
import { plural } from '../../model/plural.js';

const plain = (value: string | null | undefined): string => toPlainLine(value ?? '');

export const statusBadge = (status: Status): VNode => html`<span class=${`status ${status}`}>${status}</span>`;

export function scoreBar(score: number | null): VNode {
  const percent = score === null ? 0 : Math.max(0, Math.min(100, Math.floor(score * 100 + 1e-9)));
  const label = `score ${formatScore(score)}`;
  // htm drops whitespace that holds a line break (as JSX does): spaces between inline parts are explicit.
  const bar = html`<span class="bar" role="img" aria-label=${label}><span style=${`width:${percent}%`}></span></span>`;
  return html`${bar}${' '}<strong>${formatScore(score)}</strong>`;
}

/** A table's column headings. */
function tableHead(...labels: string[]): VNode {
  return html`<thead>
    <tr>
      ${labels.map((label) => html`<th scope="col">${label}</th>`)}
    </tr>
  </thead>`;
}

/** Finds the report a contribution comes from (for its key results), and whether it is stale. */
export type TeamLookup = (repository: string, file: string) => { report: TeamReport; stale: boolean } | undefined;

export function companyObjectiveSection(objective: CompanyObjective, lookup: TeamLookup): VNode {
  return html`<section class="objective" id=${`objective-${plain(objective.id)}`}>
    <header>
      <h3>${plain(objective.title)}</h3>
      ${scoreBar(objective.score)} ${statusBadge(objective.status)}
    </header>
    <p class="muted">${servedBy(objective)}</p>
    ${
      objective.contributions.length === 0
        ? html`<p class="warning">Uncovered: no team objective serves it.</p>`
        : html`<div class="teams" dangerouslySetInnerHTML=${{ __html: contributionsHtml(objective, lookup) }}></div>`
    }
  </section>`;
}

function servedBy(objective: CompanyObjective): string {
  const count = objective.contributions.length;
  return `${plain(objective.id)} · served by ${plural(count, 'team objective')}`;
}

/** Rendered one team at a time: with hundreds of teams, one element tree for them all is what costs memory. */
function contributionsHtml(objective: CompanyObjective, lookup: TeamLookup): string {
  return objective.contributions.map((c) => render(contributionBlock(c, lookup(c.repository, c.file)))).join('');
}

function staleBadge(report: TeamReport): VNode {
  return html`<span class="status at-risk" title="measured more than 7 days before this roll-up"
    >stale: measured ${formatInstant(report.asOf)}</span
  >`;
}

function contributionBlock(contribution: Contribution, found: ReturnType<TeamLookup>): VNode {
  const report = found?.report;
  const objective = report?.objectives.find((o) => o.id === contribution.objective);
  return html`<article class="team">
    <h4>
      <span>${plain(contribution.team ?? contribution.repository)}</span>
      <span>${`· ${plain(contribution.title)}`}</span>
      ${scoreBar(contribution.score)} ${statusBadge(contribution.status)}
      ${found?.stale ? html`${' '}${staleBadge(found.report)}` : null}
    </h4>
    <div class="muted">${plain(contribution.repository)} · ${plain(contribution.file)}</div>
    ${objective ? keyResultTable(objective, report!) : null}
  </article>`;
}

function keyResultTable(objective: TeamObjective, report: TeamReport): VNode {
  return html`<table>
    ${tableHead('Key result', 'Current', 'Baseline → target', 'Score', 'Status', 'Trend', 'Forecast')}
    <tbody>
      ${objective.keyResults.map((kr) => keyResultRow(kr, report))}
    </tbody>
  </table>`;
}

function keyResultRow(kr: TeamKeyResult, report: TeamReport): VNode {
  const unit = plain(kr.unit);
  const trend = sparkline({
    series: kr.series ?? [],
    target: kr.target,
    label: `${plain(kr.title)}: trend this period`,
  });
  return html`<tr>
    <td>${plain(kr.title)}${kr.error ? html`<div class="muted">${plain(kr.error)}</div>` : null}</td>
    <td class="num">
      ${formatCurrent({ value: kr.value, unit, target: kr.target, dora: kr.dora, unrecovered: kr.unrecovered })}
    </td>
    <td class="num">
      ${formatBaselineTarget({ baseline: kr.baseline, target: kr.target, unit, direction: kr.direction })}
    </td>
    <td class="num">${formatScore(kr.score)}</td>
    <td>${statusBadge(kr.status)}</td>
    <td>${trend ?? html`<span class="muted">—</span>`}</td>
    <td>${forecastCell(kr, unit, report.period.end)}</td>
  </tr>`;
}

function forecastCell(kr: TeamKeyResult, unit: string, periodEnd: string): VNode {
  const forecast = kr.forecast;
  if (!forecast) return html`<span class="muted">—</span>`;
  const text = `→ ${formatAgainst(forecast.value, kr.target, unit)} by ${lastDay(periodEnd)}`;
  // htm drops whitespace that holds a line break (as JSX does): spaces between inline parts are explicit.
  return html`<span>${text}</span>${' '}${statusBadge(forecast.status)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The period's last day (its end is exclusive): `Dec 31`. Not toLocaleDateString: thousands of rows, one format. */
function lastDay(endIso: string): string {
  const last = new Date(Date.parse(endIso) - 1);
  return `${MONTHS[last.getUTCMonth()]} ${last.getUTCDate()}`;
}

export function unalignedSection(rollup: RollupReport): VNode | null {
  if (rollup.unaligned.length === 0) return null;
  return html`<section id="unaligned">
    <h2>Not aligned (${rollup.unaligned.length})</h2>
    <p class="muted">Team objectives that serve no company objective.</p>
    <table>
      ${tableHead('Team', 'Objective', 'Aligns to')}
      <tbody>
        ${rollup.unaligned.map(
          (u) =>
            html`<tr>
              <td>${plain(u.team ?? u.repository)}</td>
              <td>${plain(u.title)}</td>
              <td>${u.alignsTo === null ? 'nothing' : `${plain(u.alignsTo)} (no such company objective)`}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

export function uncoveredSection(rollup: RollupReport): VNode | null {
  const uncovered = rollup.objectives.filter((o) => o.contributions.length === 0);
  if (uncovered.length === 0) return null;
  return html`<section id="uncovered">
    <h2>Uncovered (${uncovered.length})</h2>
    <p class="muted">Company objectives no team objective serves.</p>
    <ul>
      ${uncovered.map((o) => html`<li><a href=${`#objective-${plain(o.id)}`}>${plain(o.title)}</a></li>`)}
    </ul>
  </section>`;
}

export function reportsSection(rollup: RollupReport): VNode {
  return html`<section id="reports">
    <h2>Reports (${rollup.reports.length})</h2>
    <table>
      ${tableHead('Team', 'Repository', 'OKR file', 'Measured', 'Generated', 'Freshness')}
      <tbody>
        ${rollup.reports.map(
          (r) =>
            html`<tr>
              <td>${plain(r.team ?? '—')}</td>
              <td>${plain(r.repository)}</td>
              <td>${plain(r.file)}</td>
              <td>${formatInstant(r.asOf)}</td>
              <td>${formatInstant(r.generatedAt)}</td>
              <td>${r.stale ? html`<span class="status at-risk">stale</span>` : 'fresh'}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

export function problemsSection(rollup: RollupReport): VNode | null {
  if (rollup.findings.length === 0 && rollup.errors.length === 0) return null;
  return html`<section id="problems">
    <h2>Findings and errors</h2>
    ${
      rollup.errors.length > 0
        ? html`<ul class="errors">
            ${rollup.errors.map((e) => html`<li><strong>${plain(e.path)}</strong>: ${plain(e.message)}</li>`)}
          </ul>`
        : null
    }
    ${rollup.findings.map((f) => html`<p class="warning"><strong>${f.rule}</strong>: ${plain(f.message)}</p>`)}
  </section>`;
}
