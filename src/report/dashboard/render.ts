/**
 * The company dashboard (SPEC §10): one self-contained HTML file. No script, no external style, font or image,
 * and a Content-Security-Policy that forbids fetching anything, so it opens the same from a laptop, an artifact
 * or GitHub Pages, and prints with every section open.
 */
import { html } from 'htm/preact';
import { render } from 'preact-render-to-string';
import { toPlainLine } from '../escape.js';
import { formatInstant, formatPeriodLine } from '../format.js';
import type { RollupView } from '../../rollup/model.js';
import { DASHBOARD_CSS } from './style.js';
import {
  companyObjectiveSection,
  problemsSection,
  reportsSection,
  scoreBar,
  statusBadge,
  unalignedSection,
  uncoveredSection,
} from './sections.js';

/** Where the objectives go: control characters never reach the page from a report (toPlainLine drops them). */
const SLOT = '\u0000objectives\u0000';
/** Names the page's maker, so that `rollup --html` knows a file it may overwrite (src/cli/output-file.ts). */
export const DASHBOARD_GENERATOR = 'name="generator" content="okr-scorecard"';
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function renderDashboard(view: RollupView): string {
  const { rollup } = view;
  // view.reports and rollup.reports are in the same order: the reports rolled up.
  const teams = new Map(
    view.reports.map(({ report }, i) => [
      `${report.repository.toLowerCase()} ${report.file}`,
      { report, stale: rollup.reports[i]?.stale ?? false },
    ]),
  );
  const lookup = (repository: string, file: string) => teams.get(`${repository.toLowerCase()} ${file}`);
  const uncovered = rollup.objectives.filter((o) => o.contributions.length === 0).length;
  const stale = rollup.reports.filter((r) => r.stale).length;
  const title = `Company OKRs · ${toPlainLine(rollup.period.name)}`;
  // One company objective at a time (and in it one team at a time, sections.ts): bounded element trees.
  const objectives = rollup.objectives.map((objective) => render(companyObjectiveSection(objective, lookup)));

  const page = html`<html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta http-equiv="Content-Security-Policy" content=${CSP} />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="color-scheme" content="light" />
      <meta name="generator" content="okr-scorecard" />
      <title>${title}</title>
      <style dangerouslySetInnerHTML=${{ __html: DASHBOARD_CSS }}></style>
    </head>
    <body>
      <header>
        <h1>${title}</h1>
        <div class="muted">${toPlainLine(formatPeriodLine(rollup))}</div>
        <div class="headline"><span class="big">${scoreBar(rollup.score)}</span> ${statusBadge(rollup.status)}</div>
        <ul class="tiles" aria-label="At a glance">
          <li><strong>${rollup.objectives.length}</strong> company objectives</li>
          <li><strong>${rollup.reports.length}</strong> team reports</li>
          <li><strong>${uncovered}</strong> uncovered</li>
          <li><strong>${rollup.unaligned.length}</strong> not aligned</li>
          <li><strong>${stale}</strong> stale</li>
          ${rollup.errors.length > 0 ? html`<li><strong>${rollup.errors.length}</strong> unreadable</li>` : null}
        </ul>
      </header>
      <main>
        <h2>Company objectives</h2>
        ${rollup.objectives.length === 0 ? html`<p>The company file has no objectives.</p>` : null}
        <div dangerouslySetInnerHTML=${{ __html: SLOT }}></div>
        ${uncoveredSection(rollup)} ${unalignedSection(rollup)} ${reportsSection(rollup)} ${problemsSection(rollup)}
      </main>
      <footer class="muted">
        OKR Scorecard roll-up of ${toPlainLine(view.companyFile)} · generated ${formatInstant(rollup.generatedAt)}
      </footer>
    </body>
  </html>`;
  // The page around a slot, then one join: a single flat copy of the ~3 MB page, which writing it needs.
  const [before, after, ...more] = render(page).split(SLOT);
  if (after === undefined || more.length > 0) throw new Error('the dashboard page lost its objectives slot');
  return ['<!DOCTYPE html>\n', before, ...objectives, after, '\n'].join('');
}
