/**
 * The roll-up (SPEC §10): the teams' reports combined with the company's objectives. Pure: the reports are read
 * and the company file parsed before this, and the clock comes in as `asOf` and `now`.
 */
import type { OkrFile } from '../okrs/model.js';
import { elapsedFraction, rollUpOverall, worstStatus } from '../scoring.js';
import type { LoadedReport, LoadedReports } from './read.js';
import {
  STALE_AFTER_DAYS,
  type CompanyObjective,
  type Contribution,
  type RollupFinding,
  type RollupView,
  type UnalignedObjective,
} from './model.js';

export interface RollupInput {
  company: OkrFile;
  loaded: LoadedReports;
  /** The roll-up's evaluation time; clamped to the company period's end, like a scorecard's. */
  asOf: Date;
  now: Date;
}

const DAY_MS = 86_400_000;

/** `2026-10-01 to 2026-12-31`: a period's first and last day (its end is exclusive). */
function dates(startIso: string, endIso: string): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return `${day(Date.parse(startIso))} to ${day(Date.parse(endIso) - 1)}`;
}

export function rollUp({ company, loaded, asOf: requested, now }: RollupInput): RollupView {
  const asOf = requested > company.period.end ? company.period.end : requested;
  const findings: RollupFinding[] = [];
  const inPeriod = loaded.reports.filter((entry) => {
    const { period } = entry.report;
    const same =
      Date.parse(period.start) === company.period.start.getTime() &&
      Date.parse(period.end) === company.period.end.getTime();
    if (!same) {
      // The same name over other dates (a custom period, a fiscal quarter) reads as no difference: name the dates.
      const dated = period.name === company.period.name;
      const theirs = dated ? `${period.name} (${dates(period.start, period.end)})` : period.name;
      const ours = dated
        ? `${company.period.name} (${dates(company.period.start.toISOString(), company.period.end.toISOString())})`
        : company.period.name;
      findings.push({
        rule: 'period-mismatch',
        severity: 'warning',
        message:
          `${entry.report.repository} ${entry.report.file} scores ${theirs}, not the company's ${ours}: left out. ` +
          `Score the team's file for the company's period.`,
        path: entry.path,
        line: null,
      });
    }
    return same;
  });
  const kept = dropDuplicates(inPeriod, findings);

  const staleBefore = asOf.getTime() - STALE_AFTER_DAYS * DAY_MS;
  const reports = kept.map(({ path, report }) => ({
    path,
    repository: report.repository,
    file: report.file,
    team: report.team ?? null,
    asOf: report.asOf,
    generatedAt: report.generatedAt,
    stale: Date.parse(report.asOf) < staleBefore,
  }));
  for (const entry of reports.filter((r) => r.stale)) {
    findings.push({
      rule: 'stale-report',
      severity: 'warning',
      message:
        `${entry.repository} ${entry.file} was measured ${entry.asOf.slice(0, 10)}, ` +
        `more than ${STALE_AFTER_DAYS} days ` +
        "before this roll-up: its figures are kept but may be out of date. Run the team's scorecard again.",
      path: entry.path,
      line: null,
    });
  }

  // A report measured after this roll-up's time (a clock ahead, or an `as-of` earlier than the team's) is not
  // fresh: its figures come from a time the roll-up does not describe.
  for (const entry of reports.filter((r) => Date.parse(r.asOf) > asOf.getTime())) {
    const future = Date.parse(entry.asOf) > now.getTime();
    findings.push({
      rule: 'future-report',
      severity: 'warning',
      message:
        `${entry.repository} ${entry.file} was measured ${entry.asOf}, after this roll-up's ${asOf.toISOString()}` +
        (future
          ? ': that is in the future. Check the clock of the machine that scored it, and its `as-of`.'
          : ': its figures are later than the time rolled up. Roll up as of now (leave out `as-of`).'),
      path: entry.path,
      line: null,
    });
  }

  const companyIds = new Set(company.objectives.map((objective) => objective.id));
  const unaligned: UnalignedObjective[] = [];
  const byCompanyObjective = new Map<string, Contribution[]>();
  for (const { report } of kept) {
    for (const objective of report.objectives) {
      const who = { repository: report.repository, file: report.file, team: report.team ?? null };
      if (objective.alignsTo === null || !companyIds.has(objective.alignsTo)) {
        unaligned.push({ ...who, objective: objective.id, title: objective.title, alignsTo: objective.alignsTo });
        continue;
      }
      const list = byCompanyObjective.get(objective.alignsTo) ?? [];
      list.push({
        ...who,
        objective: objective.id,
        title: objective.title,
        score: objective.score,
        status: objective.status,
      });
      byCompanyObjective.set(objective.alignsTo, list);
    }
  }

  const objectives: CompanyObjective[] = company.objectives.map((objective) => {
    const contributions = byCompanyObjective.get(objective.id) ?? [];
    if (contributions.length === 0) {
      findings.push({
        rule: 'uncovered-objective',
        severity: 'warning',
        message:
          `No team objective serves "${objective.title}" (${objective.id}): nobody is working on it. ` +
          'Align a team objective to it with `aligns-to`, or drop it from the company file.',
        path: null,
        line: objective.position.line,
      });
    }
    const scores = contributions.flatMap((c) => (c.score === null ? [] : [c.score]));
    return {
      id: objective.id,
      title: objective.title,
      score: scores.length > 0 ? scores.reduce((sum, s) => sum + s, 0) / scores.length : null,
      status: worstStatus(contributions.map((c) => c.status)),
      contributions,
    };
  });
  const overall = rollUpOverall(objectives);

  return {
    companyFile: company.file,
    reports: kept,
    rollup: {
      version: 1,
      kind: 'rollup',
      asOf: asOf.toISOString(),
      generatedAt: now.toISOString(),
      period: {
        name: company.period.name,
        start: company.period.start.toISOString(),
        end: company.period.end.toISOString(),
        elapsed: elapsedFraction(company.period, asOf),
      },
      score: overall.score,
      status: overall.status,
      objectives,
      unaligned,
      reports,
      findings,
      errors: loaded.errors,
    },
  };
}

/** One report per repository and OKR file: the later `generatedAt` counts (on a tie, the one given later). */
function dropDuplicates(entries: readonly LoadedReport[], findings: RollupFinding[]): LoadedReport[] {
  const byKey = new Map<string, LoadedReport>();
  for (const entry of entries) {
    const key = `${entry.report.repository.toLowerCase()} ${entry.report.file.replace(/^(\.\/)+/, '')}`;
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, entry);
      continue;
    }
    const later = Date.parse(entry.report.generatedAt) >= Date.parse(known.report.generatedAt) ? entry : known;
    const earlier = later === entry ? known : entry;
    findings.push({
      rule: 'duplicate-report',
      severity: 'warning',
      message:
        `${entry.report.repository} ${entry.report.file} is reported twice: ${later.path} (generated ` +
        `${later.report.generatedAt}) counts, ${earlier.path} (generated ${earlier.report.generatedAt}) is left out.`,
      path: earlier.path,
      line: null,
    });
    byKey.set(key, later);
  }
  // Keep the order the reports were given in, the winner taking the place of the first seen.
  const winners = new Set(byKey.values());
  return entries.filter((entry) => winners.has(entry));
}
