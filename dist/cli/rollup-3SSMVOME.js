import { createRequire as __okrCreateRequire } from 'node:module'; const require = __okrCreateRequire(import.meta.url);
import {
  ANSI,
  STATUS_EMOJI,
  STATUS_STYLE,
  SUMMARY_MAX_BYTES,
  elapsedFraction,
  escapeInline,
  escapeTerminal,
  external_exports,
  formatAgainst,
  formatBaselineTarget,
  formatCurrent,
  formatInstant,
  formatOkrError,
  formatPeriodLine,
  formatScore,
  formatStatus,
  parseJsonText,
  parseOkrFile,
  plural,
  rollUpOverall,
  scoreBar,
  toPlainLine,
  truncateMarkdown,
  worstStatus
} from "./chunk-GS5R3CAF.js";
import {
  errorMessage
} from "./chunk-ISPPLLN4.js";

// src/cli/rollup.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/rollup/schema.ts
var STATUSES = ["achieved", "on-track", "at-risk", "off-track", "no-data", "error"];
var status = external_exports.enum(STATUSES);
var instant = external_exports.iso.datetime({ offset: true });
var score = external_exports.number().finite().min(0).max(1).nullable();
var point = external_exports.object({
  at: instant,
  value: external_exports.number().finite().nullable(),
  samples: external_exports.number().finite().nullable()
});
var forecast = external_exports.looseObject({
  value: external_exports.number().finite(),
  low: external_exports.number().finite(),
  high: external_exports.number().finite(),
  score,
  status,
  method: external_exports.string()
});
var keyResult = external_exports.looseObject({
  id: external_exports.string(),
  title: external_exports.string(),
  value: external_exports.number().finite().nullable(),
  unit: external_exports.string(),
  baseline: external_exports.number().finite().nullable(),
  target: external_exports.number().finite(),
  direction: external_exports.enum(["increase", "decrease"]),
  score,
  status,
  error: external_exports.string().nullable().optional(),
  series: external_exports.array(point).optional(),
  forecast: forecast.nullable().optional(),
  dora: external_exports.object({ level: external_exports.enum(["elite", "high", "medium", "low"]), value: external_exports.number().finite() }).nullable().optional(),
  unrecovered: external_exports.number().int().min(0).optional()
});
var objective = external_exports.looseObject({
  id: external_exports.string(),
  title: external_exports.string(),
  alignsTo: external_exports.string().nullable(),
  score,
  status,
  keyResults: external_exports.array(keyResult)
});
var teamReportSchema = external_exports.looseObject({
  version: external_exports.literal(1),
  repository: external_exports.string().min(1),
  file: external_exports.string().min(1),
  team: external_exports.string().nullable().optional(),
  asOf: instant,
  generatedAt: instant,
  period: external_exports.looseObject({ name: external_exports.string(), start: instant, end: instant }),
  score,
  status,
  objectives: external_exports.array(objective)
});

// src/rollup/read.ts
var MAX_ISSUES = 3;
function parseTeamReport(path2, text2) {
  const parsed = parseJsonText(text2);
  if (!parsed.ok)
    return { path: path2, message: `${parsed.message}: give the file the scorecard wrote (its \`report\` output)` };
  const json = parsed.value;
  if (json && typeof json === "object" && json.kind === "rollup") {
    return { path: path2, message: "a roll-up, not a team's JSON report: give the reports the teams' scorecards wrote" };
  }
  const version = json && typeof json === "object" ? json.version : void 0;
  if (version !== 1) {
    const found = version === void 0 ? "no version" : `version ${JSON.stringify(version)}`;
    return { path: path2, message: `not a version 1 JSON report (${found}): give the file the scorecard wrote` };
  }
  const checked = teamReportSchema.safeParse(json);
  if (checked.success) return { path: path2, report: checked.data };
  const issues = checked.error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join(".") : "the report";
    return `${where}: ${issue.message}`;
  });
  const more = checked.error.issues.length > MAX_ISSUES ? ` (and ${checked.error.issues.length - MAX_ISSUES} more)` : "";
  return { path: path2, message: `not a valid version 1 JSON report: ${issues.join("; ")}${more}` };
}
async function loadTeamReports(paths, read) {
  const reports = [];
  const errors = [];
  for (const path2 of paths) {
    let text2;
    try {
      text2 = await read(path2);
    } catch (error) {
      const code = error?.code;
      const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : errorMessage(error);
      errors.push({ path: path2, message: `cannot be read: ${reason}` });
      continue;
    }
    const loaded = parseTeamReport(path2, text2);
    if ("report" in loaded) reports.push(loaded);
    else errors.push(loaded);
  }
  return { reports, errors };
}

// src/rollup/model.ts
var STALE_AFTER_DAYS = 7;
function nothingRolledUp(rollup, given) {
  if (given === 0 || rollup.reports.length > 0) return void 0;
  return `none of the ${given} report${given === 1 ? "" : "s"} given was rolled up (each is unreadable, scores another period, or repeats another; see the findings): nothing was counted`;
}

// src/rollup/rollup.ts
var DAY_MS = 864e5;
function dates(startIso, endIso) {
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  return `${day(Date.parse(startIso))} to ${day(Date.parse(endIso) - 1)}`;
}
function rollUp({ company, loaded, asOf: requested, now }) {
  const asOf = requested > company.period.end ? company.period.end : requested;
  const findings = [];
  const inPeriod = loaded.reports.filter((entry) => {
    const { period } = entry.report;
    const same = Date.parse(period.start) === company.period.start.getTime() && Date.parse(period.end) === company.period.end.getTime();
    if (!same) {
      const dated = period.name === company.period.name;
      const theirs = dated ? `${period.name} (${dates(period.start, period.end)})` : period.name;
      const ours = dated ? `${company.period.name} (${dates(company.period.start.toISOString(), company.period.end.toISOString())})` : company.period.name;
      findings.push({
        rule: "period-mismatch",
        severity: "warning",
        message: `${entry.report.repository} ${entry.report.file} scores ${theirs}, not the company's ${ours}: left out. Score the team's file for the company's period.`,
        path: entry.path,
        line: null
      });
    }
    return same;
  });
  const kept = dropDuplicates(inPeriod, findings);
  const staleBefore = asOf.getTime() - STALE_AFTER_DAYS * DAY_MS;
  const reports = kept.map(({ path: path2, report }) => ({
    path: path2,
    repository: report.repository,
    file: report.file,
    team: report.team ?? null,
    asOf: report.asOf,
    generatedAt: report.generatedAt,
    stale: Date.parse(report.asOf) < staleBefore
  }));
  for (const entry of reports.filter((r2) => r2.stale)) {
    findings.push({
      rule: "stale-report",
      severity: "warning",
      message: `${entry.repository} ${entry.file} was measured ${entry.asOf.slice(0, 10)}, more than ${STALE_AFTER_DAYS} days before this roll-up: its figures are kept but may be out of date. Run the team's scorecard again.`,
      path: entry.path,
      line: null
    });
  }
  for (const entry of reports.filter((r2) => Date.parse(r2.asOf) > asOf.getTime())) {
    const future = Date.parse(entry.asOf) > now.getTime();
    findings.push({
      rule: "future-report",
      severity: "warning",
      message: `${entry.repository} ${entry.file} was measured ${entry.asOf}, after this roll-up's ${asOf.toISOString()}` + (future ? ": that is in the future. Check the clock of the machine that scored it, and its `as-of`." : ": its figures are later than the time rolled up. Roll up as of now (leave out `as-of`)."),
      path: entry.path,
      line: null
    });
  }
  const companyIds = new Set(company.objectives.map((objective2) => objective2.id));
  const unaligned = [];
  const byCompanyObjective = /* @__PURE__ */ new Map();
  for (const { report } of kept) {
    for (const objective2 of report.objectives) {
      const who2 = { repository: report.repository, file: report.file, team: report.team ?? null };
      if (objective2.alignsTo === null || !companyIds.has(objective2.alignsTo)) {
        unaligned.push({ ...who2, objective: objective2.id, title: objective2.title, alignsTo: objective2.alignsTo });
        continue;
      }
      const list = byCompanyObjective.get(objective2.alignsTo) ?? [];
      list.push({
        ...who2,
        objective: objective2.id,
        title: objective2.title,
        score: objective2.score,
        status: objective2.status
      });
      byCompanyObjective.set(objective2.alignsTo, list);
    }
  }
  const objectives = company.objectives.map((objective2) => {
    const contributions = byCompanyObjective.get(objective2.id) ?? [];
    if (contributions.length === 0) {
      findings.push({
        rule: "uncovered-objective",
        severity: "warning",
        message: `No team objective serves "${objective2.title}" (${objective2.id}): nobody is working on it. Align a team objective to it with \`aligns-to\`, or drop it from the company file.`,
        path: null,
        line: objective2.position.line
      });
    }
    const scores = contributions.flatMap((c3) => c3.score === null ? [] : [c3.score]);
    return {
      id: objective2.id,
      title: objective2.title,
      score: scores.length > 0 ? scores.reduce((sum, s4) => sum + s4, 0) / scores.length : null,
      status: worstStatus(contributions.map((c3) => c3.status)),
      contributions
    };
  });
  const overall = rollUpOverall(objectives);
  return {
    companyFile: company.file,
    reports: kept,
    rollup: {
      version: 1,
      kind: "rollup",
      asOf: asOf.toISOString(),
      generatedAt: now.toISOString(),
      period: {
        name: company.period.name,
        start: company.period.start.toISOString(),
        end: company.period.end.toISOString(),
        elapsed: elapsedFraction(company.period, asOf)
      },
      score: overall.score,
      status: overall.status,
      objectives,
      unaligned,
      reports,
      findings,
      errors: loaded.errors
    }
  };
}
function dropDuplicates(entries, findings) {
  const byKey = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = `${entry.report.repository.toLowerCase()} ${entry.report.file.replace(/^(\.\/)+/, "")}`;
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, entry);
      continue;
    }
    const later = Date.parse(entry.report.generatedAt) >= Date.parse(known.report.generatedAt) ? entry : known;
    const earlier = later === entry ? known : entry;
    findings.push({
      rule: "duplicate-report",
      severity: "warning",
      message: `${entry.report.repository} ${entry.report.file} is reported twice: ${later.path} (generated ${later.report.generatedAt}) counts, ${earlier.path} (generated ${earlier.report.generatedAt}) is left out.`,
      path: earlier.path,
      line: null
    });
    byKey.set(key, later);
  }
  const winners = new Set(byKey.values());
  return entries.filter((entry) => winners.has(entry));
}

// src/rollup/run.ts
async function runRollup(input) {
  const parsed = parseOkrFile(input.companyText, input.companyFile);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const loaded = await loadTeamReports(input.reportPaths, input.readReport);
  return { ok: true, view: rollUp({ company: parsed.okrs, loaded, asOf: input.asOf, now: input.now }) };
}

// src/report/rollup-json.ts
function renderRollupJson(rollup) {
  return `${JSON.stringify(rollup, null, 2)}
`;
}

// src/report/rollup-markdown.ts
var TITLE_MAX = 300;
var text = (value2) => escapeInline(value2, { maxLength: TITLE_MAX });
var row = (cells) => `| ${cells.join(" | ")} |`;
var who = (entry) => text(entry.team ?? entry.repository);
function renderRollupMarkdown(view, options = {}) {
  const { rollup } = view;
  const lines = [];
  if (options.marker) lines.push(options.marker);
  lines.push(
    "## 🏢 Company OKRs",
    "",
    `**${formatScore(rollup.score)}** ${scoreBar(rollup.score)} ${formatStatus(rollup.status)}`,
    "",
    `${text(formatPeriodLine(rollup))}  `,
    `${plural(rollup.reports.length, "team report")} · company file ${text(view.companyFile)}`,
    ""
  );
  if (rollup.errors.length > 0) {
    lines.push(`### ❗ Reports that could not be read (${rollup.errors.length})`, "");
    for (const error of rollup.errors) lines.push(`- **${text(error.path)}**: ${text(error.message)}`);
    lines.push("");
  }
  if (rollup.objectives.length === 0) lines.push("_The company file has no objectives._", "");
  for (const objective2 of rollup.objectives) objectiveSection(lines, objective2);
  unalignedSection(lines, rollup);
  freshnessSection(lines, rollup);
  if (rollup.findings.length > 0) {
    lines.push(
      `### Findings (${rollup.findings.length})`,
      "",
      row(["Severity", "Rule", "Message"]),
      row(["---", "---", "---"])
    );
    for (const finding of rollup.findings) {
      const severity = `${finding.severity === "warning" ? "⚠️" : "ℹ️"} ${finding.severity}`;
      lines.push(row([severity, finding.rule, text(finding.message)]));
    }
    lines.push("");
  }
  lines.push("---", "", `<sub>OKR Scorecard roll-up · generated ${text(formatInstant(rollup.generatedAt))}</sub>`);
  const markdown = `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}
`;
  return truncateMarkdown(markdown, {
    maxBytes: options.maxBytes ?? SUMMARY_MAX_BYTES,
    maxChars: options.maxChars,
    itemName: "rows"
  });
}
function objectiveSection(lines, objective2) {
  lines.push(
    `### ${STATUS_EMOJI[objective2.status]} ${text(objective2.title)} · ${formatScore(objective2.score)} ${objective2.status}`,
    ""
  );
  if (objective2.contributions.length === 0) {
    lines.push("_Uncovered: no team objective serves it._", "");
    return;
  }
  lines.push(row(["Team", "Objective", "Score", "Status"]), row(["---", "---", "---", "---"]));
  for (const c3 of objective2.contributions) {
    lines.push(row([who(c3), text(c3.title), `${scoreBar(c3.score)} ${formatScore(c3.score)}`, formatStatus(c3.status)]));
  }
  lines.push("");
}
function unalignedSection(lines, rollup) {
  if (rollup.unaligned.length === 0) return;
  lines.push(
    `### Not aligned (${rollup.unaligned.length})`,
    "",
    row(["Team", "Objective", "Aligns to"]),
    row(["---", "---", "---"])
  );
  for (const u3 of rollup.unaligned) {
    lines.push(
      row([
        who(u3),
        text(u3.title),
        u3.alignsTo === null ? "_nothing_" : `${text(u3.alignsTo)} (no such company objective)`
      ])
    );
  }
  lines.push("");
}
function freshnessSection(lines, rollup) {
  if (rollup.reports.length === 0) return;
  lines.push(
    "<details><summary>Reports rolled up</summary>",
    "",
    row(["Team", "Repository", "OKR file", "Measured", "Fresh"]),
    row(["---", "---", "---", "---", "---"])
  );
  for (const r2 of rollup.reports) {
    lines.push(
      row([who(r2), text(r2.repository), text(r2.file), text(formatInstant(r2.asOf)), r2.stale ? "⏳ stale" : "✅"])
    );
  }
  lines.push("", "</details>", "");
}

// src/report/rollup-terminal.ts
var TITLE_WIDTH = 56;
function clip(value2, size) {
  const chars = [...escapeTerminal(value2)];
  return chars.length <= size ? chars.join("") : `${chars.slice(0, size - 1).join("")}…`;
}
var padEnd = (value2, size) => value2 + " ".repeat(Math.max(0, size - [...value2].length));
function renderRollupTerminal(view, options) {
  const paint = (value2, styles) => options.color ? `\x1B[${styles.map((s4) => ANSI[s4]).join(";")}m${value2}\x1B[0m` : value2;
  const status2 = (s4) => paint(padEnd(s4, 9), STATUS_STYLE[s4]);
  const { rollup } = view;
  const out = [
    paint(`Company OKRs · ${escapeTerminal(formatPeriodLine(rollup))}`, ["bold"]),
    `${formatScore(rollup.score).padStart(4)} ${scoreBar(rollup.score)} ${status2(rollup.status)}  ` + plural(rollup.reports.length, "team report"),
    ""
  ];
  for (const objective2 of rollup.objectives) {
    out.push(
      `${formatScore(objective2.score).padStart(4)} ${scoreBar(objective2.score)} ${status2(objective2.status)} ` + paint(clip(objective2.title, TITLE_WIDTH), ["bold"])
    );
    if (objective2.contributions.length === 0)
      out.push(`     ${paint("uncovered: no team objective serves it", ["yellow"])}`);
    for (const c3 of objective2.contributions) {
      out.push(
        `     ${formatScore(c3.score).padStart(4)} ${status2(c3.status)} ${clip(c3.team ?? c3.repository, 24)} · ${clip(c3.title, TITLE_WIDTH)}`
      );
    }
  }
  if (rollup.unaligned.length > 0) {
    out.push("", paint(`Not aligned (${rollup.unaligned.length})`, ["bold"]));
    for (const u3 of rollup.unaligned) {
      const why = u3.alignsTo === null ? "aligns to nothing" : `aligns to unknown "${clip(u3.alignsTo, 40)}"`;
      out.push(`  ${clip(u3.team ?? u3.repository, 24)} · ${clip(u3.title, TITLE_WIDTH)} (${why})`);
    }
  }
  out.push("", paint("Reports", ["bold"]));
  for (const r2 of rollup.reports) {
    const fresh = r2.stale ? paint("stale", ["yellow"]) : "fresh";
    out.push(`  ${clip(r2.repository, 40)} ${clip(r2.file, 40)} · measured ${formatInstant(r2.asOf)} · ${fresh}`);
  }
  for (const finding of rollup.findings) {
    out.push(
      `${paint(finding.severity, [finding.severity === "warning" ? "yellow" : "gray"])} ${finding.rule}: ${escapeTerminal(finding.message)}`
    );
  }
  for (const error of rollup.errors) {
    out.push(`${paint("error", ["red"])} ${escapeTerminal(error.path)}: ${escapeTerminal(error.message)}`);
  }
  return `${out.join("\n")}
`;
}

// node_modules/preact/dist/preact.mjs
var n;
var t;
var r;
var u;
var i;
var f;
var o;
var e;
var l;
var c;
var a;
var s;
var h = /* @__PURE__ */ Symbol.for("pv");
var p = {};
var y = [];
var v = /^m(i|n|o|s|text|space)$/;
var w = Array.isArray;
var d = y.slice;
var _ = Object.assign;
function g(n3) {
  n3 && n3.parentNode && n3.remove();
}
function k(n3, t4, r2) {
  var u3, i3, f3, o3 = {}, e3 = arguments.length;
  for (f3 in t4) "key" == f3 ? u3 = t4[f3] : "ref" == f3 && "function" != typeof n3 ? i3 = t4[f3] : o3[f3] = t4[f3];
  return e3 > 2 && (o3.children = e3 > 3 ? d.call(arguments, 2) : r2), m(n3, o3, u3, i3, null);
}
function m(r2, u3, i3, f3, o3) {
  var e3 = { type: r2, props: u3, key: i3, ref: f3, __k: null, __: null, __b: 0, __e: null, __c: null, constructor: h, __v: o3 || ++t, __i: -1, __u: 0 };
  return !o3 && n.vnode && n.vnode(e3), e3;
}
function $(n3) {
  return n3.children;
}
function x(n3, t4) {
  this.props = n3, this.context = t4, this.__g = 0;
}
function S(n3, t4) {
  if (null == t4) return n3.__ && S(n3.__, n3.__i + 1);
  for (var r2; t4 < n3.__k.length; t4++) if ((r2 = n3.__k[t4]) && r2.__e) return r2.__e;
  return "function" != typeof n3.type || n3.props.__P ? null : S(n3);
}
function C(t4) {
  var r2, u3 = t4.__v, i3 = u3.__e, f3 = [], o3 = [], e3 = t4.__P;
  e3 && ((r2 = _({ constructor: h }, u3)).__v = u3.__v + 1, n.vnode && n.vnode(r2), z(e3, r2, u3, t4.__n, e3.namespaceURI, 32 & u3.__u ? [i3] : null, f3, i3 || S(u3), 32 & u3.__u, o3), r2.__v = u3.__v, r2.__.__k[r2.__i] = r2, E(f3, r2, o3), u3.__ = u3.__e = null, r2.__e != i3 && j(r2));
}
function j(n3) {
  if ((n3 = n3.__) && n3.__c && !n3.props.__P) return n3.__e = null, n3.__k.some(function(t4) {
    return t4 && (n3.__e = t4.__e);
  }), j(n3);
}
function L(t4) {
  (8 & t4.__g || (t4.__g |= 8, u.push(t4), f++)) && i == n.debounceRendering || ((i = n.debounceRendering) || queueMicrotask)(H);
}
function H() {
  try {
    for (var n3, t4 = 1; u.length; ) u.length > t4 && u.sort(o), n3 = u.shift(), t4 = u.length, 8 & n3.__g && C(n3);
  } finally {
    (f = u.length) && (i || queueMicrotask)(H);
  }
}
function I(n3, t4, r2, u3, i3, f3, o3, e3, l3, c3, a4) {
  var s4, h3, v3, w3, d3, _3, g3 = u3.__k || y, k4 = t4.length;
  for (l3 = q(r2, t4, g3, l3, k4), s4 = 0; s4 < k4; s4++) null != (v3 = r2.__k[s4]) && (h3 = ~v3.__i && g3[v3.__i] || p, v3.__i = s4, _3 = z(n3, v3, h3, i3, f3, o3, e3, l3, c3, a4), w3 = v3.__e, (h3.ref != v3.ref || 8 & h3.__u) && (h3.ref && G(h3.ref, null, v3, h3), v3.ref && a4.push(v3.ref, v3.__c || w3, v3)), d3 = d3 || w3, 4 & v3.__u ? (l3 = A(v3, l3, n3, !h3.__v), h3.__e && (h3.__e = null)) : "function" == typeof v3.type && void 0 !== _3 ? l3 = _3 : w3 && (l3 = w3.nextSibling), v3.__u &= -21);
  return r2.__e = d3, l3;
}
function q(n3, t4, r2, u3, i3) {
  var f3, o3, e3, l3, c3, a4, s4, p3, y5, v3 = r2.length, d3 = v3, _3 = 0, g3 = 0, k4 = n3.__k = Array(i3);
  for (f3 = 0; f3 < i3; f3++) null != (o3 = t4[f3]) && "boolean" != typeof o3 && "function" != typeof o3 ? ("object" != typeof o3 || o3.constructor === String ? o3 = k4[f3] = m(null, o3) : w(o3) ? o3 = k4[f3] = m($, { children: o3 }) : o3.constructor === h && o3.__b ? o3 = k4[f3] = m(o3.type, o3.props, o3.key, o3.ref, o3.__v) : k4[f3] = o3, l3 = f3 + _3, o3.__ = n3, o3.__b = n3.__b + 1, e3 = null, ~(c3 = o3.__i = P(o3, r2, l3, d3)) && (d3--, (e3 = r2[c3]) && (e3.__u |= 2)), e3 && e3.__v ? (o3.__u |= 16, c3 == l3 - 1 ? _3-- : c3 == l3 + 1 ? _3++ : c3 != l3 && (c3 > l3 ? _3-- : _3++, g3 = 1)) : (~c3 || (i3 > v3 ? _3-- : i3 < v3 && _3++), "function" != typeof o3.type && (o3.__u |= 4))) : k4[f3] = null;
  if (g3) {
    for (a4 = [], s4 = [], f3 = 0; f3 < i3; f3++) if ((o3 = k4[f3]) && 16 & o3.__u) {
      for (_3 = 0, p3 = a4.length; _3 < p3; ) a4[y5 = _3 + p3 >> 1] < o3.__i ? _3 = y5 + 1 : p3 = y5;
      a4[_3] = o3.__i, s4[f3] = _3 + 1;
    }
    for (_3 = a4.length; f3--; ) s4[f3] && (s4[f3] == _3 ? _3-- : k4[f3].__u |= 4);
  }
  if (d3) for (f3 = 0; f3 < v3; f3++) !(e3 = r2[f3]) || 2 & e3.__u || (e3.__e == u3 && (u3 = S(e3)), J(e3, e3));
  return u3;
}
function A(n3, t4, r2, u3) {
  var i3, f3, o3, e3;
  if ("function" == typeof n3.type) {
    if (n3.props.__P) return t4;
    if (i3 = n3.__k) for (f3 = 0; f3 < i3.length; f3++) i3[f3] && (i3[f3].__ = n3, t4 = A(i3[f3], t4, r2, false));
    return t4;
  }
  for (t4 && !t4.parentNode && (t4 = S(n3)) && !t4.parentNode && (t4 = null), o3 = n3.__e, e3 = t4; e3 && 8 == e3.nodeType; ) e3 = e3.nextSibling;
  for (o3 != e3 && (!u3 && r2.moveBefore && o3.parentNode ? r2.moveBefore(o3, t4) : r2.insertBefore(o3, t4 || null)), t4 = o3; (t4 = t4 && t4.nextSibling) && 8 == t4.nodeType && !t4.data.startsWith("$s"); ) ;
  return t4;
}
function P(n3, t4, r2, u3) {
  var i3, f3 = n3.key, o3 = n3.type, e3 = t4[r2], l3 = e3 && !(2 & e3.__u);
  if (null === e3 && null == f3 || l3 && f3 == e3.key && o3 == e3.type) return r2;
  if (u3 > (l3 ? 1 : 0)) {
    for (i3 = r2 - 1; i3 >= 0; i3--) if ((e3 = t4[i3]) && !(2 & e3.__u) && f3 == e3.key && o3 == e3.type) return i3;
    for (i3 = r2 + 1; i3 < t4.length; i3++) if ((e3 = t4[i3]) && !(2 & e3.__u) && f3 == e3.key && o3 == e3.type) return i3;
  }
  return -1;
}
function T(n3, t4, r2) {
  null == r2 && (r2 = ""), "-" == t4[0] ? n3.setProperty(t4, r2) : n3[t4] = r2;
}
function N(n3, t4, r2, u3, i3) {
  var f3, o3;
  if ("style" == t4) if ("string" == typeof r2) n3.style.cssText = r2;
  else {
    if ("string" == typeof u3 && (n3.style.cssText = u3 = ""), u3) for (t4 in u3) r2 && t4 in r2 || T(n3.style, t4);
    if (r2) for (t4 in r2) u3 && r2[t4] == u3[t4] || T(n3.style, t4, r2[t4]);
  }
  else if ("o" == t4[0] && "n" == t4[1]) "function" != typeof r2 && (r2 = null), "function" != typeof u3 && (u3 = null), (n3.__e || (n3.__e = {}))[t4] = r2, r2 && u3 || (o3 = a[t4] || (a[t4] = V(t4)), (n3.__a || (n3.__a = {}))[t4] = c, f3 = t4 != (t4 = t4.replace(l, "$1")), (t4 = t4.slice(2))[0] < "a" && (t4 = t4.toLowerCase()), r2 ? n3.addEventListener(t4, o3, f3) : n3.removeEventListener(t4, o3, f3));
  else {
    if ("http://www.w3.org/2000/svg" == i3) t4 = t4.replace(/xlink(H|:h)/, "h").replace(/sName$/, "s");
    else if ("width" != t4 && "height" != t4 && "href" != t4 && "list" != t4 && "form" != t4 && "tabIndex" != t4 && "download" != t4 && "rowSpan" != t4 && "colSpan" != t4 && "role" != t4 && "popover" != t4 && t4 in n3) try {
      return void (n3[t4] = null == r2 ? "" : r2);
    } catch (n4) {
    }
    if ("function" == typeof r2) return;
    null == r2 || false === r2 && "-" != t4[4] ? n3.removeAttribute(t4) : n3.setAttribute(t4, "popover" == t4 && 1 == r2 ? "" : r2);
  }
}
function V(t4) {
  return function(r2) {
    var u3 = this.__e;
    if (u3) {
      if (u3 = u3[t4], null == r2[e]) r2[e] = c++;
      else if (r2[e] < this.__a[t4]) return;
      return u3(n.event ? n.event(r2) : r2);
    }
  };
}
function z(t4, r2, u3, i3, f3, o3, e3, l3, c3, a4) {
  var s4, p3, v3, d3, k4, b2, m4, M2, C3, j3, L2, H3, q3, A3, O2, P3, T3, N3, V3 = r2.type;
  if (r2.constructor !== h) return null;
  128 & u3.__u && (c3 = 32 & u3.__u, s4 = u3.__c.__z) && (r2.__u |= c3, p3 = o3 = [], 8 == s4.nodeType ? l3 = B(s4, o3) : o3.push(s4), l3 = o3[0] || l3), (s4 = n.__b) && s4(r2);
  n: if ("function" == typeof V3) {
    v3 = e3.length;
    try {
      if (M2 = r2.props, C3 = (s4 = V3.prototype) && s4.render, j3 = (s4 = V3.contextType) && i3[s4.__c], L2 = s4 ? j3 ? j3.props.value : s4.__ : i3, (d3 = u3.__c) ? (r2.__c = d3, 2 & d3.__g && (d3.__g |= 1)) : (C3 ? r2.__c = d3 = new V3(M2, L2) : (r2.__c = d3 = new x(M2, L2), d3.constructor = V3, d3.render = K), j3 && j3.sub(d3), d3.state || (d3.state = {}), d3.__n = i3, d3.__g |= 8, d3.__h = [], d3.__k = []), C3 && (d3.__s || (d3.__s = d3.state), V3.getDerivedStateFromProps && (d3.__s == d3.state && (d3.__s = _({}, d3.__s)), _(d3.__s, V3.getDerivedStateFromProps(M2, d3.__s)))), k4 = d3.props, b2 = d3.state, d3.__v = r2, u3.__c) {
        if (M2 !== k4 && C3 && !V3.getDerivedStateFromProps && d3.componentWillReceiveProps && d3.componentWillReceiveProps(M2, L2), r2.__v == u3.__v && !(8 & d3.__g) || !(4 & d3.__g) && d3.shouldComponentUpdate && false === d3.shouldComponentUpdate(M2, d3.__s, L2)) {
          r2.__v != u3.__v && (d3.props = M2, d3.state = d3.__s, d3.__g &= -9), r2.__e = u3.__e, r2.__k = u3.__k, r2.__k.some(function(n3) {
            n3 && (n3.__ = r2);
          }), y.push.apply(d3.__h, d3.__k), d3.__k = [], d3.__h.length && e3.push(d3), l3 = S(u3);
          break n;
        }
        d3.componentWillUpdate && d3.componentWillUpdate(M2, d3.__s, L2), C3 && d3.componentDidUpdate && d3.__h.push(function() {
          d3.componentDidUpdate(k4, b2, m4);
        });
      } else C3 && !V3.getDerivedStateFromProps && d3.componentWillMount && d3.componentWillMount(), C3 && d3.componentDidMount && d3.__h.push(d3.componentDidMount);
      d3.context = L2, d3.props = M2, d3.__P = t4, d3.__g &= -5, H3 = n.__r, q3 = C3 ? 25 : 0;
      do {
        d3.__g &= -9, H3 && H3(r2), s4 = d3.render(d3.props, d3.state = d3.__s, d3.context);
      } while (8 & d3.__g && ++q3 < 25);
      C3 && (y.push.apply(d3.__h, d3.__k), d3.__k = []), d3.state = d3.__s, d3.getChildContext && (i3 = _({}, i3, d3.getChildContext())), C3 && u3.__c && d3.getSnapshotBeforeUpdate && (m4 = d3.getSnapshotBeforeUpdate(k4, b2)), A3 = s4 && s4.type === $ && null == s4.key ? s4.props.children : s4, M2.__P && (s4 = l3, f3 = (t4 = M2.__P).namespaceURI, c3 = o3 = null, u3.props && u3.props.__P != t4 && (u3.__k.some(function(n3) {
        n3 && J(n3, n3);
      }), u3.__k = null), l3 = u3.__k ? S(u3, 0) : null), l3 = I(t4, w(A3) ? A3 : [A3], r2, u3, i3, f3, o3, e3, l3, c3, a4), M2.__P && (r2.__e = null, l3 = s4), r2.__u &= -161, p3 && p3.some(g), d3.__h.length && e3.push(d3), 1 & d3.__g && (d3.__g &= -4);
    } catch (t5) {
      if (e3.length = v3, r2.__v = null, c3 || o3) if (t5 && t5.then) {
        if (r2.__u |= 128 | c3, o3) {
          for (~(T3 = o3.indexOf(l3 || void 0)) || (T3 = o3.length); (N3 = o3[T3 - 1]) && 8 == N3.nodeType; ) T3--;
          for (; T3 < o3.length; T3++) if (N3 = o3[T3]) if (o3[T3] = null, O2) {
            if (N3 == P3) break;
          } else {
            if (8 != N3.nodeType) break;
            N3.data.startsWith("$s") && (P3 = B(O2 = N3));
          }
        }
        if (!O2) {
          for (; l3 && 8 == l3.nodeType && l3.nextSibling; ) l3 = l3.nextSibling;
          O2 = l3;
        }
        (s4 = B(O2 = r2.__c.__z || (r2.__c.__z = O2))) ? (r2.__e = O2, l3 = s4) : r2.__e = l3, l3 = l3 && l3.nextSibling;
      } else o3 && o3.some(g);
      else r2.__e = u3.__e;
      r2.__k || (r2.__k = u3.__k || []), t5 && t5.then || D(r2), n.__e(t5, r2, u3);
    }
  } else l3 = r2.__e = F(u3.__e, r2, u3, i3, f3, o3, e3, c3, a4, t4);
  return (s4 = n.diffed) && s4(r2), l3;
}
function B(n3, t4) {
  if (n3 && 8 == n3.nodeType && n3.data.startsWith("$s")) for (var r2 = 1; n3 = n3.nextSibling; ) {
    if (8 == n3.nodeType) {
      if (n3.data.startsWith("$s")) r2++;
      else if (n3.data.startsWith("/$s") && !--r2) return n3;
    }
    t4 && t4.push(n3);
  }
}
function D(n3) {
  n3 && (n3.__c && (n3.__c.__g |= 4), n3.__k && n3.__k.some(D));
}
function E(t4, r2, u3) {
  for (var i3 = 0; i3 < u3.length; ) G(u3[i3++], u3[i3++], u3[i3++]);
  n.__c && n.__c(r2, t4), t4.some(function(r3) {
    try {
      t4 = r3.__h, r3.__h = [], t4.some(function(n3) {
        n3.call(r3);
      });
    } catch (t5) {
      n.__e(t5, r3.__v);
    }
  });
}
function F(t4, r2, u3, i3, f3, o3, e3, l3, c3, a4) {
  var s4, h3, y5, _3, k4, b2, m4, M2, $3 = u3.props || p, x5 = r2.props, C3 = r2.type;
  if ("svg" == C3 ? f3 = "http://www.w3.org/2000/svg" : "math" == C3 ? f3 = "http://www.w3.org/1998/Math/MathML" : f3 || (f3 = "http://www.w3.org/1999/xhtml"), o3) {
    for (s4 = 0; s4 < o3.length; s4++) if ((k4 = o3[s4]) && (C3 ? k4.localName == C3 : 3 == k4.nodeType)) {
      t4 = k4, o3[s4] = null;
      break;
    }
  }
  if (!t4) {
    if (M2 = a4.ownerDocument || document, !C3) return M2.createTextNode(x5);
    t4 = M2.createElementNS(f3, C3, x5.is ? x5 : a4), l3 && (n.__m && n.__m(r2, o3), l3 = false), o3 = null;
  }
  if (C3) {
    if (a4 = "template" == C3 && t4.content || t4, o3 = "textarea" == C3 && null != x5.defaultValue ? null : o3 && d.call(a4.childNodes), !l3 && o3) for ($3 = {}, s4 = 0; s4 < t4.attributes.length; s4++) $3[(k4 = t4.attributes[s4]).name] = k4.value;
    for (s4 in $3) k4 = $3[s4], "dangerouslySetInnerHTML" == s4 ? y5 = k4 : "children" == s4 || s4 in x5 || "value" == s4 && "defaultValue" in x5 || "checked" == s4 && "defaultChecked" in x5 || N(t4, s4, null, k4, f3);
    for (s4 in x5) k4 = x5[s4], "children" == s4 ? _3 = k4 : "dangerouslySetInnerHTML" == s4 ? h3 = k4 : "value" == s4 ? b2 = k4 : "checked" == s4 ? m4 = k4 : l3 && "function" != typeof k4 || $3[s4] === k4 || N(t4, s4, k4, $3[s4], f3);
    h3 ? (l3 || y5 && (h3.__html == y5.__html || h3.__html == t4.innerHTML) || (t4.innerHTML = h3.__html), r2.__k = []) : (y5 && (t4.textContent = ""), ("foreignObject" == C3 || "http://www.w3.org/1998/Math/MathML" == f3 && v.test(C3)) && (f3 = "http://www.w3.org/1999/xhtml"), I(a4, w(_3) ? _3 : [_3], r2, u3, i3, f3, o3, e3, o3 ? o3[0] : u3.__k && S(u3, 0), l3, c3), o3 && o3.some(g)), l3 && "textarea" != C3 || (s4 = "value", "progress" == C3 && null == b2 ? t4.removeAttribute(s4) : null == b2 || b2 === t4[s4] && ("progress" != C3 || b2) || N(t4, s4, b2, $3[s4], f3), s4 = "checked", null != m4 && m4 != t4[s4] && N(t4, s4, m4, $3[s4], f3));
  } else $3 === x5 || l3 && t4.data == x5 || (t4.data = x5);
  return t4;
}
function G(t4, r2, u3, i3) {
  try {
    "function" == typeof t4 ? r2 ? r2.__x = t4(r2) || 1 : i3 && (i3 = i3.__c || i3.__e) && (r2 = i3.__x) && (i3.__x = null, "function" == typeof r2 ? r2() : t4(null)) : t4.current = r2;
  } catch (t5) {
    n.__e(t5, u3);
  }
}
function J(t4, r2, u3) {
  var i3, f3, o3, e3;
  if (n.unmount && n.unmount(t4), !(i3 = t4.ref) || i3.current && i3.current != t4.__e || G(i3, null, r2, t4), i3 = t4.__c) {
    if (i3.componentWillUnmount) try {
      i3.componentWillUnmount();
    } catch (t5) {
      n.__e(t5, r2);
    }
    i3.__P = i3.__n = null;
  }
  if (i3 = t4.__k) for (e3 = 0; e3 < i3.length; e3++) i3[e3] && J(i3[e3], r2, "function" != typeof t4.type || u3 && !t4.props.__P);
  !u3 && (i3 = t4.__c) && (i3 = i3.__z) && (f3 = B(i3, o3 = [])) && (i3 == t4.__e && o3.some(g), g(f3), g(i3)), u3 || g(t4.__e), t4.__e = t4.__c = t4.__ = null;
}
function K(n3, t4, r2) {
  return this.constructor(n3, r2);
}
n = { __e: function(n3, t4, r2, u3) {
  for (var i3, o3, e3; t4 = t4.__; ) if ((i3 = t4.__c) && !(1 & i3.__g)) {
    i3.__g |= 4;
    try {
      if ((e3 = (o3 = i3.constructor) && o3.getDerivedStateFromError) && i3.setState(o3.getDerivedStateFromError(n3)), i3.componentDidCatch && (i3.componentDidCatch(n3, u3 || {}), e3 = 1), e3 && 8 & i3.__g) return void (i3.__g |= 2);
    } catch (t5) {
      n3 = t5;
    }
  }
  throw f = 0, n3;
} }, t = 0, r = function(n3) {
  return null != n3 && n3.constructor === h;
}, x.prototype.setState = function(n3, t4) {
  var r2 = this.__s;
  r2 && r2 != this.state || (r2 = this.__s = _({}, this.state)), "function" == typeof n3 && (n3 = n3(_({}, r2), this.props)), n3 && (_(r2, n3), this.__v && (t4 && this.__k.push(t4), L(this)));
}, x.prototype.forceUpdate = function(n3) {
  this.__v && (this.__g |= 4, n3 && this.__h.push(n3), L(this));
}, x.prototype.render = $, u = [], f = 0, o = function(n3, t4) {
  return n3.__v.__b - t4.__v.__b;
}, e = /* @__PURE__ */ Symbol(), l = /(PointerCapture)$|Capture$/i, c = 0, a = {}, s = 0;

// node_modules/htm/dist/htm.mjs
var n2 = function(t4, s4, r2, e3) {
  var u3;
  s4[0] = 0;
  for (var h3 = 1; h3 < s4.length; h3++) {
    var p3 = s4[h3++], a4 = s4[h3] ? (s4[0] |= p3 ? 1 : 2, r2[s4[h3++]]) : s4[++h3];
    3 === p3 ? e3[0] = a4 : 4 === p3 ? e3[1] = Object.assign(e3[1] || {}, a4) : 5 === p3 ? (e3[1] = e3[1] || {})[s4[++h3]] = a4 : 6 === p3 ? e3[1][s4[++h3]] += a4 + "" : p3 ? (u3 = t4.apply(a4, n2(t4, a4, r2, ["", null])), e3.push(u3), a4[0] ? s4[0] |= 2 : (s4[h3 - 2] = 0, s4[h3] = u3)) : e3.push(a4);
  }
  return e3;
};
var t2 = /* @__PURE__ */ new Map();
function htm_default(s4) {
  var r2 = t2.get(this);
  return r2 || (r2 = /* @__PURE__ */ new Map(), t2.set(this, r2)), (r2 = n2(this, r2.get(s4) || (r2.set(s4, r2 = (function(n3) {
    for (var t4, s5, r3 = 1, e3 = "", u3 = "", h3 = [0], p3 = function(n4) {
      1 === r3 && (n4 || (e3 = e3.replace(/^\s*\n\s*|\s*\n\s*$/g, ""))) ? h3.push(0, n4, e3) : 3 === r3 && (n4 || e3) ? (h3.push(3, n4, e3), r3 = 2) : 2 === r3 && "..." === e3 && n4 ? h3.push(4, n4, 0) : 2 === r3 && e3 && !n4 ? h3.push(5, 0, true, e3) : r3 >= 5 && ((e3 || !n4 && 5 === r3) && (h3.push(r3, 0, e3, s5), r3 = 6), n4 && (h3.push(r3, n4, 0, s5), r3 = 6)), e3 = "";
    }, a4 = 0; a4 < n3.length; a4++) {
      a4 && (1 === r3 && p3(), p3(a4));
      for (var l3 = 0; l3 < n3[a4].length; l3++) t4 = n3[a4][l3], 1 === r3 ? "<" === t4 ? (p3(), h3 = [h3], r3 = 3) : e3 += t4 : 4 === r3 ? "--" === e3 && ">" === t4 ? (r3 = 1, e3 = "") : e3 = t4 + e3[0] : u3 ? t4 === u3 ? u3 = "" : e3 += t4 : '"' === t4 || "'" === t4 ? u3 = t4 : ">" === t4 ? (p3(), r3 = 1) : r3 && ("=" === t4 ? (r3 = 5, s5 = e3, e3 = "") : "/" === t4 && (r3 < 5 || ">" === n3[a4][l3 + 1]) ? (p3(), 3 === r3 && (h3 = h3[0]), r3 = h3, (h3 = h3[0]).push(2, 0, r3), r3 = 0) : " " === t4 || "	" === t4 || "\n" === t4 || "\r" === t4 ? (p3(), r3 = 2) : e3 += t4), 3 === r3 && "!--" === e3 && (r3 = 4, h3 = h3[0]);
    }
    return p3(), h3;
  })(s4)), r2), arguments, [])).length > 1 ? r2 : r2[0];
}

// node_modules/htm/preact/index.mjs
var m2 = htm_default.bind(k);

// node_modules/preact-render-to-string/dist/index.mjs
var o2 = "__s";
var i2 = "__c";
var a2 = "__k";
var u2 = "__d";
var c2 = "__s";
var f2 = /[\s\n\\/='"\0<>]/;
var s2 = /^(xlink|xmlns|xml)([A-Z])/;
var l2 = /^(?:accessK|auto[A-Z]|cell|ch|col|cont|cross|dateT|encT|form[A-Z]|frame|hrefL|inputM|maxL|minL|noV|playsI|popoverT|readO|rowS|src[A-Z]|tabI|useM|item[A-Z])/;
var p2 = /^ac|^ali|arabic|basel|cap|clipPath$|clipRule$|color|dominant|enable|fill|flood|font|glyph[^R]|horiz|image|letter|lighting|marker[^WUH]|overline|panose|pointe|paint|rendering|shape|stop|strikethrough|stroke|text[^L]|transform|underline|unicode|units|^v[^i]|^w|^xH/;
var h2 = /* @__PURE__ */ new Set(["draggable", "spellcheck"]);
function d2(e3) {
  void 0 !== e3.__g ? e3.__g |= 8 : e3[u2] = true;
}
function v2(e3) {
  void 0 !== e3.__g ? e3.__g &= -9 : e3[u2] = false;
}
function m3(e3) {
  return void 0 !== e3.__g ? !!(8 & e3.__g) : true === e3[u2];
}
var y2 = /["&<]/;
function _2(e3) {
  if (0 === e3.length || false === y2.test(e3)) return e3;
  for (var t4 = 0, n3 = 0, r2 = "", o3 = ""; n3 < e3.length; n3++) {
    switch (e3.charCodeAt(n3)) {
      case 34:
        o3 = "&quot;";
        break;
      case 38:
        o3 = "&amp;";
        break;
      case 60:
        o3 = "&lt;";
        break;
      default:
        continue;
    }
    n3 !== t4 && (r2 += e3.slice(t4, n3)), r2 += o3, t4 = n3 + 1;
  }
  return n3 !== t4 && (r2 += e3.slice(t4, n3)), r2;
}
var g2 = {};
var k2 = /* @__PURE__ */ new Set(["animation-iteration-count", "border-image-outset", "border-image-slice", "border-image-width", "box-flex", "box-flex-group", "box-ordinal-group", "column-count", "fill-opacity", "flex", "flex-grow", "flex-negative", "flex-order", "flex-positive", "flex-shrink", "flood-opacity", "font-weight", "grid-column", "grid-row", "line-clamp", "line-height", "opacity", "order", "orphans", "stop-opacity", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "stroke-opacity", "stroke-width", "tab-size", "widows", "z-index", "zoom"]);
var b = /[A-Z]/g;
function x2(e3) {
  var t4 = "";
  for (var n3 in e3) {
    var r2 = e3[n3];
    if (null != r2 && "" !== r2) {
      var o3 = "-" == n3[0] ? n3 : g2[n3] || (g2[n3] = n3.replace(b, "-$&").toLowerCase()), i3 = ";";
      "number" != typeof r2 || o3.startsWith("--") || k2.has(o3) || (i3 = "px;"), t4 = t4 + o3 + ":" + r2 + i3;
    }
  }
  return t4 || void 0;
}
function w2() {
  this.__d = true;
}
function H2(e3, t4) {
  return { __v: e3, context: t4, props: e3.props, setState: w2, forceUpdate: w2, __d: true, __h: new Array(0) };
}
var T2 = {};
var j2 = [];
var P2 = Array.isArray;
var $2 = Object.assign;
var U = "";
var Z = "<!--$s-->";
var F2 = "<!--/$s-->";
function M(e3) {
  return "string" == typeof e3 ? Z + e3 + F2 : P2(e3) ? (e3.unshift(Z), e3.push(F2), e3) : e3 && "function" == typeof e3.then ? e3.then(M) : Z + e3 + F2;
}
function W() {
  return { beforeDiff: n.__b, afterDiff: n.diffed, renderHook: n.__r, unmountHook: n.unmount, rootHook: n.__, commitHook: n.__c, catchError: n.__e, errorBoundaries: n.errorBoundaries };
}
function B2(e3) {
  var t4 = n[o2];
  n[o2] = true;
  try {
    return e3();
  } finally {
    n[o2] = t4;
  }
}
function z2(n3, r2, o3) {
  var i3 = W();
  try {
    var u3 = B2(function() {
      var u4, c3 = k($, null);
      return c3[a2] = [n3], i3.rootHook && i3.rootHook(n3, ((u4 = {})[a2] = c3, u4.nodeType = 1, u4)), q2(n3, r2 || T2, false, void 0, c3, false, o3, i3);
    });
    return P2(u3) ? u3.join(U) : u3;
  } catch (e3) {
    if (e3.then) throw new Error('Use "renderToStringAsync" for suspenseful rendering.');
    throw e3;
  } finally {
    i3.commitHook && B2(function() {
      return i3.commitHook(n3, j2);
    }), j2.length = 0;
  }
}
function N2(e3, t4, n3) {
  var r2, o3 = e3.type, a4 = true;
  return e3[i2] ? (a4 = false, (r2 = e3[i2]).state = r2[c2]) : r2 = new o3(e3.props, t4), e3[i2] = r2, r2.__v = e3, r2.props = e3.props, r2.context = t4, d2(r2), null == r2.state && (r2.state = T2), null == r2[c2] && (r2[c2] = r2.state), o3.getDerivedStateFromProps ? r2.state = $2({}, r2.state, o3.getDerivedStateFromProps(r2.props, r2.state)) : a4 && r2.componentWillMount ? (r2.componentWillMount(), r2.state = r2[c2] !== r2.state ? r2[c2] : r2.state) : !a4 && r2.componentWillUpdate && r2.componentWillUpdate(), n3.renderHook && n3.renderHook(e3), r2.render(r2.props, r2.state, t4);
}
function q2(e3, n3, o3, u3, y5, g3, k4, b2) {
  if (null == e3 || true === e3 || false === e3 || e3 === U) return U;
  var w3 = typeof e3;
  if ("object" != w3) return "function" == w3 ? U : "string" == w3 ? _2(e3) : e3 + U;
  if (P2(e3)) {
    var C3, D3 = U;
    y5[a2] = e3;
    for (var A3 = e3.length, S2 = 0; S2 < A3; S2++) {
      var E3 = e3[S2];
      if (null != E3 && "boolean" != typeof E3) {
        var L2, j3 = q2(E3, n3, o3, u3, y5, g3, k4, b2);
        "string" == typeof j3 ? D3 += j3 : (C3 || (C3 = new Array(A3)), D3 && C3.push(D3), D3 = U, P2(j3) ? (L2 = C3).push.apply(L2, j3) : C3.push(j3));
      }
    }
    return C3 ? (D3 && C3.push(D3), C3) : D3;
  }
  if (!r(e3)) return U;
  e3.__ = y5, b2.beforeDiff && b2.beforeDiff(e3);
  var Z2 = e3.type, F3 = e3.props;
  if ("function" == typeof Z2) {
    var W2, z3, O2, R = n3;
    if (Z2 === $) {
      if ("tpl" in F3) {
        for (var K3, G2 = U, J2 = 0; J2 < F3.tpl.length; J2++) if (G2 += F3.tpl[J2], F3.exprs && J2 < F3.exprs.length) {
          var Q2 = F3.exprs[J2];
          if (null == Q2) continue;
          if ("object" == typeof Q2 && (r(Q2) || P2(Q2))) {
            var X, Y = q2(Q2, n3, o3, u3, e3, g3, k4, b2);
            "string" == typeof Y ? G2 += Y : (K3 || (K3 = []), G2 && K3.push(G2), G2 = U, P2(Y) ? (X = K3).push.apply(X, Y) : K3.push(Y));
          } else G2 += Q2;
        }
        return K3 ? (G2 && K3.push(G2), K3) : G2;
      }
      if ("UNSTABLE_comment" in F3) return "<!--" + _2(F3.UNSTABLE_comment) + "-->";
      z3 = F3.children;
    } else {
      if (null != (W2 = Z2.contextType)) {
        var ee = n3[W2.__c];
        R = ee ? ee.props.value : W2.__;
      }
      var te = Z2.prototype && "function" == typeof Z2.prototype.render;
      if (te) z3 = /**#__NOINLINE__**/
      N2(e3, R, b2), O2 = e3[i2];
      else {
        e3[i2] = O2 = /**#__NOINLINE__**/
        H2(e3, R);
        for (var ne = 0; m3(O2) && ne++ < 25; ) {
          v2(O2), b2.renderHook && b2.renderHook(e3);
          try {
            z3 = Z2.call(O2, F3, R);
          } catch (t4) {
            throw g3 && t4 && "function" == typeof t4.then && (e3._suspended = true), t4;
          }
        }
        d2(O2);
      }
      if (null != O2.getChildContext && (n3 = $2({}, n3, O2.getChildContext())), te && b2.errorBoundaries && (Z2.getDerivedStateFromError || O2.componentDidCatch)) {
        z3 = null != z3 && z3.type === $ && null == z3.key && null == z3.props.tpl ? z3.props.children : z3;
        try {
          return q2(z3, n3, o3, u3, e3, g3, false, b2);
        } catch (r2) {
          return Z2.getDerivedStateFromError && (O2[c2] = Z2.getDerivedStateFromError(r2)), O2.componentDidCatch && O2.componentDidCatch(r2, T2), m3(O2) ? (z3 = N2(e3, n3, b2), null != (O2 = e3[i2]).getChildContext && (n3 = $2({}, n3, O2.getChildContext())), q2(z3 = null != z3 && z3.type === $ && null == z3.key && null == z3.props.tpl ? z3.props.children : z3, n3, o3, u3, e3, g3, k4, b2)) : U;
        } finally {
          b2.afterDiff && b2.afterDiff(e3), b2.unmountHook && b2.unmountHook(e3);
        }
      }
    }
    z3 = null != z3 && z3.type === $ && null == z3.key && null == z3.props.tpl ? z3.props.children : z3;
    try {
      var re2 = q2(z3, n3, o3, u3, e3, g3, k4, b2);
      return b2.afterDiff && b2.afterDiff(e3), b2.unmountHook && b2.unmountHook(e3), e3._suspended ? M(re2) : re2;
    } catch (t4) {
      if (!g3 && k4 && k4.onError) {
        var oe = (function t5(r2) {
          return k4.onError(r2, e3, function(e4, r3) {
            try {
              return B2(function() {
                return q2(e4, n3, o3, u3, r3, g3, k4, b2);
              });
            } catch (e6) {
              return t5(e6);
            }
          });
        })(t4);
        return void 0 !== oe ? oe : (b2.catchError && b2.catchError(t4, e3), U);
      }
      if (!g3) throw t4;
      if (!t4 || "function" != typeof t4.then) throw t4;
      return t4.then(function t5() {
        try {
          var r2 = B2(function() {
            return q2(z3, n3, o3, u3, e3, g3, k4, b2);
          });
          return e3._suspended ? M(r2) : r2;
        } catch (e4) {
          if (!e4 || "function" != typeof e4.then) throw e4;
          return e4.then(t5);
        }
      });
    }
  }
  var ie, ae = "<" + Z2, ue = U;
  for (var ce in F3) {
    var fe = F3[ce];
    if ("function" != typeof (fe = V2(fe) ? fe.value : fe) || "class" === ce || "className" === ce) {
      switch (ce) {
        case "children":
          ie = fe;
          continue;
        case "key":
        case "ref":
        case "__self":
        case "__source":
          continue;
        case "htmlFor":
          if ("for" in F3) continue;
          ce = "for";
          break;
        case "className":
          if ("class" in F3) continue;
          ce = "class";
          break;
        case "defaultChecked":
          ce = "checked";
          break;
        case "defaultSelected":
          ce = "selected";
          break;
        case "defaultValue":
        case "value":
          switch (ce = "value", Z2) {
            case "textarea":
              ie = fe;
              continue;
            case "select":
              u3 = fe;
              continue;
            case "option":
              u3 != fe || "selected" in F3 || (ae += " selected");
          }
          break;
        case "dangerouslySetInnerHTML":
          ue = fe && fe.__html;
          continue;
        case "style":
          "object" == typeof fe && (fe = x2(fe));
          break;
        case "acceptCharset":
          ce = "accept-charset";
          break;
        case "httpEquiv":
          ce = "http-equiv";
          break;
        default:
          if (f2.test(ce)) continue;
          s2.test(ce) ? ce = ce.replace(s2, "$1:$2").toLowerCase() : "-" !== ce[4] && !h2.has(ce) || null == fe ? o3 ? p2.test(ce) && (ce = "panose1" === ce ? "panose-1" : ce.replace(/([A-Z])/g, "-$1").toLowerCase()) : l2.test(ce) && (ce = ce.toLowerCase()) : fe += U;
      }
      null != fe && false !== fe && (ae = true === fe || fe === U ? ae + " " + ce : ae + " " + ce + '="' + _2(fe + U) + '"');
    }
  }
  if (f2.test(Z2)) throw new Error(Z2 + " is not a valid HTML tag name in " + ae + ">");
  if (ue || ("string" == typeof ie ? ue = _2(ie) : null != ie && false !== ie && true !== ie && (ue = q2(ie, n3, "svg" === Z2 || "foreignObject" !== Z2 && o3, u3, e3, g3, k4, b2))), b2.afterDiff && b2.afterDiff(e3), b2.unmountHook && b2.unmountHook(e3), !ue && I2.has(Z2)) return ae + "/>";
  var se = "</" + Z2 + ">", le = ae + ">";
  return P2(ue) ? [le].concat(ue, [se]) : "string" != typeof ue ? [le, ue, se] : le + ue + se;
}
var I2 = /* @__PURE__ */ new Set(["area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
var O = z2;
function V2(e3) {
  return null !== e3 && "object" == typeof e3 && "function" == typeof e3.peek && "value" in e3;
}

// src/report/dashboard/style.ts
var DASHBOARD_CSS = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --achieved: #1a7f37; --on-track: #2da44e; --at-risk: #9a6700; --off-track: #cf222e; --no-data: #6e7781;
  --error: #82071e; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px; color: var(--fg); background: var(--bg);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 17px; margin: 0; }
.muted { color: var(--muted); }
.headline { display: flex; gap: 16px; align-items: center; flex-wrap: wrap; margin: 12px 0; }
.big { font-size: 40px; font-weight: 700; }
.tiles { display: flex; gap: 12px; flex-wrap: wrap; margin: 16px 0; padding: 0; list-style: none; }
.tiles li { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; background: var(--panel); }
.tiles strong { display: block; font-size: 22px; }
.bar { display: inline-block; width: 120px; height: 10px; border-radius: 5px; background: var(--line);
  overflow: hidden; vertical-align: middle; }
.bar span { display: block; height: 100%; background: var(--fg); }
.status { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 13px; font-weight: 600;
  color: #fff; white-space: nowrap; }
.status.achieved { background: var(--achieved); } .status.on-track { background: var(--on-track); }
.status.at-risk { background: var(--at-risk); } .status.off-track { background: var(--off-track); }
.status.no-data { background: var(--no-data); } .status.error { background: var(--error); }
.objective { border: 1px solid var(--line); border-radius: 10px; margin: 16px 0; padding: 14px 16px; }
.objective > header { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
.objective > header h3 { flex: 1 1 320px; }
.team { margin: 12px 0 0 0; padding: 10px 12px; background: var(--panel); border-radius: 8px; }
.team h4 { margin: 0 0 6px; font-size: 15px; display: flex; gap: 10px; flex-wrap: wrap; align-items: center; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 14px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
th { font-weight: 600; color: var(--muted); }
td.num { text-align: right; white-space: nowrap; }
.spark { display: block; }
.spark-line { fill: none; stroke: var(--fg); stroke-width: 1.5; }
.spark-target { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 3 2; }
.spark-last { fill: var(--fg); }
.warning { border-left: 4px solid var(--at-risk); padding: 6px 10px; background: #fff8c5; margin: 6px 0; }
.errors li { color: var(--error); }
footer { margin-top: 40px; font-size: 13px; }
@media print {
  body { max-width: none; padding: 0; font-size: 12px; }
  .objective, .team { break-inside: avoid; }
  .status, .bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;

// node_modules/d3-path/dist/d3-path.mjs
var pi = Math.PI;
var tau = 2 * pi;
var epsilon = 1e-6;
var tauEpsilon = tau - epsilon;
function append(strings) {
  this._ += strings[0];
  for (let i3 = 1, n3 = strings.length; i3 < n3; ++i3) {
    this._ += arguments[i3] + strings[i3];
  }
}
function appendRound(digits) {
  let d3 = Math.floor(digits);
  if (!(d3 >= 0)) throw new Error(`invalid digits: ${digits}`);
  if (d3 > 15) return append;
  const k4 = 10 ** d3;
  return function(strings) {
    this._ += strings[0];
    for (let i3 = 1, n3 = strings.length; i3 < n3; ++i3) {
      this._ += Math.round(arguments[i3] * k4) / k4 + strings[i3];
    }
  };
}
function equal(x0, y0, x1, y1) {
  return x0 === x1 && y0 === y1;
}
function equalRound(digits) {
  const d3 = Math.floor(digits);
  if (!(d3 <= 15)) return equal;
  const k4 = 10 ** d3;
  const r2 = function(value2) {
    return Math.round(value2 * k4);
  };
  return function(x0, y0, x1, y1) {
    return r2(x0) === r2(x1) && r2(y0) === r2(y1);
  };
}
var Path = class {
  constructor(digits) {
    this._x0 = this._y0 = // start of current subpath
    this._x1 = this._y1 = null;
    this._ = "";
    this._append = digits == null ? append : appendRound(digits);
    this._equal = digits == null ? equal : equalRound(digits);
  }
  moveTo(x5, y5) {
    this._append`M${this._x0 = this._x1 = +x5},${this._y0 = this._y1 = +y5}`;
  }
  closePath() {
    if (this._x1 !== null) {
      this._x1 = this._x0, this._y1 = this._y0;
      this._append`Z`;
    }
  }
  lineTo(x5, y5) {
    this._append`L${this._x1 = +x5},${this._y1 = +y5}`;
  }
  quadraticCurveTo(x1, y1, x5, y5) {
    this._append`Q${+x1},${+y1},${this._x1 = +x5},${this._y1 = +y5}`;
  }
  bezierCurveTo(x1, y1, x22, y22, x5, y5) {
    this._append`C${+x1},${+y1},${+x22},${+y22},${this._x1 = +x5},${this._y1 = +y5}`;
  }
  arcTo(x1, y1, x22, y22, r2) {
    x1 = +x1, y1 = +y1, x22 = +x22, y22 = +y22, r2 = +r2;
    if (r2 < 0) throw new Error(`negative radius: ${r2}`);
    let x0 = this._x1, y0 = this._y1, x21 = x22 - x1, y21 = y22 - y1, x01 = x0 - x1, y01 = y0 - y1, l01_2 = x01 * x01 + y01 * y01;
    if (this._x1 === null) {
      this._append`M${this._x1 = x1},${this._y1 = y1}`;
    } else if (!(l01_2 > epsilon)) ;
    else if (!(Math.abs(y01 * x21 - y21 * x01) > epsilon) || !r2) {
      this._append`L${this._x1 = x1},${this._y1 = y1}`;
    } else {
      let x20 = x22 - x0, y20 = y22 - y0, l21_2 = x21 * x21 + y21 * y21, l20_2 = x20 * x20 + y20 * y20, l21 = Math.sqrt(l21_2), l01 = Math.sqrt(l01_2), l3 = r2 * Math.tan((pi - Math.acos((l21_2 + l01_2 - l20_2) / (2 * l21 * l01))) / 2), t01 = l3 / l01, t21 = l3 / l21;
      if (Math.abs(t01 - 1) > epsilon) {
        this._append`L${x1 + t01 * x01},${y1 + t01 * y01}`;
      }
      this._append`A${r2},${r2},0,0,${+(y01 * x20 > x01 * y20)},${this._x1 = x1 + t21 * x21},${this._y1 = y1 + t21 * y21}`;
    }
  }
  arc(x5, y5, r2, a0, a1, ccw) {
    x5 = +x5, y5 = +y5, r2 = +r2, ccw = !!ccw;
    if (r2 < 0) throw new Error(`negative radius: ${r2}`);
    let dx = r2 * Math.cos(a0), dy = r2 * Math.sin(a0), x0 = x5 + dx, y0 = y5 + dy, cw = 1 ^ ccw, da = ccw ? a0 - a1 : a1 - a0;
    if (this._x1 === null) {
      this._append`M${x0},${y0}`;
    } else if (Math.abs(this._x1 - x0) > epsilon || Math.abs(this._y1 - y0) > epsilon) {
      this._append`L${x0},${y0}`;
    }
    if (!r2) return;
    if (da < 0) da = da % tau + tau;
    if (da > tauEpsilon) {
      this._append`A${r2},${r2},0,1,${cw},${x5 - dx},${y5 - dy}A${r2},${r2},0,1,${cw},${this._x1 = x0},${this._y1 = y0}`;
    } else if (da > epsilon) {
      const x1 = x5 + r2 * Math.cos(a1);
      const y1 = y5 + r2 * Math.sin(a1);
      if (da >= pi && this._equal(x0, y0, x1, y1)) {
        da /= 2;
        let a00 = a0 + da;
        this._append`A${r2},${r2},0,${+(da >= pi)},${cw},${x5 + r2 * Math.cos(a00)},${y5 + r2 * Math.sin(a00)}`;
      }
      this._append`A${r2},${r2},0,${+(da >= pi)},${cw},${this._x1 = x1},${this._y1 = y1}`;
    }
  }
  rect(x5, y5, w3, h3) {
    this._append`M${this._x0 = this._x1 = +x5},${this._y0 = this._y1 = +y5}h${w3 = +w3}v${+h3}h${-w3}Z`;
  }
  toString() {
    return this._;
  }
};
function path() {
  return new Path();
}
path.prototype = Path.prototype;

// node_modules/d3-shape/dist/d3-shape.mjs
function constant(x5) {
  return function constant3() {
    return x5;
  };
}
var cos = Math.cos;
var sin = Math.sin;
var sqrt = Math.sqrt;
var epsilon2 = 1e-12;
var pi2 = Math.PI;
var halfPi = pi2 / 2;
var tau2 = 2 * pi2;
function withPath(shape) {
  let digits = 3;
  shape.digits = function(_3) {
    if (!arguments.length) return digits;
    if (_3 == null) {
      digits = null;
    } else {
      const d3 = Math.floor(_3);
      if (!(d3 >= 0)) throw new RangeError(`invalid digits: ${_3}`);
      digits = d3;
    }
    return shape;
  };
  return () => new Path(digits);
}
var slice = Array.prototype.slice;
function array(x5) {
  return typeof x5 === "object" && "length" in x5 ? x5 : Array.from(x5);
}
function Linear(context) {
  this._context = context;
}
Linear.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._point = 0;
  },
  lineEnd: function() {
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x5, y5) : this._context.moveTo(x5, y5);
        break;
      case 1:
        this._point = 2;
      // falls through
      default:
        this._context.lineTo(x5, y5);
        break;
    }
  }
};
function curveLinear(context) {
  return new Linear(context);
}
function x3(p3) {
  return p3[0];
}
function y3(p3) {
  return p3[1];
}
function line(x$1, y$1) {
  var defined = constant(true), context = null, curve = curveLinear, output = null, path2 = withPath(line2);
  x$1 = typeof x$1 === "function" ? x$1 : x$1 === void 0 ? x3 : constant(x$1);
  y$1 = typeof y$1 === "function" ? y$1 : y$1 === void 0 ? y3 : constant(y$1);
  function line2(data) {
    var i3, n3 = (data = array(data)).length, d3, defined0 = false, buffer;
    if (context == null) output = curve(buffer = path2());
    for (i3 = 0; i3 <= n3; ++i3) {
      if (!(i3 < n3 && defined(d3 = data[i3], i3, data)) === defined0) {
        if (defined0 = !defined0) output.lineStart();
        else output.lineEnd();
      }
      if (defined0) output.point(+x$1(d3, i3, data), +y$1(d3, i3, data));
    }
    if (buffer) return output = null, buffer + "" || null;
  }
  line2.x = function(_3) {
    return arguments.length ? (x$1 = typeof _3 === "function" ? _3 : constant(+_3), line2) : x$1;
  };
  line2.y = function(_3) {
    return arguments.length ? (y$1 = typeof _3 === "function" ? _3 : constant(+_3), line2) : y$1;
  };
  line2.defined = function(_3) {
    return arguments.length ? (defined = typeof _3 === "function" ? _3 : constant(!!_3), line2) : defined;
  };
  line2.curve = function(_3) {
    return arguments.length ? (curve = _3, context != null && (output = curve(context)), line2) : curve;
  };
  line2.context = function(_3) {
    return arguments.length ? (_3 == null ? context = output = null : output = curve(context = _3), line2) : context;
  };
  return line2;
}
var curveRadialLinear = curveRadial(curveLinear);
function Radial(curve) {
  this._curve = curve;
}
Radial.prototype = {
  areaStart: function() {
    this._curve.areaStart();
  },
  areaEnd: function() {
    this._curve.areaEnd();
  },
  lineStart: function() {
    this._curve.lineStart();
  },
  lineEnd: function() {
    this._curve.lineEnd();
  },
  point: function(a4, r2) {
    this._curve.point(r2 * Math.sin(a4), r2 * -Math.cos(a4));
  }
};
function curveRadial(curve) {
  function radial(context) {
    return new Radial(curve(context));
  }
  radial._curve = curve;
  return radial;
}
var sqrt3$2 = sqrt(3);
var tan30 = sqrt(1 / 3);
var tan30_2 = tan30 * 2;
var kr = sin(pi2 / 10) / sin(7 * pi2 / 10);
var kx = sin(tau2 / 10) * kr;
var ky = -cos(tau2 / 10) * kr;
var sqrt3$1 = sqrt(3);
var sqrt3 = sqrt(3);
var s3 = sqrt(3) / 2;
var k3 = 1 / sqrt(12);
var a3 = (k3 / 2 + 1) * 3;
function noop() {
}
function point$3(that, x5, y5) {
  that._context.bezierCurveTo(
    (2 * that._x0 + that._x1) / 3,
    (2 * that._y0 + that._y1) / 3,
    (that._x0 + 2 * that._x1) / 3,
    (that._y0 + 2 * that._y1) / 3,
    (that._x0 + 4 * that._x1 + x5) / 6,
    (that._y0 + 4 * that._y1 + y5) / 6
  );
}
function Basis(context) {
  this._context = context;
}
Basis.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._y0 = this._y1 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 3:
        point$3(this, this._x1, this._y1);
      // falls through
      case 2:
        this._context.lineTo(this._x1, this._y1);
        break;
    }
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x5, y5) : this._context.moveTo(x5, y5);
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        this._context.lineTo((5 * this._x0 + this._x1) / 6, (5 * this._y0 + this._y1) / 6);
      // falls through
      default:
        point$3(this, x5, y5);
        break;
    }
    this._x0 = this._x1, this._x1 = x5;
    this._y0 = this._y1, this._y1 = y5;
  }
};
function BasisClosed(context) {
  this._context = context;
}
BasisClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._x3 = this._x4 = this._y0 = this._y1 = this._y2 = this._y3 = this._y4 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 1: {
        this._context.moveTo(this._x2, this._y2);
        this._context.closePath();
        break;
      }
      case 2: {
        this._context.moveTo((this._x2 + 2 * this._x3) / 3, (this._y2 + 2 * this._y3) / 3);
        this._context.lineTo((this._x3 + 2 * this._x2) / 3, (this._y3 + 2 * this._y2) / 3);
        this._context.closePath();
        break;
      }
      case 3: {
        this.point(this._x2, this._y2);
        this.point(this._x3, this._y3);
        this.point(this._x4, this._y4);
        break;
      }
    }
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._x2 = x5, this._y2 = y5;
        break;
      case 1:
        this._point = 2;
        this._x3 = x5, this._y3 = y5;
        break;
      case 2:
        this._point = 3;
        this._x4 = x5, this._y4 = y5;
        this._context.moveTo((this._x0 + 4 * this._x1 + x5) / 6, (this._y0 + 4 * this._y1 + y5) / 6);
        break;
      default:
        point$3(this, x5, y5);
        break;
    }
    this._x0 = this._x1, this._x1 = x5;
    this._y0 = this._y1, this._y1 = y5;
  }
};
function BasisOpen(context) {
  this._context = context;
}
BasisOpen.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._y0 = this._y1 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    if (this._line || this._line !== 0 && this._point === 3) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    switch (this._point) {
      case 0:
        this._point = 1;
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        var x0 = (this._x0 + 4 * this._x1 + x5) / 6, y0 = (this._y0 + 4 * this._y1 + y5) / 6;
        this._line ? this._context.lineTo(x0, y0) : this._context.moveTo(x0, y0);
        break;
      case 3:
        this._point = 4;
      // falls through
      default:
        point$3(this, x5, y5);
        break;
    }
    this._x0 = this._x1, this._x1 = x5;
    this._y0 = this._y1, this._y1 = y5;
  }
};
function Bundle(context, beta) {
  this._basis = new Basis(context);
  this._beta = beta;
}
Bundle.prototype = {
  lineStart: function() {
    this._x = [];
    this._y = [];
    this._basis.lineStart();
  },
  lineEnd: function() {
    var x5 = this._x, y5 = this._y, j3 = x5.length - 1;
    if (j3 > 0) {
      var x0 = x5[0], y0 = y5[0], dx = x5[j3] - x0, dy = y5[j3] - y0, i3 = -1, t4;
      while (++i3 <= j3) {
        t4 = i3 / j3;
        this._basis.point(
          this._beta * x5[i3] + (1 - this._beta) * (x0 + t4 * dx),
          this._beta * y5[i3] + (1 - this._beta) * (y0 + t4 * dy)
        );
      }
    }
    this._x = this._y = null;
    this._basis.lineEnd();
  },
  point: function(x5, y5) {
    this._x.push(+x5);
    this._y.push(+y5);
  }
};
var bundle = (function custom(beta) {
  function bundle2(context) {
    return beta === 1 ? new Basis(context) : new Bundle(context, beta);
  }
  bundle2.beta = function(beta2) {
    return custom(+beta2);
  };
  return bundle2;
})(0.85);
function point$2(that, x5, y5) {
  that._context.bezierCurveTo(
    that._x1 + that._k * (that._x2 - that._x0),
    that._y1 + that._k * (that._y2 - that._y0),
    that._x2 + that._k * (that._x1 - x5),
    that._y2 + that._k * (that._y1 - y5),
    that._x2,
    that._y2
  );
}
function Cardinal(context, tension) {
  this._context = context;
  this._k = (1 - tension) / 6;
}
Cardinal.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 2:
        this._context.lineTo(this._x2, this._y2);
        break;
      case 3:
        point$2(this, this._x1, this._y1);
        break;
    }
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x5, y5) : this._context.moveTo(x5, y5);
        break;
      case 1:
        this._point = 2;
        this._x1 = x5, this._y1 = y5;
        break;
      case 2:
        this._point = 3;
      // falls through
      default:
        point$2(this, x5, y5);
        break;
    }
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x5;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y5;
  }
};
var cardinal = (function custom2(tension) {
  function cardinal2(context) {
    return new Cardinal(context, tension);
  }
  cardinal2.tension = function(tension2) {
    return custom2(+tension2);
  };
  return cardinal2;
})(0);
function CardinalClosed(context, tension) {
  this._context = context;
  this._k = (1 - tension) / 6;
}
CardinalClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._x3 = this._x4 = this._x5 = this._y0 = this._y1 = this._y2 = this._y3 = this._y4 = this._y5 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 1: {
        this._context.moveTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 2: {
        this._context.lineTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 3: {
        this.point(this._x3, this._y3);
        this.point(this._x4, this._y4);
        this.point(this._x5, this._y5);
        break;
      }
    }
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._x3 = x5, this._y3 = y5;
        break;
      case 1:
        this._point = 2;
        this._context.moveTo(this._x4 = x5, this._y4 = y5);
        break;
      case 2:
        this._point = 3;
        this._x5 = x5, this._y5 = y5;
        break;
      default:
        point$2(this, x5, y5);
        break;
    }
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x5;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y5;
  }
};
var cardinalClosed = (function custom3(tension) {
  function cardinal2(context) {
    return new CardinalClosed(context, tension);
  }
  cardinal2.tension = function(tension2) {
    return custom3(+tension2);
  };
  return cardinal2;
})(0);
function CardinalOpen(context, tension) {
  this._context = context;
  this._k = (1 - tension) / 6;
}
CardinalOpen.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    if (this._line || this._line !== 0 && this._point === 3) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    switch (this._point) {
      case 0:
        this._point = 1;
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        this._line ? this._context.lineTo(this._x2, this._y2) : this._context.moveTo(this._x2, this._y2);
        break;
      case 3:
        this._point = 4;
      // falls through
      default:
        point$2(this, x5, y5);
        break;
    }
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x5;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y5;
  }
};
var cardinalOpen = (function custom4(tension) {
  function cardinal2(context) {
    return new CardinalOpen(context, tension);
  }
  cardinal2.tension = function(tension2) {
    return custom4(+tension2);
  };
  return cardinal2;
})(0);
function point$1(that, x5, y5) {
  var x1 = that._x1, y1 = that._y1, x22 = that._x2, y22 = that._y2;
  if (that._l01_a > epsilon2) {
    var a4 = 2 * that._l01_2a + 3 * that._l01_a * that._l12_a + that._l12_2a, n3 = 3 * that._l01_a * (that._l01_a + that._l12_a);
    x1 = (x1 * a4 - that._x0 * that._l12_2a + that._x2 * that._l01_2a) / n3;
    y1 = (y1 * a4 - that._y0 * that._l12_2a + that._y2 * that._l01_2a) / n3;
  }
  if (that._l23_a > epsilon2) {
    var b2 = 2 * that._l23_2a + 3 * that._l23_a * that._l12_a + that._l12_2a, m4 = 3 * that._l23_a * (that._l23_a + that._l12_a);
    x22 = (x22 * b2 + that._x1 * that._l23_2a - x5 * that._l12_2a) / m4;
    y22 = (y22 * b2 + that._y1 * that._l23_2a - y5 * that._l12_2a) / m4;
  }
  that._context.bezierCurveTo(x1, y1, x22, y22, that._x2, that._y2);
}
function CatmullRom(context, alpha) {
  this._context = context;
  this._alpha = alpha;
}
CatmullRom.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 2:
        this._context.lineTo(this._x2, this._y2);
        break;
      case 3:
        this.point(this._x2, this._y2);
        break;
    }
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    if (this._point) {
      var x23 = this._x2 - x5, y23 = this._y2 - y5;
      this._l23_a = Math.sqrt(this._l23_2a = Math.pow(x23 * x23 + y23 * y23, this._alpha));
    }
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x5, y5) : this._context.moveTo(x5, y5);
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
      // falls through
      default:
        point$1(this, x5, y5);
        break;
    }
    this._l01_a = this._l12_a, this._l12_a = this._l23_a;
    this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a;
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x5;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y5;
  }
};
var catmullRom = (function custom5(alpha) {
  function catmullRom2(context) {
    return alpha ? new CatmullRom(context, alpha) : new Cardinal(context, 0);
  }
  catmullRom2.alpha = function(alpha2) {
    return custom5(+alpha2);
  };
  return catmullRom2;
})(0.5);
function CatmullRomClosed(context, alpha) {
  this._context = context;
  this._alpha = alpha;
}
CatmullRomClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._x3 = this._x4 = this._x5 = this._y0 = this._y1 = this._y2 = this._y3 = this._y4 = this._y5 = NaN;
    this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 1: {
        this._context.moveTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 2: {
        this._context.lineTo(this._x3, this._y3);
        this._context.closePath();
        break;
      }
      case 3: {
        this.point(this._x3, this._y3);
        this.point(this._x4, this._y4);
        this.point(this._x5, this._y5);
        break;
      }
    }
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    if (this._point) {
      var x23 = this._x2 - x5, y23 = this._y2 - y5;
      this._l23_a = Math.sqrt(this._l23_2a = Math.pow(x23 * x23 + y23 * y23, this._alpha));
    }
    switch (this._point) {
      case 0:
        this._point = 1;
        this._x3 = x5, this._y3 = y5;
        break;
      case 1:
        this._point = 2;
        this._context.moveTo(this._x4 = x5, this._y4 = y5);
        break;
      case 2:
        this._point = 3;
        this._x5 = x5, this._y5 = y5;
        break;
      default:
        point$1(this, x5, y5);
        break;
    }
    this._l01_a = this._l12_a, this._l12_a = this._l23_a;
    this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a;
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x5;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y5;
  }
};
var catmullRomClosed = (function custom6(alpha) {
  function catmullRom2(context) {
    return alpha ? new CatmullRomClosed(context, alpha) : new CardinalClosed(context, 0);
  }
  catmullRom2.alpha = function(alpha2) {
    return custom6(+alpha2);
  };
  return catmullRom2;
})(0.5);
function CatmullRomOpen(context, alpha) {
  this._context = context;
  this._alpha = alpha;
}
CatmullRomOpen.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._x2 = this._y0 = this._y1 = this._y2 = NaN;
    this._l01_a = this._l12_a = this._l23_a = this._l01_2a = this._l12_2a = this._l23_2a = this._point = 0;
  },
  lineEnd: function() {
    if (this._line || this._line !== 0 && this._point === 3) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    if (this._point) {
      var x23 = this._x2 - x5, y23 = this._y2 - y5;
      this._l23_a = Math.sqrt(this._l23_2a = Math.pow(x23 * x23 + y23 * y23, this._alpha));
    }
    switch (this._point) {
      case 0:
        this._point = 1;
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        this._line ? this._context.lineTo(this._x2, this._y2) : this._context.moveTo(this._x2, this._y2);
        break;
      case 3:
        this._point = 4;
      // falls through
      default:
        point$1(this, x5, y5);
        break;
    }
    this._l01_a = this._l12_a, this._l12_a = this._l23_a;
    this._l01_2a = this._l12_2a, this._l12_2a = this._l23_2a;
    this._x0 = this._x1, this._x1 = this._x2, this._x2 = x5;
    this._y0 = this._y1, this._y1 = this._y2, this._y2 = y5;
  }
};
var catmullRomOpen = (function custom7(alpha) {
  function catmullRom2(context) {
    return alpha ? new CatmullRomOpen(context, alpha) : new CardinalOpen(context, 0);
  }
  catmullRom2.alpha = function(alpha2) {
    return custom7(+alpha2);
  };
  return catmullRom2;
})(0.5);
function LinearClosed(context) {
  this._context = context;
}
LinearClosed.prototype = {
  areaStart: noop,
  areaEnd: noop,
  lineStart: function() {
    this._point = 0;
  },
  lineEnd: function() {
    if (this._point) this._context.closePath();
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    if (this._point) this._context.lineTo(x5, y5);
    else this._point = 1, this._context.moveTo(x5, y5);
  }
};
function sign(x5) {
  return x5 < 0 ? -1 : 1;
}
function slope3(that, x22, y22) {
  var h0 = that._x1 - that._x0, h1 = x22 - that._x1, s0 = (that._y1 - that._y0) / (h0 || h1 < 0 && -0), s1 = (y22 - that._y1) / (h1 || h0 < 0 && -0), p3 = (s0 * h1 + s1 * h0) / (h0 + h1);
  return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p3)) || 0;
}
function slope2(that, t4) {
  var h3 = that._x1 - that._x0;
  return h3 ? (3 * (that._y1 - that._y0) / h3 - t4) / 2 : t4;
}
function point2(that, t02, t12) {
  var x0 = that._x0, y0 = that._y0, x1 = that._x1, y1 = that._y1, dx = (x1 - x0) / 3;
  that._context.bezierCurveTo(x0 + dx, y0 + dx * t02, x1 - dx, y1 - dx * t12, x1, y1);
}
function MonotoneX(context) {
  this._context = context;
}
MonotoneX.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x0 = this._x1 = this._y0 = this._y1 = this._t0 = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    switch (this._point) {
      case 2:
        this._context.lineTo(this._x1, this._y1);
        break;
      case 3:
        point2(this, this._t0, slope2(this, this._t0));
        break;
    }
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    this._line = 1 - this._line;
  },
  point: function(x5, y5) {
    var t12 = NaN;
    x5 = +x5, y5 = +y5;
    if (x5 === this._x1 && y5 === this._y1) return;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x5, y5) : this._context.moveTo(x5, y5);
        break;
      case 1:
        this._point = 2;
        break;
      case 2:
        this._point = 3;
        point2(this, slope2(this, t12 = slope3(this, x5, y5)), t12);
        break;
      default:
        point2(this, this._t0, t12 = slope3(this, x5, y5));
        break;
    }
    this._x0 = this._x1, this._x1 = x5;
    this._y0 = this._y1, this._y1 = y5;
    this._t0 = t12;
  }
};
function MonotoneY(context) {
  this._context = new ReflectContext(context);
}
(MonotoneY.prototype = Object.create(MonotoneX.prototype)).point = function(x5, y5) {
  MonotoneX.prototype.point.call(this, y5, x5);
};
function ReflectContext(context) {
  this._context = context;
}
ReflectContext.prototype = {
  moveTo: function(x5, y5) {
    this._context.moveTo(y5, x5);
  },
  closePath: function() {
    this._context.closePath();
  },
  lineTo: function(x5, y5) {
    this._context.lineTo(y5, x5);
  },
  bezierCurveTo: function(x1, y1, x22, y22, x5, y5) {
    this._context.bezierCurveTo(y1, x1, y22, x22, y5, x5);
  }
};
function Natural(context) {
  this._context = context;
}
Natural.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x = [];
    this._y = [];
  },
  lineEnd: function() {
    var x5 = this._x, y5 = this._y, n3 = x5.length;
    if (n3) {
      this._line ? this._context.lineTo(x5[0], y5[0]) : this._context.moveTo(x5[0], y5[0]);
      if (n3 === 2) {
        this._context.lineTo(x5[1], y5[1]);
      } else {
        var px = controlPoints(x5), py = controlPoints(y5);
        for (var i0 = 0, i1 = 1; i1 < n3; ++i0, ++i1) {
          this._context.bezierCurveTo(px[0][i0], py[0][i0], px[1][i0], py[1][i0], x5[i1], y5[i1]);
        }
      }
    }
    if (this._line || this._line !== 0 && n3 === 1) this._context.closePath();
    this._line = 1 - this._line;
    this._x = this._y = null;
  },
  point: function(x5, y5) {
    this._x.push(+x5);
    this._y.push(+y5);
  }
};
function controlPoints(x5) {
  var i3, n3 = x5.length - 1, m4, a4 = new Array(n3), b2 = new Array(n3), r2 = new Array(n3);
  a4[0] = 0, b2[0] = 2, r2[0] = x5[0] + 2 * x5[1];
  for (i3 = 1; i3 < n3 - 1; ++i3) a4[i3] = 1, b2[i3] = 4, r2[i3] = 4 * x5[i3] + 2 * x5[i3 + 1];
  a4[n3 - 1] = 2, b2[n3 - 1] = 7, r2[n3 - 1] = 8 * x5[n3 - 1] + x5[n3];
  for (i3 = 1; i3 < n3; ++i3) m4 = a4[i3] / b2[i3 - 1], b2[i3] -= m4, r2[i3] -= m4 * r2[i3 - 1];
  a4[n3 - 1] = r2[n3 - 1] / b2[n3 - 1];
  for (i3 = n3 - 2; i3 >= 0; --i3) a4[i3] = (r2[i3] - a4[i3 + 1]) / b2[i3];
  b2[n3 - 1] = (x5[n3] + a4[n3 - 1]) / 2;
  for (i3 = 0; i3 < n3 - 1; ++i3) b2[i3] = 2 * x5[i3 + 1] - a4[i3 + 1];
  return [a4, b2];
}
function Step(context, t4) {
  this._context = context;
  this._t = t4;
}
Step.prototype = {
  areaStart: function() {
    this._line = 0;
  },
  areaEnd: function() {
    this._line = NaN;
  },
  lineStart: function() {
    this._x = this._y = NaN;
    this._point = 0;
  },
  lineEnd: function() {
    if (0 < this._t && this._t < 1 && this._point === 2) this._context.lineTo(this._x, this._y);
    if (this._line || this._line !== 0 && this._point === 1) this._context.closePath();
    if (this._line >= 0) this._t = 1 - this._t, this._line = 1 - this._line;
  },
  point: function(x5, y5) {
    x5 = +x5, y5 = +y5;
    switch (this._point) {
      case 0:
        this._point = 1;
        this._line ? this._context.lineTo(x5, y5) : this._context.moveTo(x5, y5);
        break;
      case 1:
        this._point = 2;
      // falls through
      default: {
        if (this._t <= 0) {
          this._context.lineTo(this._x, y5);
          this._context.lineTo(x5, y5);
        } else {
          var x1 = this._x * (1 - this._t) + x5 * this._t;
          this._context.lineTo(x1, this._y);
          this._context.lineTo(x1, y5);
        }
        break;
      }
    }
    this._x = x5, this._y = y5;
  }
};

// node_modules/d3-array/dist/d3-array.mjs
function ascending(a4, b2) {
  return a4 == null || b2 == null ? NaN : a4 < b2 ? -1 : a4 > b2 ? 1 : a4 >= b2 ? 0 : NaN;
}
function descending(a4, b2) {
  return a4 == null || b2 == null ? NaN : b2 < a4 ? -1 : b2 > a4 ? 1 : b2 >= a4 ? 0 : NaN;
}
function bisector(f3) {
  let compare1, compare2, delta;
  if (f3.length !== 2) {
    compare1 = ascending;
    compare2 = (d3, x5) => ascending(f3(d3), x5);
    delta = (d3, x5) => f3(d3) - x5;
  } else {
    compare1 = f3 === ascending || f3 === descending ? f3 : zero;
    compare2 = f3;
    delta = f3;
  }
  function left(a4, x5, lo = 0, hi = a4.length) {
    if (lo < hi) {
      if (compare1(x5, x5) !== 0) return hi;
      do {
        const mid = lo + hi >>> 1;
        if (compare2(a4[mid], x5) < 0) lo = mid + 1;
        else hi = mid;
      } while (lo < hi);
    }
    return lo;
  }
  function right(a4, x5, lo = 0, hi = a4.length) {
    if (lo < hi) {
      if (compare1(x5, x5) !== 0) return hi;
      do {
        const mid = lo + hi >>> 1;
        if (compare2(a4[mid], x5) <= 0) lo = mid + 1;
        else hi = mid;
      } while (lo < hi);
    }
    return lo;
  }
  function center(a4, x5, lo = 0, hi = a4.length) {
    const i3 = left(a4, x5, lo, hi - 1);
    return i3 > lo && delta(a4[i3 - 1], x5) > -delta(a4[i3], x5) ? i3 - 1 : i3;
  }
  return { left, center, right };
}
function zero() {
  return 0;
}
function number(x5) {
  return x5 === null ? NaN : +x5;
}
var ascendingBisect = bisector(ascending);
var bisectRight = ascendingBisect.right;
var bisectLeft = ascendingBisect.left;
var bisectCenter = bisector(number).center;
var blur2 = Blur2(blurf);
var blurImage = Blur2(blurfImage);
function Blur2(blur) {
  return function(data, rx, ry = rx) {
    if (!((rx = +rx) >= 0)) throw new RangeError("invalid rx");
    if (!((ry = +ry) >= 0)) throw new RangeError("invalid ry");
    let { data: values, width, height } = data;
    if (!((width = Math.floor(width)) >= 0)) throw new RangeError("invalid width");
    if (!((height = Math.floor(height !== void 0 ? height : values.length / width)) >= 0)) throw new RangeError("invalid height");
    if (!width || !height || !rx && !ry) return data;
    const blurx = rx && blur(rx);
    const blury = ry && blur(ry);
    const temp = values.slice();
    if (blurx && blury) {
      blurh(blurx, temp, values, width, height);
      blurh(blurx, values, temp, width, height);
      blurh(blurx, temp, values, width, height);
      blurv(blury, values, temp, width, height);
      blurv(blury, temp, values, width, height);
      blurv(blury, values, temp, width, height);
    } else if (blurx) {
      blurh(blurx, values, temp, width, height);
      blurh(blurx, temp, values, width, height);
      blurh(blurx, values, temp, width, height);
    } else if (blury) {
      blurv(blury, values, temp, width, height);
      blurv(blury, temp, values, width, height);
      blurv(blury, values, temp, width, height);
    }
    return data;
  };
}
function blurh(blur, T3, S2, w3, h3) {
  for (let y5 = 0, n3 = w3 * h3; y5 < n3; ) {
    blur(T3, S2, y5, y5 += w3, 1);
  }
}
function blurv(blur, T3, S2, w3, h3) {
  for (let x5 = 0, n3 = w3 * h3; x5 < w3; ++x5) {
    blur(T3, S2, x5, x5 + n3, w3);
  }
}
function blurfImage(radius) {
  const blur = blurf(radius);
  return (T3, S2, start, stop, step) => {
    start <<= 2, stop <<= 2, step <<= 2;
    blur(T3, S2, start + 0, stop + 0, step);
    blur(T3, S2, start + 1, stop + 1, step);
    blur(T3, S2, start + 2, stop + 2, step);
    blur(T3, S2, start + 3, stop + 3, step);
  };
}
function blurf(radius) {
  const radius0 = Math.floor(radius);
  if (radius0 === radius) return bluri(radius);
  const t4 = radius - radius0;
  const w3 = 2 * radius + 1;
  return (T3, S2, start, stop, step) => {
    if (!((stop -= step) >= start)) return;
    let sum = radius0 * S2[start];
    const s0 = step * radius0;
    const s1 = s0 + step;
    for (let i3 = start, j3 = start + s0; i3 < j3; i3 += step) {
      sum += S2[Math.min(stop, i3)];
    }
    for (let i3 = start, j3 = stop; i3 <= j3; i3 += step) {
      sum += S2[Math.min(stop, i3 + s0)];
      T3[i3] = (sum + t4 * (S2[Math.max(start, i3 - s1)] + S2[Math.min(stop, i3 + s1)])) / w3;
      sum -= S2[Math.max(start, i3 - s0)];
    }
  };
}
function bluri(radius) {
  const w3 = 2 * radius + 1;
  return (T3, S2, start, stop, step) => {
    if (!((stop -= step) >= start)) return;
    let sum = radius * S2[start];
    const s4 = step * radius;
    for (let i3 = start, j3 = start + s4; i3 < j3; i3 += step) {
      sum += S2[Math.min(stop, i3)];
    }
    for (let i3 = start, j3 = stop; i3 <= j3; i3 += step) {
      sum += S2[Math.min(stop, i3 + s4)];
      T3[i3] = sum / w3;
      sum -= S2[Math.max(start, i3 - s4)];
    }
  };
}
var array2 = Array.prototype;
var slice2 = array2.slice;
var e10 = Math.sqrt(50);
var e5 = Math.sqrt(10);
var e2 = Math.sqrt(2);
function tickSpec(start, stop, count) {
  const step = (stop - start) / Math.max(0, count), power = Math.floor(Math.log10(step)), error = step / Math.pow(10, power), factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  let i1, i22, inc;
  if (power < 0) {
    inc = Math.pow(10, -power) / factor;
    i1 = Math.round(start * inc);
    i22 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i22 / inc > stop) --i22;
    inc = -inc;
  } else {
    inc = Math.pow(10, power) * factor;
    i1 = Math.round(start / inc);
    i22 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i22 * inc > stop) --i22;
  }
  if (i22 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i22, inc];
}
function ticks(start, stop, count) {
  stop = +stop, start = +start, count = +count;
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start, [i1, i22, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i22 >= i1)) return [];
  const n3 = i22 - i1 + 1, ticks2 = new Array(n3);
  if (reverse) {
    if (inc < 0) for (let i3 = 0; i3 < n3; ++i3) ticks2[i3] = (i22 - i3) / -inc;
    else for (let i3 = 0; i3 < n3; ++i3) ticks2[i3] = (i22 - i3) * inc;
  } else {
    if (inc < 0) for (let i3 = 0; i3 < n3; ++i3) ticks2[i3] = (i1 + i3) / -inc;
    else for (let i3 = 0; i3 < n3; ++i3) ticks2[i3] = (i1 + i3) * inc;
  }
  return ticks2;
}
function tickIncrement(start, stop, count) {
  stop = +stop, start = +start, count = +count;
  return tickSpec(start, stop, count)[2];
}
function tickStep(start, stop, count) {
  stop = +stop, start = +start, count = +count;
  const reverse = stop < start, inc = reverse ? tickIncrement(stop, start, count) : tickIncrement(start, stop, count);
  return (reverse ? -1 : 1) * (inc < 0 ? 1 / -inc : inc);
}
var shuffle = shuffler(Math.random);
function shuffler(random) {
  return function shuffle2(array3, i0 = 0, i1 = array3.length) {
    let m4 = i1 - (i0 = +i0);
    while (m4) {
      const i3 = random() * m4-- | 0, t4 = array3[m4 + i0];
      array3[m4 + i0] = array3[i3 + i0];
      array3[i3 + i0] = t4;
    }
    return array3;
  };
}

// node_modules/d3-color/dist/d3-color.mjs
function define(constructor, factory, prototype) {
  constructor.prototype = factory.prototype = prototype;
  prototype.constructor = constructor;
}
function extend(parent, definition) {
  var prototype = Object.create(parent.prototype);
  for (var key in definition) prototype[key] = definition[key];
  return prototype;
}
function Color() {
}
var darker = 0.7;
var brighter = 1 / darker;
var reI = "\\s*([+-]?\\d+)\\s*";
var reN = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)\\s*";
var reP = "\\s*([+-]?(?:\\d*\\.)?\\d+(?:[eE][+-]?\\d+)?)%\\s*";
var reHex = /^#([0-9a-f]{3,8})$/;
var reRgbInteger = new RegExp(`^rgb\\(${reI},${reI},${reI}\\)$`);
var reRgbPercent = new RegExp(`^rgb\\(${reP},${reP},${reP}\\)$`);
var reRgbaInteger = new RegExp(`^rgba\\(${reI},${reI},${reI},${reN}\\)$`);
var reRgbaPercent = new RegExp(`^rgba\\(${reP},${reP},${reP},${reN}\\)$`);
var reHslPercent = new RegExp(`^hsl\\(${reN},${reP},${reP}\\)$`);
var reHslaPercent = new RegExp(`^hsla\\(${reN},${reP},${reP},${reN}\\)$`);
var named = {
  aliceblue: 15792383,
  antiquewhite: 16444375,
  aqua: 65535,
  aquamarine: 8388564,
  azure: 15794175,
  beige: 16119260,
  bisque: 16770244,
  black: 0,
  blanchedalmond: 16772045,
  blue: 255,
  blueviolet: 9055202,
  brown: 10824234,
  burlywood: 14596231,
  cadetblue: 6266528,
  chartreuse: 8388352,
  chocolate: 13789470,
  coral: 16744272,
  cornflowerblue: 6591981,
  cornsilk: 16775388,
  crimson: 14423100,
  cyan: 65535,
  darkblue: 139,
  darkcyan: 35723,
  darkgoldenrod: 12092939,
  darkgray: 11119017,
  darkgreen: 25600,
  darkgrey: 11119017,
  darkkhaki: 12433259,
  darkmagenta: 9109643,
  darkolivegreen: 5597999,
  darkorange: 16747520,
  darkorchid: 10040012,
  darkred: 9109504,
  darksalmon: 15308410,
  darkseagreen: 9419919,
  darkslateblue: 4734347,
  darkslategray: 3100495,
  darkslategrey: 3100495,
  darkturquoise: 52945,
  darkviolet: 9699539,
  deeppink: 16716947,
  deepskyblue: 49151,
  dimgray: 6908265,
  dimgrey: 6908265,
  dodgerblue: 2003199,
  firebrick: 11674146,
  floralwhite: 16775920,
  forestgreen: 2263842,
  fuchsia: 16711935,
  gainsboro: 14474460,
  ghostwhite: 16316671,
  gold: 16766720,
  goldenrod: 14329120,
  gray: 8421504,
  green: 32768,
  greenyellow: 11403055,
  grey: 8421504,
  honeydew: 15794160,
  hotpink: 16738740,
  indianred: 13458524,
  indigo: 4915330,
  ivory: 16777200,
  khaki: 15787660,
  lavender: 15132410,
  lavenderblush: 16773365,
  lawngreen: 8190976,
  lemonchiffon: 16775885,
  lightblue: 11393254,
  lightcoral: 15761536,
  lightcyan: 14745599,
  lightgoldenrodyellow: 16448210,
  lightgray: 13882323,
  lightgreen: 9498256,
  lightgrey: 13882323,
  lightpink: 16758465,
  lightsalmon: 16752762,
  lightseagreen: 2142890,
  lightskyblue: 8900346,
  lightslategray: 7833753,
  lightslategrey: 7833753,
  lightsteelblue: 11584734,
  lightyellow: 16777184,
  lime: 65280,
  limegreen: 3329330,
  linen: 16445670,
  magenta: 16711935,
  maroon: 8388608,
  mediumaquamarine: 6737322,
  mediumblue: 205,
  mediumorchid: 12211667,
  mediumpurple: 9662683,
  mediumseagreen: 3978097,
  mediumslateblue: 8087790,
  mediumspringgreen: 64154,
  mediumturquoise: 4772300,
  mediumvioletred: 13047173,
  midnightblue: 1644912,
  mintcream: 16121850,
  mistyrose: 16770273,
  moccasin: 16770229,
  navajowhite: 16768685,
  navy: 128,
  oldlace: 16643558,
  olive: 8421376,
  olivedrab: 7048739,
  orange: 16753920,
  orangered: 16729344,
  orchid: 14315734,
  palegoldenrod: 15657130,
  palegreen: 10025880,
  paleturquoise: 11529966,
  palevioletred: 14381203,
  papayawhip: 16773077,
  peachpuff: 16767673,
  peru: 13468991,
  pink: 16761035,
  plum: 14524637,
  powderblue: 11591910,
  purple: 8388736,
  rebeccapurple: 6697881,
  red: 16711680,
  rosybrown: 12357519,
  royalblue: 4286945,
  saddlebrown: 9127187,
  salmon: 16416882,
  sandybrown: 16032864,
  seagreen: 3050327,
  seashell: 16774638,
  sienna: 10506797,
  silver: 12632256,
  skyblue: 8900331,
  slateblue: 6970061,
  slategray: 7372944,
  slategrey: 7372944,
  snow: 16775930,
  springgreen: 65407,
  steelblue: 4620980,
  tan: 13808780,
  teal: 32896,
  thistle: 14204888,
  tomato: 16737095,
  turquoise: 4251856,
  violet: 15631086,
  wheat: 16113331,
  white: 16777215,
  whitesmoke: 16119285,
  yellow: 16776960,
  yellowgreen: 10145074
};
define(Color, color, {
  copy(channels) {
    return Object.assign(new this.constructor(), this, channels);
  },
  displayable() {
    return this.rgb().displayable();
  },
  hex: color_formatHex,
  // Deprecated! Use color.formatHex.
  formatHex: color_formatHex,
  formatHex8: color_formatHex8,
  formatHsl: color_formatHsl,
  formatRgb: color_formatRgb,
  toString: color_formatRgb
});
function color_formatHex() {
  return this.rgb().formatHex();
}
function color_formatHex8() {
  return this.rgb().formatHex8();
}
function color_formatHsl() {
  return hslConvert(this).formatHsl();
}
function color_formatRgb() {
  return this.rgb().formatRgb();
}
function color(format2) {
  var m4, l3;
  format2 = (format2 + "").trim().toLowerCase();
  return (m4 = reHex.exec(format2)) ? (l3 = m4[1].length, m4 = parseInt(m4[1], 16), l3 === 6 ? rgbn(m4) : l3 === 3 ? new Rgb(m4 >> 8 & 15 | m4 >> 4 & 240, m4 >> 4 & 15 | m4 & 240, (m4 & 15) << 4 | m4 & 15, 1) : l3 === 8 ? rgba(m4 >> 24 & 255, m4 >> 16 & 255, m4 >> 8 & 255, (m4 & 255) / 255) : l3 === 4 ? rgba(m4 >> 12 & 15 | m4 >> 8 & 240, m4 >> 8 & 15 | m4 >> 4 & 240, m4 >> 4 & 15 | m4 & 240, ((m4 & 15) << 4 | m4 & 15) / 255) : null) : (m4 = reRgbInteger.exec(format2)) ? new Rgb(m4[1], m4[2], m4[3], 1) : (m4 = reRgbPercent.exec(format2)) ? new Rgb(m4[1] * 255 / 100, m4[2] * 255 / 100, m4[3] * 255 / 100, 1) : (m4 = reRgbaInteger.exec(format2)) ? rgba(m4[1], m4[2], m4[3], m4[4]) : (m4 = reRgbaPercent.exec(format2)) ? rgba(m4[1] * 255 / 100, m4[2] * 255 / 100, m4[3] * 255 / 100, m4[4]) : (m4 = reHslPercent.exec(format2)) ? hsla(m4[1], m4[2] / 100, m4[3] / 100, 1) : (m4 = reHslaPercent.exec(format2)) ? hsla(m4[1], m4[2] / 100, m4[3] / 100, m4[4]) : named.hasOwnProperty(format2) ? rgbn(named[format2]) : format2 === "transparent" ? new Rgb(NaN, NaN, NaN, 0) : null;
}
function rgbn(n3) {
  return new Rgb(n3 >> 16 & 255, n3 >> 8 & 255, n3 & 255, 1);
}
function rgba(r2, g3, b2, a4) {
  if (a4 <= 0) r2 = g3 = b2 = NaN;
  return new Rgb(r2, g3, b2, a4);
}
function rgbConvert(o3) {
  if (!(o3 instanceof Color)) o3 = color(o3);
  if (!o3) return new Rgb();
  o3 = o3.rgb();
  return new Rgb(o3.r, o3.g, o3.b, o3.opacity);
}
function rgb(r2, g3, b2, opacity) {
  return arguments.length === 1 ? rgbConvert(r2) : new Rgb(r2, g3, b2, opacity == null ? 1 : opacity);
}
function Rgb(r2, g3, b2, opacity) {
  this.r = +r2;
  this.g = +g3;
  this.b = +b2;
  this.opacity = +opacity;
}
define(Rgb, rgb, extend(Color, {
  brighter(k4) {
    k4 = k4 == null ? brighter : Math.pow(brighter, k4);
    return new Rgb(this.r * k4, this.g * k4, this.b * k4, this.opacity);
  },
  darker(k4) {
    k4 = k4 == null ? darker : Math.pow(darker, k4);
    return new Rgb(this.r * k4, this.g * k4, this.b * k4, this.opacity);
  },
  rgb() {
    return this;
  },
  clamp() {
    return new Rgb(clampi(this.r), clampi(this.g), clampi(this.b), clampa(this.opacity));
  },
  displayable() {
    return -0.5 <= this.r && this.r < 255.5 && (-0.5 <= this.g && this.g < 255.5) && (-0.5 <= this.b && this.b < 255.5) && (0 <= this.opacity && this.opacity <= 1);
  },
  hex: rgb_formatHex,
  // Deprecated! Use color.formatHex.
  formatHex: rgb_formatHex,
  formatHex8: rgb_formatHex8,
  formatRgb: rgb_formatRgb,
  toString: rgb_formatRgb
}));
function rgb_formatHex() {
  return `#${hex(this.r)}${hex(this.g)}${hex(this.b)}`;
}
function rgb_formatHex8() {
  return `#${hex(this.r)}${hex(this.g)}${hex(this.b)}${hex((isNaN(this.opacity) ? 1 : this.opacity) * 255)}`;
}
function rgb_formatRgb() {
  const a4 = clampa(this.opacity);
  return `${a4 === 1 ? "rgb(" : "rgba("}${clampi(this.r)}, ${clampi(this.g)}, ${clampi(this.b)}${a4 === 1 ? ")" : `, ${a4})`}`;
}
function clampa(opacity) {
  return isNaN(opacity) ? 1 : Math.max(0, Math.min(1, opacity));
}
function clampi(value2) {
  return Math.max(0, Math.min(255, Math.round(value2) || 0));
}
function hex(value2) {
  value2 = clampi(value2);
  return (value2 < 16 ? "0" : "") + value2.toString(16);
}
function hsla(h3, s4, l3, a4) {
  if (a4 <= 0) h3 = s4 = l3 = NaN;
  else if (l3 <= 0 || l3 >= 1) h3 = s4 = NaN;
  else if (s4 <= 0) h3 = NaN;
  return new Hsl(h3, s4, l3, a4);
}
function hslConvert(o3) {
  if (o3 instanceof Hsl) return new Hsl(o3.h, o3.s, o3.l, o3.opacity);
  if (!(o3 instanceof Color)) o3 = color(o3);
  if (!o3) return new Hsl();
  if (o3 instanceof Hsl) return o3;
  o3 = o3.rgb();
  var r2 = o3.r / 255, g3 = o3.g / 255, b2 = o3.b / 255, min = Math.min(r2, g3, b2), max = Math.max(r2, g3, b2), h3 = NaN, s4 = max - min, l3 = (max + min) / 2;
  if (s4) {
    if (r2 === max) h3 = (g3 - b2) / s4 + (g3 < b2) * 6;
    else if (g3 === max) h3 = (b2 - r2) / s4 + 2;
    else h3 = (r2 - g3) / s4 + 4;
    s4 /= l3 < 0.5 ? max + min : 2 - max - min;
    h3 *= 60;
  } else {
    s4 = l3 > 0 && l3 < 1 ? 0 : h3;
  }
  return new Hsl(h3, s4, l3, o3.opacity);
}
function hsl(h3, s4, l3, opacity) {
  return arguments.length === 1 ? hslConvert(h3) : new Hsl(h3, s4, l3, opacity == null ? 1 : opacity);
}
function Hsl(h3, s4, l3, opacity) {
  this.h = +h3;
  this.s = +s4;
  this.l = +l3;
  this.opacity = +opacity;
}
define(Hsl, hsl, extend(Color, {
  brighter(k4) {
    k4 = k4 == null ? brighter : Math.pow(brighter, k4);
    return new Hsl(this.h, this.s, this.l * k4, this.opacity);
  },
  darker(k4) {
    k4 = k4 == null ? darker : Math.pow(darker, k4);
    return new Hsl(this.h, this.s, this.l * k4, this.opacity);
  },
  rgb() {
    var h3 = this.h % 360 + (this.h < 0) * 360, s4 = isNaN(h3) || isNaN(this.s) ? 0 : this.s, l3 = this.l, m22 = l3 + (l3 < 0.5 ? l3 : 1 - l3) * s4, m1 = 2 * l3 - m22;
    return new Rgb(
      hsl2rgb(h3 >= 240 ? h3 - 240 : h3 + 120, m1, m22),
      hsl2rgb(h3, m1, m22),
      hsl2rgb(h3 < 120 ? h3 + 240 : h3 - 120, m1, m22),
      this.opacity
    );
  },
  clamp() {
    return new Hsl(clamph(this.h), clampt(this.s), clampt(this.l), clampa(this.opacity));
  },
  displayable() {
    return (0 <= this.s && this.s <= 1 || isNaN(this.s)) && (0 <= this.l && this.l <= 1) && (0 <= this.opacity && this.opacity <= 1);
  },
  formatHsl() {
    const a4 = clampa(this.opacity);
    return `${a4 === 1 ? "hsl(" : "hsla("}${clamph(this.h)}, ${clampt(this.s) * 100}%, ${clampt(this.l) * 100}%${a4 === 1 ? ")" : `, ${a4})`}`;
  }
}));
function clamph(value2) {
  value2 = (value2 || 0) % 360;
  return value2 < 0 ? value2 + 360 : value2;
}
function clampt(value2) {
  return Math.max(0, Math.min(1, value2 || 0));
}
function hsl2rgb(h3, m1, m22) {
  return (h3 < 60 ? m1 + (m22 - m1) * h3 / 60 : h3 < 180 ? m22 : h3 < 240 ? m1 + (m22 - m1) * (240 - h3) / 60 : m1) * 255;
}
var radians = Math.PI / 180;
var degrees = 180 / Math.PI;
var K2 = 18;
var Xn = 0.96422;
var Yn = 1;
var Zn = 0.82521;
var t0 = 4 / 29;
var t1 = 6 / 29;
var t22 = 3 * t1 * t1;
var t3 = t1 * t1 * t1;
function labConvert(o3) {
  if (o3 instanceof Lab) return new Lab(o3.l, o3.a, o3.b, o3.opacity);
  if (o3 instanceof Hcl) return hcl2lab(o3);
  if (!(o3 instanceof Rgb)) o3 = rgbConvert(o3);
  var r2 = rgb2lrgb(o3.r), g3 = rgb2lrgb(o3.g), b2 = rgb2lrgb(o3.b), y5 = xyz2lab((0.2225045 * r2 + 0.7168786 * g3 + 0.0606169 * b2) / Yn), x5, z3;
  if (r2 === g3 && g3 === b2) x5 = z3 = y5;
  else {
    x5 = xyz2lab((0.4360747 * r2 + 0.3850649 * g3 + 0.1430804 * b2) / Xn);
    z3 = xyz2lab((0.0139322 * r2 + 0.0971045 * g3 + 0.7141733 * b2) / Zn);
  }
  return new Lab(116 * y5 - 16, 500 * (x5 - y5), 200 * (y5 - z3), o3.opacity);
}
function lab(l3, a4, b2, opacity) {
  return arguments.length === 1 ? labConvert(l3) : new Lab(l3, a4, b2, opacity == null ? 1 : opacity);
}
function Lab(l3, a4, b2, opacity) {
  this.l = +l3;
  this.a = +a4;
  this.b = +b2;
  this.opacity = +opacity;
}
define(Lab, lab, extend(Color, {
  brighter(k4) {
    return new Lab(this.l + K2 * (k4 == null ? 1 : k4), this.a, this.b, this.opacity);
  },
  darker(k4) {
    return new Lab(this.l - K2 * (k4 == null ? 1 : k4), this.a, this.b, this.opacity);
  },
  rgb() {
    var y5 = (this.l + 16) / 116, x5 = isNaN(this.a) ? y5 : y5 + this.a / 500, z3 = isNaN(this.b) ? y5 : y5 - this.b / 200;
    x5 = Xn * lab2xyz(x5);
    y5 = Yn * lab2xyz(y5);
    z3 = Zn * lab2xyz(z3);
    return new Rgb(
      lrgb2rgb(3.1338561 * x5 - 1.6168667 * y5 - 0.4906146 * z3),
      lrgb2rgb(-0.9787684 * x5 + 1.9161415 * y5 + 0.033454 * z3),
      lrgb2rgb(0.0719453 * x5 - 0.2289914 * y5 + 1.4052427 * z3),
      this.opacity
    );
  }
}));
function xyz2lab(t4) {
  return t4 > t3 ? Math.pow(t4, 1 / 3) : t4 / t22 + t0;
}
function lab2xyz(t4) {
  return t4 > t1 ? t4 * t4 * t4 : t22 * (t4 - t0);
}
function lrgb2rgb(x5) {
  return 255 * (x5 <= 31308e-7 ? 12.92 * x5 : 1.055 * Math.pow(x5, 1 / 2.4) - 0.055);
}
function rgb2lrgb(x5) {
  return (x5 /= 255) <= 0.04045 ? x5 / 12.92 : Math.pow((x5 + 0.055) / 1.055, 2.4);
}
function hclConvert(o3) {
  if (o3 instanceof Hcl) return new Hcl(o3.h, o3.c, o3.l, o3.opacity);
  if (!(o3 instanceof Lab)) o3 = labConvert(o3);
  if (o3.a === 0 && o3.b === 0) return new Hcl(NaN, 0 < o3.l && o3.l < 100 ? 0 : NaN, o3.l, o3.opacity);
  var h3 = Math.atan2(o3.b, o3.a) * degrees;
  return new Hcl(h3 < 0 ? h3 + 360 : h3, Math.sqrt(o3.a * o3.a + o3.b * o3.b), o3.l, o3.opacity);
}
function hcl(h3, c3, l3, opacity) {
  return arguments.length === 1 ? hclConvert(h3) : new Hcl(h3, c3, l3, opacity == null ? 1 : opacity);
}
function Hcl(h3, c3, l3, opacity) {
  this.h = +h3;
  this.c = +c3;
  this.l = +l3;
  this.opacity = +opacity;
}
function hcl2lab(o3) {
  if (isNaN(o3.h)) return new Lab(o3.l, 0, 0, o3.opacity);
  var h3 = o3.h * radians;
  return new Lab(o3.l, Math.cos(h3) * o3.c, Math.sin(h3) * o3.c, o3.opacity);
}
define(Hcl, hcl, extend(Color, {
  brighter(k4) {
    return new Hcl(this.h, this.c, this.l + K2 * (k4 == null ? 1 : k4), this.opacity);
  },
  darker(k4) {
    return new Hcl(this.h, this.c, this.l - K2 * (k4 == null ? 1 : k4), this.opacity);
  },
  rgb() {
    return hcl2lab(this).rgb();
  }
}));
var A2 = -0.14861;
var B3 = 1.78277;
var C2 = -0.29227;
var D2 = -0.90649;
var E2 = 1.97294;
var ED = E2 * D2;
var EB = E2 * B3;
var BC_DA = B3 * C2 - D2 * A2;
function cubehelixConvert(o3) {
  if (o3 instanceof Cubehelix) return new Cubehelix(o3.h, o3.s, o3.l, o3.opacity);
  if (!(o3 instanceof Rgb)) o3 = rgbConvert(o3);
  var r2 = o3.r / 255, g3 = o3.g / 255, b2 = o3.b / 255, l3 = (BC_DA * b2 + ED * r2 - EB * g3) / (BC_DA + ED - EB), bl = b2 - l3, k4 = (E2 * (g3 - l3) - C2 * bl) / D2, s4 = Math.sqrt(k4 * k4 + bl * bl) / (E2 * l3 * (1 - l3)), h3 = s4 ? Math.atan2(k4, bl) * degrees - 120 : NaN;
  return new Cubehelix(h3 < 0 ? h3 + 360 : h3, s4, l3, o3.opacity);
}
function cubehelix(h3, s4, l3, opacity) {
  return arguments.length === 1 ? cubehelixConvert(h3) : new Cubehelix(h3, s4, l3, opacity == null ? 1 : opacity);
}
function Cubehelix(h3, s4, l3, opacity) {
  this.h = +h3;
  this.s = +s4;
  this.l = +l3;
  this.opacity = +opacity;
}
define(Cubehelix, cubehelix, extend(Color, {
  brighter(k4) {
    k4 = k4 == null ? brighter : Math.pow(brighter, k4);
    return new Cubehelix(this.h, this.s, this.l * k4, this.opacity);
  },
  darker(k4) {
    k4 = k4 == null ? darker : Math.pow(darker, k4);
    return new Cubehelix(this.h, this.s, this.l * k4, this.opacity);
  },
  rgb() {
    var h3 = isNaN(this.h) ? 0 : (this.h + 120) * radians, l3 = +this.l, a4 = isNaN(this.s) ? 0 : this.s * l3 * (1 - l3), cosh2 = Math.cos(h3), sinh2 = Math.sin(h3);
    return new Rgb(
      255 * (l3 + a4 * (A2 * cosh2 + B3 * sinh2)),
      255 * (l3 + a4 * (C2 * cosh2 + D2 * sinh2)),
      255 * (l3 + a4 * (E2 * cosh2)),
      this.opacity
    );
  }
}));

// node_modules/d3-interpolate/dist/d3-interpolate.mjs
function basis(t12, v0, v1, v22, v3) {
  var t23 = t12 * t12, t32 = t23 * t12;
  return ((1 - 3 * t12 + 3 * t23 - t32) * v0 + (4 - 6 * t23 + 3 * t32) * v1 + (1 + 3 * t12 + 3 * t23 - 3 * t32) * v22 + t32 * v3) / 6;
}
function basis$1(values) {
  var n3 = values.length - 1;
  return function(t4) {
    var i3 = t4 <= 0 ? t4 = 0 : t4 >= 1 ? (t4 = 1, n3 - 1) : Math.floor(t4 * n3), v1 = values[i3], v22 = values[i3 + 1], v0 = i3 > 0 ? values[i3 - 1] : 2 * v1 - v22, v3 = i3 < n3 - 1 ? values[i3 + 2] : 2 * v22 - v1;
    return basis((t4 - i3 / n3) * n3, v0, v1, v22, v3);
  };
}
function basisClosed(values) {
  var n3 = values.length;
  return function(t4) {
    var i3 = Math.floor(((t4 %= 1) < 0 ? ++t4 : t4) * n3), v0 = values[(i3 + n3 - 1) % n3], v1 = values[i3 % n3], v22 = values[(i3 + 1) % n3], v3 = values[(i3 + 2) % n3];
    return basis((t4 - i3 / n3) * n3, v0, v1, v22, v3);
  };
}
var constant2 = (x5) => () => x5;
function linear(a4, d3) {
  return function(t4) {
    return a4 + t4 * d3;
  };
}
function exponential(a4, b2, y5) {
  return a4 = Math.pow(a4, y5), b2 = Math.pow(b2, y5) - a4, y5 = 1 / y5, function(t4) {
    return Math.pow(a4 + t4 * b2, y5);
  };
}
function hue$1(a4, b2) {
  var d3 = b2 - a4;
  return d3 ? linear(a4, d3 > 180 || d3 < -180 ? d3 - 360 * Math.round(d3 / 360) : d3) : constant2(isNaN(a4) ? b2 : a4);
}
function gamma(y5) {
  return (y5 = +y5) === 1 ? nogamma : function(a4, b2) {
    return b2 - a4 ? exponential(a4, b2, y5) : constant2(isNaN(a4) ? b2 : a4);
  };
}
function nogamma(a4, b2) {
  var d3 = b2 - a4;
  return d3 ? linear(a4, d3) : constant2(isNaN(a4) ? b2 : a4);
}
var rgb2 = (function rgbGamma(y5) {
  var color2 = gamma(y5);
  function rgb3(start, end) {
    var r2 = color2((start = rgb(start)).r, (end = rgb(end)).r), g3 = color2(start.g, end.g), b2 = color2(start.b, end.b), opacity = nogamma(start.opacity, end.opacity);
    return function(t4) {
      start.r = r2(t4);
      start.g = g3(t4);
      start.b = b2(t4);
      start.opacity = opacity(t4);
      return start + "";
    };
  }
  rgb3.gamma = rgbGamma;
  return rgb3;
})(1);
function rgbSpline(spline) {
  return function(colors) {
    var n3 = colors.length, r2 = new Array(n3), g3 = new Array(n3), b2 = new Array(n3), i3, color2;
    for (i3 = 0; i3 < n3; ++i3) {
      color2 = rgb(colors[i3]);
      r2[i3] = color2.r || 0;
      g3[i3] = color2.g || 0;
      b2[i3] = color2.b || 0;
    }
    r2 = spline(r2);
    g3 = spline(g3);
    b2 = spline(b2);
    color2.opacity = 1;
    return function(t4) {
      color2.r = r2(t4);
      color2.g = g3(t4);
      color2.b = b2(t4);
      return color2 + "";
    };
  };
}
var rgbBasis = rgbSpline(basis$1);
var rgbBasisClosed = rgbSpline(basisClosed);
function numberArray(a4, b2) {
  if (!b2) b2 = [];
  var n3 = a4 ? Math.min(b2.length, a4.length) : 0, c3 = b2.slice(), i3;
  return function(t4) {
    for (i3 = 0; i3 < n3; ++i3) c3[i3] = a4[i3] * (1 - t4) + b2[i3] * t4;
    return c3;
  };
}
function isNumberArray(x5) {
  return ArrayBuffer.isView(x5) && !(x5 instanceof DataView);
}
function genericArray(a4, b2) {
  var nb = b2 ? b2.length : 0, na = a4 ? Math.min(nb, a4.length) : 0, x5 = new Array(na), c3 = new Array(nb), i3;
  for (i3 = 0; i3 < na; ++i3) x5[i3] = value(a4[i3], b2[i3]);
  for (; i3 < nb; ++i3) c3[i3] = b2[i3];
  return function(t4) {
    for (i3 = 0; i3 < na; ++i3) c3[i3] = x5[i3](t4);
    return c3;
  };
}
function date(a4, b2) {
  var d3 = /* @__PURE__ */ new Date();
  return a4 = +a4, b2 = +b2, function(t4) {
    return d3.setTime(a4 * (1 - t4) + b2 * t4), d3;
  };
}
function number2(a4, b2) {
  return a4 = +a4, b2 = +b2, function(t4) {
    return a4 * (1 - t4) + b2 * t4;
  };
}
function object(a4, b2) {
  var i3 = {}, c3 = {}, k4;
  if (a4 === null || typeof a4 !== "object") a4 = {};
  if (b2 === null || typeof b2 !== "object") b2 = {};
  for (k4 in b2) {
    if (k4 in a4) {
      i3[k4] = value(a4[k4], b2[k4]);
    } else {
      c3[k4] = b2[k4];
    }
  }
  return function(t4) {
    for (k4 in i3) c3[k4] = i3[k4](t4);
    return c3;
  };
}
var reA = /[-+]?(?:\d+\.?\d*|\.?\d+)(?:[eE][-+]?\d+)?/g;
var reB = new RegExp(reA.source, "g");
function zero2(b2) {
  return function() {
    return b2;
  };
}
function one(b2) {
  return function(t4) {
    return b2(t4) + "";
  };
}
function string(a4, b2) {
  var bi = reA.lastIndex = reB.lastIndex = 0, am, bm, bs, i3 = -1, s4 = [], q3 = [];
  a4 = a4 + "", b2 = b2 + "";
  while ((am = reA.exec(a4)) && (bm = reB.exec(b2))) {
    if ((bs = bm.index) > bi) {
      bs = b2.slice(bi, bs);
      if (s4[i3]) s4[i3] += bs;
      else s4[++i3] = bs;
    }
    if ((am = am[0]) === (bm = bm[0])) {
      if (s4[i3]) s4[i3] += bm;
      else s4[++i3] = bm;
    } else {
      s4[++i3] = null;
      q3.push({ i: i3, x: number2(am, bm) });
    }
    bi = reB.lastIndex;
  }
  if (bi < b2.length) {
    bs = b2.slice(bi);
    if (s4[i3]) s4[i3] += bs;
    else s4[++i3] = bs;
  }
  return s4.length < 2 ? q3[0] ? one(q3[0].x) : zero2(b2) : (b2 = q3.length, function(t4) {
    for (var i4 = 0, o3; i4 < b2; ++i4) s4[(o3 = q3[i4]).i] = o3.x(t4);
    return s4.join("");
  });
}
function value(a4, b2) {
  var t4 = typeof b2, c3;
  return b2 == null || t4 === "boolean" ? constant2(b2) : (t4 === "number" ? number2 : t4 === "string" ? (c3 = color(b2)) ? (b2 = c3, rgb2) : string : b2 instanceof color ? rgb2 : b2 instanceof Date ? date : isNumberArray(b2) ? numberArray : Array.isArray(b2) ? genericArray : typeof b2.valueOf !== "function" && typeof b2.toString !== "function" || isNaN(b2) ? object : number2)(a4, b2);
}
function round(a4, b2) {
  return a4 = +a4, b2 = +b2, function(t4) {
    return Math.round(a4 * (1 - t4) + b2 * t4);
  };
}
var degrees2 = 180 / Math.PI;
var identity = {
  translateX: 0,
  translateY: 0,
  rotate: 0,
  skewX: 0,
  scaleX: 1,
  scaleY: 1
};
function decompose(a4, b2, c3, d3, e3, f3) {
  var scaleX, scaleY, skewX;
  if (scaleX = Math.sqrt(a4 * a4 + b2 * b2)) a4 /= scaleX, b2 /= scaleX;
  if (skewX = a4 * c3 + b2 * d3) c3 -= a4 * skewX, d3 -= b2 * skewX;
  if (scaleY = Math.sqrt(c3 * c3 + d3 * d3)) c3 /= scaleY, d3 /= scaleY, skewX /= scaleY;
  if (a4 * d3 < b2 * c3) a4 = -a4, b2 = -b2, skewX = -skewX, scaleX = -scaleX;
  return {
    translateX: e3,
    translateY: f3,
    rotate: Math.atan2(b2, a4) * degrees2,
    skewX: Math.atan(skewX) * degrees2,
    scaleX,
    scaleY
  };
}
var svgNode;
function parseCss(value2) {
  const m4 = new (typeof DOMMatrix === "function" ? DOMMatrix : WebKitCSSMatrix)(value2 + "");
  return m4.isIdentity ? identity : decompose(m4.a, m4.b, m4.c, m4.d, m4.e, m4.f);
}
function parseSvg(value2) {
  if (value2 == null) return identity;
  if (!svgNode) svgNode = document.createElementNS("http://www.w3.org/2000/svg", "g");
  svgNode.setAttribute("transform", value2);
  if (!(value2 = svgNode.transform.baseVal.consolidate())) return identity;
  value2 = value2.matrix;
  return decompose(value2.a, value2.b, value2.c, value2.d, value2.e, value2.f);
}
function interpolateTransform(parse, pxComma, pxParen, degParen) {
  function pop(s4) {
    return s4.length ? s4.pop() + " " : "";
  }
  function translate(xa, ya, xb, yb, s4, q3) {
    if (xa !== xb || ya !== yb) {
      var i3 = s4.push("translate(", null, pxComma, null, pxParen);
      q3.push({ i: i3 - 4, x: number2(xa, xb) }, { i: i3 - 2, x: number2(ya, yb) });
    } else if (xb || yb) {
      s4.push("translate(" + xb + pxComma + yb + pxParen);
    }
  }
  function rotate(a4, b2, s4, q3) {
    if (a4 !== b2) {
      if (a4 - b2 > 180) b2 += 360;
      else if (b2 - a4 > 180) a4 += 360;
      q3.push({ i: s4.push(pop(s4) + "rotate(", null, degParen) - 2, x: number2(a4, b2) });
    } else if (b2) {
      s4.push(pop(s4) + "rotate(" + b2 + degParen);
    }
  }
  function skewX(a4, b2, s4, q3) {
    if (a4 !== b2) {
      q3.push({ i: s4.push(pop(s4) + "skewX(", null, degParen) - 2, x: number2(a4, b2) });
    } else if (b2) {
      s4.push(pop(s4) + "skewX(" + b2 + degParen);
    }
  }
  function scale(xa, ya, xb, yb, s4, q3) {
    if (xa !== xb || ya !== yb) {
      var i3 = s4.push(pop(s4) + "scale(", null, ",", null, ")");
      q3.push({ i: i3 - 4, x: number2(xa, xb) }, { i: i3 - 2, x: number2(ya, yb) });
    } else if (xb !== 1 || yb !== 1) {
      s4.push(pop(s4) + "scale(" + xb + "," + yb + ")");
    }
  }
  return function(a4, b2) {
    var s4 = [], q3 = [];
    a4 = parse(a4), b2 = parse(b2);
    translate(a4.translateX, a4.translateY, b2.translateX, b2.translateY, s4, q3);
    rotate(a4.rotate, b2.rotate, s4, q3);
    skewX(a4.skewX, b2.skewX, s4, q3);
    scale(a4.scaleX, a4.scaleY, b2.scaleX, b2.scaleY, s4, q3);
    a4 = b2 = null;
    return function(t4) {
      var i3 = -1, n3 = q3.length, o3;
      while (++i3 < n3) s4[(o3 = q3[i3]).i] = o3.x(t4);
      return s4.join("");
    };
  };
}
var interpolateTransformCss = interpolateTransform(parseCss, "px, ", "px)", "deg)");
var interpolateTransformSvg = interpolateTransform(parseSvg, ", ", ")", ")");
var epsilon22 = 1e-12;
function cosh(x5) {
  return ((x5 = Math.exp(x5)) + 1 / x5) / 2;
}
function sinh(x5) {
  return ((x5 = Math.exp(x5)) - 1 / x5) / 2;
}
function tanh(x5) {
  return ((x5 = Math.exp(2 * x5)) - 1) / (x5 + 1);
}
var zoom = (function zoomRho(rho, rho2, rho4) {
  function zoom2(p0, p1) {
    var ux0 = p0[0], uy0 = p0[1], w0 = p0[2], ux1 = p1[0], uy1 = p1[1], w1 = p1[2], dx = ux1 - ux0, dy = uy1 - uy0, d22 = dx * dx + dy * dy, i3, S2;
    if (d22 < epsilon22) {
      S2 = Math.log(w1 / w0) / rho;
      i3 = function(t4) {
        return [
          ux0 + t4 * dx,
          uy0 + t4 * dy,
          w0 * Math.exp(rho * t4 * S2)
        ];
      };
    } else {
      var d1 = Math.sqrt(d22), b0 = (w1 * w1 - w0 * w0 + rho4 * d22) / (2 * w0 * rho2 * d1), b1 = (w1 * w1 - w0 * w0 - rho4 * d22) / (2 * w1 * rho2 * d1), r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0), r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
      S2 = (r1 - r0) / rho;
      i3 = function(t4) {
        var s4 = t4 * S2, coshr0 = cosh(r0), u3 = w0 / (rho2 * d1) * (coshr0 * tanh(rho * s4 + r0) - sinh(r0));
        return [
          ux0 + u3 * dx,
          uy0 + u3 * dy,
          w0 * coshr0 / cosh(rho * s4 + r0)
        ];
      };
    }
    i3.duration = Math.abs(S2) * 1e3 * rho / Math.SQRT2;
    return i3;
  }
  zoom2.rho = function(_3) {
    var _1 = Math.max(1e-3, +_3), _22 = _1 * _1, _4 = _22 * _22;
    return zoomRho(_1, _22, _4);
  };
  return zoom2;
})(Math.SQRT2, 2, 4);
function hsl2(hue) {
  return function(start, end) {
    var h3 = hue((start = hsl(start)).h, (end = hsl(end)).h), s4 = nogamma(start.s, end.s), l3 = nogamma(start.l, end.l), opacity = nogamma(start.opacity, end.opacity);
    return function(t4) {
      start.h = h3(t4);
      start.s = s4(t4);
      start.l = l3(t4);
      start.opacity = opacity(t4);
      return start + "";
    };
  };
}
var hsl_default = hsl2(hue$1);
var hslLong = hsl2(nogamma);
function hcl2(hue) {
  return function(start, end) {
    var h3 = hue((start = hcl(start)).h, (end = hcl(end)).h), c3 = nogamma(start.c, end.c), l3 = nogamma(start.l, end.l), opacity = nogamma(start.opacity, end.opacity);
    return function(t4) {
      start.h = h3(t4);
      start.c = c3(t4);
      start.l = l3(t4);
      start.opacity = opacity(t4);
      return start + "";
    };
  };
}
var hcl_default = hcl2(hue$1);
var hclLong = hcl2(nogamma);
function cubehelix2(hue) {
  return (function cubehelixGamma(y5) {
    y5 = +y5;
    function cubehelix3(start, end) {
      var h3 = hue((start = cubehelix(start)).h, (end = cubehelix(end)).h), s4 = nogamma(start.s, end.s), l3 = nogamma(start.l, end.l), opacity = nogamma(start.opacity, end.opacity);
      return function(t4) {
        start.h = h3(t4);
        start.s = s4(t4);
        start.l = l3(Math.pow(t4, y5));
        start.opacity = opacity(t4);
        return start + "";
      };
    }
    cubehelix3.gamma = cubehelixGamma;
    return cubehelix3;
  })(1);
}
var cubehelix_default = cubehelix2(hue$1);
var cubehelixLong = cubehelix2(nogamma);

// node_modules/d3-format/dist/d3-format.mjs
function formatDecimal(x5) {
  return Math.abs(x5 = Math.round(x5)) >= 1e21 ? x5.toLocaleString("en").replace(/,/g, "") : x5.toString(10);
}
function formatDecimalParts(x5, p3) {
  if (!isFinite(x5) || x5 === 0) return null;
  var i3 = (x5 = p3 ? x5.toExponential(p3 - 1) : x5.toExponential()).indexOf("e"), coefficient = x5.slice(0, i3);
  return [
    coefficient.length > 1 ? coefficient[0] + coefficient.slice(2) : coefficient,
    +x5.slice(i3 + 1)
  ];
}
function exponent(x5) {
  return x5 = formatDecimalParts(Math.abs(x5)), x5 ? x5[1] : NaN;
}
function formatGroup(grouping, thousands) {
  return function(value2, width) {
    var i3 = value2.length, t4 = [], j3 = 0, g3 = grouping[0], length = 0;
    while (i3 > 0 && g3 > 0) {
      if (length + g3 + 1 > width) g3 = Math.max(1, width - length);
      t4.push(value2.substring(i3 -= g3, i3 + g3));
      if ((length += g3 + 1) > width) break;
      g3 = grouping[j3 = (j3 + 1) % grouping.length];
    }
    return t4.reverse().join(thousands);
  };
}
function formatNumerals(numerals) {
  return function(value2) {
    return value2.replace(/[0-9]/g, function(i3) {
      return numerals[+i3];
    });
  };
}
var re = /^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i;
function formatSpecifier(specifier) {
  if (!(match = re.exec(specifier))) throw new Error("invalid format: " + specifier);
  var match;
  return new FormatSpecifier({
    fill: match[1],
    align: match[2],
    sign: match[3],
    symbol: match[4],
    zero: match[5],
    width: match[6],
    comma: match[7],
    precision: match[8] && match[8].slice(1),
    trim: match[9],
    type: match[10]
  });
}
formatSpecifier.prototype = FormatSpecifier.prototype;
function FormatSpecifier(specifier) {
  this.fill = specifier.fill === void 0 ? " " : specifier.fill + "";
  this.align = specifier.align === void 0 ? ">" : specifier.align + "";
  this.sign = specifier.sign === void 0 ? "-" : specifier.sign + "";
  this.symbol = specifier.symbol === void 0 ? "" : specifier.symbol + "";
  this.zero = !!specifier.zero;
  this.width = specifier.width === void 0 ? void 0 : +specifier.width;
  this.comma = !!specifier.comma;
  this.precision = specifier.precision === void 0 ? void 0 : +specifier.precision;
  this.trim = !!specifier.trim;
  this.type = specifier.type === void 0 ? "" : specifier.type + "";
}
FormatSpecifier.prototype.toString = function() {
  return this.fill + this.align + this.sign + this.symbol + (this.zero ? "0" : "") + (this.width === void 0 ? "" : Math.max(1, this.width | 0)) + (this.comma ? "," : "") + (this.precision === void 0 ? "" : "." + Math.max(0, this.precision | 0)) + (this.trim ? "~" : "") + this.type;
};
function formatTrim(s4) {
  out: for (var n3 = s4.length, i3 = 1, i0 = -1, i1; i3 < n3; ++i3) {
    switch (s4[i3]) {
      case ".":
        i0 = i1 = i3;
        break;
      case "0":
        if (i0 === 0) i0 = i3;
        i1 = i3;
        break;
      default:
        if (!+s4[i3]) break out;
        if (i0 > 0) i0 = 0;
        break;
    }
  }
  return i0 > 0 ? s4.slice(0, i0) + s4.slice(i1 + 1) : s4;
}
var prefixExponent;
function formatPrefixAuto(x5, p3) {
  var d3 = formatDecimalParts(x5, p3);
  if (!d3) return prefixExponent = void 0, x5.toPrecision(p3);
  var coefficient = d3[0], exponent2 = d3[1], i3 = exponent2 - (prefixExponent = Math.max(-8, Math.min(8, Math.floor(exponent2 / 3))) * 3) + 1, n3 = coefficient.length;
  return i3 === n3 ? coefficient : i3 > n3 ? coefficient + new Array(i3 - n3 + 1).join("0") : i3 > 0 ? coefficient.slice(0, i3) + "." + coefficient.slice(i3) : "0." + new Array(1 - i3).join("0") + formatDecimalParts(x5, Math.max(0, p3 + i3 - 1))[0];
}
function formatRounded(x5, p3) {
  var d3 = formatDecimalParts(x5, p3);
  if (!d3) return x5 + "";
  var coefficient = d3[0], exponent2 = d3[1];
  return exponent2 < 0 ? "0." + new Array(-exponent2).join("0") + coefficient : coefficient.length > exponent2 + 1 ? coefficient.slice(0, exponent2 + 1) + "." + coefficient.slice(exponent2 + 1) : coefficient + new Array(exponent2 - coefficient.length + 2).join("0");
}
var formatTypes = {
  "%": (x5, p3) => (x5 * 100).toFixed(p3),
  "b": (x5) => Math.round(x5).toString(2),
  "c": (x5) => x5 + "",
  "d": formatDecimal,
  "e": (x5, p3) => x5.toExponential(p3),
  "f": (x5, p3) => x5.toFixed(p3),
  "g": (x5, p3) => x5.toPrecision(p3),
  "o": (x5) => Math.round(x5).toString(8),
  "p": (x5, p3) => formatRounded(x5 * 100, p3),
  "r": formatRounded,
  "s": formatPrefixAuto,
  "X": (x5) => Math.round(x5).toString(16).toUpperCase(),
  "x": (x5) => Math.round(x5).toString(16)
};
function identity2(x5) {
  return x5;
}
var map = Array.prototype.map;
var prefixes = ["y", "z", "a", "f", "p", "n", "µ", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y"];
function formatLocale(locale2) {
  var group = locale2.grouping === void 0 || locale2.thousands === void 0 ? identity2 : formatGroup(map.call(locale2.grouping, Number), locale2.thousands + ""), currencyPrefix = locale2.currency === void 0 ? "" : locale2.currency[0] + "", currencySuffix = locale2.currency === void 0 ? "" : locale2.currency[1] + "", decimal = locale2.decimal === void 0 ? "." : locale2.decimal + "", numerals = locale2.numerals === void 0 ? identity2 : formatNumerals(map.call(locale2.numerals, String)), percent = locale2.percent === void 0 ? "%" : locale2.percent + "", minus = locale2.minus === void 0 ? "−" : locale2.minus + "", nan = locale2.nan === void 0 ? "NaN" : locale2.nan + "";
  function newFormat(specifier, options) {
    specifier = formatSpecifier(specifier);
    var fill = specifier.fill, align = specifier.align, sign2 = specifier.sign, symbol = specifier.symbol, zero3 = specifier.zero, width = specifier.width, comma = specifier.comma, precision = specifier.precision, trim = specifier.trim, type = specifier.type;
    if (type === "n") comma = true, type = "g";
    else if (!formatTypes[type]) precision === void 0 && (precision = 12), trim = true, type = "g";
    if (zero3 || fill === "0" && align === "=") zero3 = true, fill = "0", align = "=";
    var prefix = (options && options.prefix !== void 0 ? options.prefix : "") + (symbol === "$" ? currencyPrefix : symbol === "#" && /[boxX]/.test(type) ? "0" + type.toLowerCase() : ""), suffix = (symbol === "$" ? currencySuffix : /[%p]/.test(type) ? percent : "") + (options && options.suffix !== void 0 ? options.suffix : "");
    var formatType = formatTypes[type], maybeSuffix = /[defgprs%]/.test(type);
    precision = precision === void 0 ? 6 : /[gprs]/.test(type) ? Math.max(1, Math.min(21, precision)) : Math.max(0, Math.min(20, precision));
    function format2(value2) {
      var valuePrefix = prefix, valueSuffix = suffix, i3, n3, c3;
      if (type === "c") {
        valueSuffix = formatType(value2) + valueSuffix;
        value2 = "";
      } else {
        value2 = +value2;
        var valueNegative = value2 < 0 || 1 / value2 < 0;
        value2 = isNaN(value2) ? nan : formatType(Math.abs(value2), precision);
        if (trim) value2 = formatTrim(value2);
        if (valueNegative && +value2 === 0 && sign2 !== "+") valueNegative = false;
        valuePrefix = (valueNegative ? sign2 === "(" ? sign2 : minus : sign2 === "-" || sign2 === "(" ? "" : sign2) + valuePrefix;
        valueSuffix = (type === "s" && !isNaN(value2) && prefixExponent !== void 0 ? prefixes[8 + prefixExponent / 3] : "") + valueSuffix + (valueNegative && sign2 === "(" ? ")" : "");
        if (maybeSuffix) {
          i3 = -1, n3 = value2.length;
          while (++i3 < n3) {
            if (c3 = value2.charCodeAt(i3), 48 > c3 || c3 > 57) {
              valueSuffix = (c3 === 46 ? decimal + value2.slice(i3 + 1) : value2.slice(i3)) + valueSuffix;
              value2 = value2.slice(0, i3);
              break;
            }
          }
        }
      }
      if (comma && !zero3) value2 = group(value2, Infinity);
      var length = valuePrefix.length + value2.length + valueSuffix.length, padding = length < width ? new Array(width - length + 1).join(fill) : "";
      if (comma && zero3) value2 = group(padding + value2, padding.length ? width - valueSuffix.length : Infinity), padding = "";
      switch (align) {
        case "<":
          value2 = valuePrefix + value2 + valueSuffix + padding;
          break;
        case "=":
          value2 = valuePrefix + padding + value2 + valueSuffix;
          break;
        case "^":
          value2 = padding.slice(0, length = padding.length >> 1) + valuePrefix + value2 + valueSuffix + padding.slice(length);
          break;
        default:
          value2 = padding + valuePrefix + value2 + valueSuffix;
          break;
      }
      return numerals(value2);
    }
    format2.toString = function() {
      return specifier + "";
    };
    return format2;
  }
  function formatPrefix2(specifier, value2) {
    var e3 = Math.max(-8, Math.min(8, Math.floor(exponent(value2) / 3))) * 3, k4 = Math.pow(10, -e3), f3 = newFormat((specifier = formatSpecifier(specifier), specifier.type = "f", specifier), { suffix: prefixes[8 + e3 / 3] });
    return function(value3) {
      return f3(k4 * value3);
    };
  }
  return {
    format: newFormat,
    formatPrefix: formatPrefix2
  };
}
var locale;
var format;
var formatPrefix;
defaultLocale({
  thousands: ",",
  grouping: [3],
  currency: ["$", ""]
});
function defaultLocale(definition) {
  locale = formatLocale(definition);
  format = locale.format;
  formatPrefix = locale.formatPrefix;
  return locale;
}
function precisionFixed(step) {
  return Math.max(0, -exponent(Math.abs(step)));
}
function precisionPrefix(step, value2) {
  return Math.max(0, Math.max(-8, Math.min(8, Math.floor(exponent(value2) / 3))) * 3 - exponent(Math.abs(step)));
}
function precisionRound(step, max) {
  step = Math.abs(step), max = Math.abs(max) - step;
  return Math.max(0, exponent(max) - exponent(step)) + 1;
}

// node_modules/d3-scale/dist/d3-scale.mjs
function initRange(domain, range2) {
  switch (arguments.length) {
    case 0:
      break;
    case 1:
      this.range(domain);
      break;
    default:
      this.range(range2).domain(domain);
      break;
  }
  return this;
}
function constants(x5) {
  return function() {
    return x5;
  };
}
function number$1(x5) {
  return +x5;
}
var unit = [0, 1];
function identity$1(x5) {
  return x5;
}
function normalize(a4, b2) {
  return (b2 -= a4 = +a4) ? function(x5) {
    return (x5 - a4) / b2;
  } : constants(isNaN(b2) ? NaN : 0.5);
}
function clamper(a4, b2) {
  var t4;
  if (a4 > b2) t4 = a4, a4 = b2, b2 = t4;
  return function(x5) {
    return Math.max(a4, Math.min(b2, x5));
  };
}
function bimap(domain, range2, interpolate) {
  var d0 = domain[0], d1 = domain[1], r0 = range2[0], r1 = range2[1];
  if (d1 < d0) d0 = normalize(d1, d0), r0 = interpolate(r1, r0);
  else d0 = normalize(d0, d1), r0 = interpolate(r0, r1);
  return function(x5) {
    return r0(d0(x5));
  };
}
function polymap(domain, range2, interpolate) {
  var j3 = Math.min(domain.length, range2.length) - 1, d3 = new Array(j3), r2 = new Array(j3), i3 = -1;
  if (domain[j3] < domain[0]) {
    domain = domain.slice().reverse();
    range2 = range2.slice().reverse();
  }
  while (++i3 < j3) {
    d3[i3] = normalize(domain[i3], domain[i3 + 1]);
    r2[i3] = interpolate(range2[i3], range2[i3 + 1]);
  }
  return function(x5) {
    var i4 = bisectRight(domain, x5, 1, j3) - 1;
    return r2[i4](d3[i4](x5));
  };
}
function copy$1(source, target) {
  return target.domain(source.domain()).range(source.range()).interpolate(source.interpolate()).clamp(source.clamp()).unknown(source.unknown());
}
function transformer$2() {
  var domain = unit, range2 = unit, interpolate$1 = value, transform, untransform, unknown, clamp = identity$1, piecewise2, output, input;
  function rescale() {
    var n3 = Math.min(domain.length, range2.length);
    if (clamp !== identity$1) clamp = clamper(domain[0], domain[n3 - 1]);
    piecewise2 = n3 > 2 ? polymap : bimap;
    output = input = null;
    return scale;
  }
  function scale(x5) {
    return x5 == null || isNaN(x5 = +x5) ? unknown : (output || (output = piecewise2(domain.map(transform), range2, interpolate$1)))(transform(clamp(x5)));
  }
  scale.invert = function(y5) {
    return clamp(untransform((input || (input = piecewise2(range2, domain.map(transform), number2)))(y5)));
  };
  scale.domain = function(_3) {
    return arguments.length ? (domain = Array.from(_3, number$1), rescale()) : domain.slice();
  };
  scale.range = function(_3) {
    return arguments.length ? (range2 = Array.from(_3), rescale()) : range2.slice();
  };
  scale.rangeRound = function(_3) {
    return range2 = Array.from(_3), interpolate$1 = round, rescale();
  };
  scale.clamp = function(_3) {
    return arguments.length ? (clamp = _3 ? true : identity$1, rescale()) : clamp !== identity$1;
  };
  scale.interpolate = function(_3) {
    return arguments.length ? (interpolate$1 = _3, rescale()) : interpolate$1;
  };
  scale.unknown = function(_3) {
    return arguments.length ? (unknown = _3, scale) : unknown;
  };
  return function(t4, u3) {
    transform = t4, untransform = u3;
    return rescale();
  };
}
function continuous() {
  return transformer$2()(identity$1, identity$1);
}
function tickFormat(start, stop, count, specifier) {
  var step = tickStep(start, stop, count), precision;
  specifier = formatSpecifier(specifier == null ? ",f" : specifier);
  switch (specifier.type) {
    case "s": {
      var value2 = Math.max(Math.abs(start), Math.abs(stop));
      if (specifier.precision == null && !isNaN(precision = precisionPrefix(step, value2))) specifier.precision = precision;
      return formatPrefix(specifier, value2);
    }
    case "":
    case "e":
    case "g":
    case "p":
    case "r": {
      if (specifier.precision == null && !isNaN(precision = precisionRound(step, Math.max(Math.abs(start), Math.abs(stop))))) specifier.precision = precision - (specifier.type === "e");
      break;
    }
    case "f":
    case "%": {
      if (specifier.precision == null && !isNaN(precision = precisionFixed(step))) specifier.precision = precision - (specifier.type === "%") * 2;
      break;
    }
  }
  return format(specifier);
}
function linearish(scale) {
  var domain = scale.domain;
  scale.ticks = function(count) {
    var d3 = domain();
    return ticks(d3[0], d3[d3.length - 1], count == null ? 10 : count);
  };
  scale.tickFormat = function(count, specifier) {
    var d3 = domain();
    return tickFormat(d3[0], d3[d3.length - 1], count == null ? 10 : count, specifier);
  };
  scale.nice = function(count) {
    if (count == null) count = 10;
    var d3 = domain();
    var i0 = 0;
    var i1 = d3.length - 1;
    var start = d3[i0];
    var stop = d3[i1];
    var prestep;
    var step;
    var maxIter = 10;
    if (stop < start) {
      step = start, start = stop, stop = step;
      step = i0, i0 = i1, i1 = step;
    }
    while (maxIter-- > 0) {
      step = tickIncrement(start, stop, count);
      if (step === prestep) {
        d3[i0] = start;
        d3[i1] = stop;
        return domain(d3);
      } else if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else {
        break;
      }
      prestep = step;
    }
    return scale;
  };
  return scale;
}
function linear2() {
  var scale = continuous();
  scale.copy = function() {
    return copy$1(scale, linear2());
  };
  initRange.apply(scale, arguments);
  return linearish(scale);
}

// src/report/dashboard/sparkline.ts
var WIDTH = 120;
var HEIGHT = 28;
var PAD = 3;
var x4 = linear2().range([PAD, WIDTH - PAD]);
var y4 = linear2().range([HEIGHT - PAD, PAD]);
var drawLine = line().x((p3) => x4(p3.at)).y((p3) => y4(p3.value));
function sparkline({ series, target, label }) {
  const points = series.flatMap((p3) => p3.value === null ? [] : [{ at: Date.parse(p3.at), value: p3.value }]);
  if (points.length < 2) return null;
  const values = points.map((p3) => p3.value);
  const low = Math.min(...values, target);
  const high = Math.max(...values, target);
  const spread = high - low || Math.abs(high) || 1;
  x4.domain([points[0].at, points[points.length - 1].at]);
  y4.domain([low - spread * 0.05, high + spread * 0.05]);
  const path2 = drawLine(points);
  const last = points[points.length - 1];
  const round2 = (n3) => n3.toFixed(1);
  return k(
    "svg",
    {
      class: "spark",
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      height: HEIGHT,
      role: "img",
      "aria-label": label,
      xmlns: "http://www.w3.org/2000/svg"
    },
    k("title", null, label),
    k("line", {
      class: "spark-target",
      x1: PAD,
      x2: WIDTH - PAD,
      y1: round2(y4(target)),
      y2: round2(y4(target))
    }),
    k("path", { class: "spark-line", d: path2 ?? "" }),
    k("circle", { class: "spark-last", cx: round2(x4(last.at)), cy: round2(y4(last.value)), r: 2 })
  );
}

// src/report/dashboard/sections.ts
var plain = (value2) => toPlainLine(value2 ?? "");
var statusBadge = (status2) => m2`<span class=${`status ${status2}`}>${status2}</span>`;
function scoreBar2(score2) {
  const percent = score2 === null ? 0 : Math.max(0, Math.min(100, Math.floor(score2 * 100 + 1e-9)));
  const label = `score ${formatScore(score2)}`;
  const bar = m2`<span class="bar" role="img" aria-label=${label}><span style=${`width:${percent}%`}></span></span>`;
  return m2`${bar}${" "}<strong>${formatScore(score2)}</strong>`;
}
function tableHead(...labels) {
  return m2`<thead>
    <tr>
      ${labels.map((label) => m2`<th scope="col">${label}</th>`)}
    </tr>
  </thead>`;
}
function companyObjectiveSection(objective2, lookup) {
  return m2`<section class="objective" id=${`objective-${plain(objective2.id)}`}>
    <header>
      <h3>${plain(objective2.title)}</h3>
      ${scoreBar2(objective2.score)} ${statusBadge(objective2.status)}
    </header>
    <p class="muted">${servedBy(objective2)}</p>
    ${objective2.contributions.length === 0 ? m2`<p class="warning">Uncovered: no team objective serves it.</p>` : m2`<div class="teams" dangerouslySetInnerHTML=${{ __html: contributionsHtml(objective2, lookup) }}></div>`}
  </section>`;
}
function servedBy(objective2) {
  const count = objective2.contributions.length;
  return `${plain(objective2.id)} · served by ${plural(count, "team objective")}`;
}
function contributionsHtml(objective2, lookup) {
  return objective2.contributions.map((c3) => O(contributionBlock(c3, lookup(c3.repository, c3.file)))).join("");
}
function staleBadge(report) {
  return m2`<span class="status at-risk" title="measured more than 7 days before this roll-up"
    >stale: measured ${formatInstant(report.asOf)}</span
  >`;
}
function contributionBlock(contribution, found) {
  const report = found?.report;
  const objective2 = report?.objectives.find((o3) => o3.id === contribution.objective);
  return m2`<article class="team">
    <h4>
      <span>${plain(contribution.team ?? contribution.repository)}</span>
      <span>${`· ${plain(contribution.title)}`}</span>
      ${scoreBar2(contribution.score)} ${statusBadge(contribution.status)}
      ${found?.stale ? m2`${" "}${staleBadge(found.report)}` : null}
    </h4>
    <div class="muted">${plain(contribution.repository)} · ${plain(contribution.file)}</div>
    ${objective2 ? keyResultTable(objective2, report) : null}
  </article>`;
}
function keyResultTable(objective2, report) {
  return m2`<table>
    ${tableHead("Key result", "Current", "Baseline → target", "Score", "Status", "Trend", "Forecast")}
    <tbody>
      ${objective2.keyResults.map((kr2) => keyResultRow(kr2, report))}
    </tbody>
  </table>`;
}
function keyResultRow(kr2, report) {
  const unit2 = plain(kr2.unit);
  const trend = sparkline({
    series: kr2.series ?? [],
    target: kr2.target,
    label: `${plain(kr2.title)}: trend this period`
  });
  return m2`<tr>
    <td>${plain(kr2.title)}${kr2.error ? m2`<div class="muted">${plain(kr2.error)}</div>` : null}</td>
    <td class="num">
      ${formatCurrent({ value: kr2.value, unit: unit2, target: kr2.target, dora: kr2.dora, unrecovered: kr2.unrecovered })}
    </td>
    <td class="num">
      ${formatBaselineTarget({ baseline: kr2.baseline, target: kr2.target, unit: unit2, direction: kr2.direction })}
    </td>
    <td class="num">${formatScore(kr2.score)}</td>
    <td>${statusBadge(kr2.status)}</td>
    <td>${trend ?? m2`<span class="muted">—</span>`}</td>
    <td>${forecastCell(kr2, unit2, report.period.end)}</td>
  </tr>`;
}
function forecastCell(kr2, unit2, periodEnd) {
  const forecast2 = kr2.forecast;
  if (!forecast2) return m2`<span class="muted">—</span>`;
  const text2 = `→ ${formatAgainst(forecast2.value, kr2.target, unit2)} by ${lastDay(periodEnd)}`;
  return m2`<span>${text2}</span>${" "}${statusBadge(forecast2.status)}`;
}
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function lastDay(endIso) {
  const last = new Date(Date.parse(endIso) - 1);
  return `${MONTHS[last.getUTCMonth()]} ${last.getUTCDate()}`;
}
function unalignedSection2(rollup) {
  if (rollup.unaligned.length === 0) return null;
  return m2`<section id="unaligned">
    <h2>Not aligned (${rollup.unaligned.length})</h2>
    <p class="muted">Team objectives that serve no company objective.</p>
    <table>
      ${tableHead("Team", "Objective", "Aligns to")}
      <tbody>
        ${rollup.unaligned.map(
    (u3) => m2`<tr>
              <td>${plain(u3.team ?? u3.repository)}</td>
              <td>${plain(u3.title)}</td>
              <td>${u3.alignsTo === null ? "nothing" : `${plain(u3.alignsTo)} (no such company objective)`}</td>
            </tr>`
  )}
      </tbody>
    </table>
  </section>`;
}
function uncoveredSection(rollup) {
  const uncovered = rollup.objectives.filter((o3) => o3.contributions.length === 0);
  if (uncovered.length === 0) return null;
  return m2`<section id="uncovered">
    <h2>Uncovered (${uncovered.length})</h2>
    <p class="muted">Company objectives no team objective serves.</p>
    <ul>
      ${uncovered.map((o3) => m2`<li><a href=${`#objective-${plain(o3.id)}`}>${plain(o3.title)}</a></li>`)}
    </ul>
  </section>`;
}
function reportsSection(rollup) {
  return m2`<section id="reports">
    <h2>Reports (${rollup.reports.length})</h2>
    <table>
      ${tableHead("Team", "Repository", "OKR file", "Measured", "Generated", "Freshness")}
      <tbody>
        ${rollup.reports.map(
    (r2) => m2`<tr>
              <td>${plain(r2.team ?? "—")}</td>
              <td>${plain(r2.repository)}</td>
              <td>${plain(r2.file)}</td>
              <td>${formatInstant(r2.asOf)}</td>
              <td>${formatInstant(r2.generatedAt)}</td>
              <td>${r2.stale ? m2`<span class="status at-risk">stale</span>` : "fresh"}</td>
            </tr>`
  )}
      </tbody>
    </table>
  </section>`;
}
function problemsSection(rollup) {
  if (rollup.findings.length === 0 && rollup.errors.length === 0) return null;
  return m2`<section id="problems">
    <h2>Findings and errors</h2>
    ${rollup.errors.length > 0 ? m2`<ul class="errors">
            ${rollup.errors.map((e3) => m2`<li><strong>${plain(e3.path)}</strong>: ${plain(e3.message)}</li>`)}
          </ul>` : null}
    ${rollup.findings.map((f3) => m2`<p class="warning"><strong>${f3.rule}</strong>: ${plain(f3.message)}</p>`)}
  </section>`;
}

// src/report/dashboard/render.ts
var SLOT = "\0objectives\0";
var DASHBOARD_GENERATOR = 'name="generator" content="okr-scorecard"';
var CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
function renderDashboard(view) {
  const { rollup } = view;
  const teams = new Map(
    view.reports.map(({ report }, i3) => [
      `${report.repository.toLowerCase()} ${report.file}`,
      { report, stale: rollup.reports[i3]?.stale ?? false }
    ])
  );
  const lookup = (repository, file) => teams.get(`${repository.toLowerCase()} ${file}`);
  const uncovered = rollup.objectives.filter((o3) => o3.contributions.length === 0).length;
  const stale = rollup.reports.filter((r2) => r2.stale).length;
  const title = `Company OKRs · ${toPlainLine(rollup.period.name)}`;
  const objectives = rollup.objectives.map((objective2) => O(companyObjectiveSection(objective2, lookup)));
  const page = m2`<html lang="en">
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
        <div class="headline"><span class="big">${scoreBar2(rollup.score)}</span> ${statusBadge(rollup.status)}</div>
        <ul class="tiles" aria-label="At a glance">
          <li><strong>${rollup.objectives.length}</strong> company objectives</li>
          <li><strong>${rollup.reports.length}</strong> team reports</li>
          <li><strong>${uncovered}</strong> uncovered</li>
          <li><strong>${rollup.unaligned.length}</strong> not aligned</li>
          <li><strong>${stale}</strong> stale</li>
          ${rollup.errors.length > 0 ? m2`<li><strong>${rollup.errors.length}</strong> unreadable</li>` : null}
        </ul>
      </header>
      <main>
        <h2>Company objectives</h2>
        ${rollup.objectives.length === 0 ? m2`<p>The company file has no objectives.</p>` : null}
        <div dangerouslySetInnerHTML=${{ __html: SLOT }}></div>
        ${uncoveredSection(rollup)} ${unalignedSection2(rollup)} ${reportsSection(rollup)} ${problemsSection(rollup)}
      </main>
      <footer class="muted">
        OKR Scorecard roll-up of ${toPlainLine(view.companyFile)} · generated ${formatInstant(rollup.generatedAt)}
      </footer>
    </body>
  </html>`;
  const [before, after, ...more] = O(page).split(SLOT);
  if (after === void 0 || more.length > 0) throw new Error("the dashboard page lost its objectives slot");
  return ["<!DOCTYPE html>\n", before, ...objectives, after, "\n"].join("");
}

// src/cli/output-file.ts
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { resolve } from "node:path";
var HEAD_BYTES = 4096;
function outputRefusal(target, options) {
  const path2 = resolve(options.cwd, target);
  const existing = statOrUndefined(path2);
  if (existing === void 0) return void 0;
  if (existing.isDirectory()) return "it is a directory: give a file name, e.g. dashboard.html";
  for (const input of options.inputs) {
    const stat = statOrUndefined(resolve(options.cwd, input));
    if (stat !== void 0 && stat.dev === existing.dev && stat.ino === existing.ino) {
      return `it is one of the files being rolled up (${input}): give another file to write`;
    }
  }
  if (options.force || wroteByUs(path2)) return void 0;
  return "the file exists and okr-scorecard did not write it: give a new file, or add --force to overwrite it";
}
function statOrUndefined(path2) {
  try {
    return statSync(path2);
  } catch {
    return void 0;
  }
}
function wroteByUs(path2) {
  let fd;
  try {
    fd = openSync(path2, "r");
    const head = Buffer.alloc(HEAD_BYTES);
    const length = readSync(fd, head, 0, HEAD_BYTES, 0);
    return head.subarray(0, length).toString("utf8").includes(DASHBOARD_GENERATOR);
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/cli/rollup.ts
async function runRollupCommand(command, io) {
  const target = command.html ?? "dashboard.html";
  if (command.format === "html" && target !== "-") {
    const inputs = [command.company, ...command.reports];
    const refusal = outputRefusal(target, { cwd: io.cwd, inputs, force: command.force });
    if (refusal !== void 0) {
      io.stderr(`okr-scorecard: --html ${escapeTerminal(target)}: ${refusal}
`);
      return 2;
    }
  }
  let companyText;
  try {
    companyText = await readFile(resolve2(io.cwd, command.company), "utf8");
  } catch {
    io.stderr(
      `okr-scorecard: ${escapeTerminal(command.company)}: no such file (give the company OKR file with --company)
`
    );
    return 2;
  }
  const result = await runRollup({
    companyFile: command.company,
    companyText,
    reportPaths: command.reports,
    readReport: (path2) => readFile(resolve2(io.cwd, path2), "utf8"),
    asOf: command.asOf ?? io.now,
    now: io.now
  });
  if (!result.ok) {
    for (const error of result.errors) io.stderr(`${escapeTerminal(formatOkrError(error))}
`);
    io.stderr(`okr-scorecard: ${escapeTerminal(command.company)} is not a valid OKR file
`);
    return 1;
  }
  const { view } = result;
  switch (command.format) {
    case "json":
      io.stdout(renderRollupJson(view.rollup));
      break;
    case "markdown":
      io.stdout(renderRollupMarkdown(view));
      break;
    case "html": {
      if (target === "-") {
        io.stdout(renderDashboard(view));
        break;
      }
      try {
        await writeFile(resolve2(io.cwd, target), renderDashboard(view), "utf8");
      } catch (error) {
        const reason = errorMessage(error);
        io.stderr(
          `okr-scorecard: --html ${escapeTerminal(target)}: the dashboard could not be written (${escapeTerminal(reason)})
`
        );
        return 1;
      }
      io.stdout(`Dashboard written to ${escapeTerminal(target)}
`);
      break;
    }
    case "terminal":
      io.stdout(renderRollupTerminal(view, { color: command.color }));
  }
  if (command.format === "json" || command.format === "html") {
    for (const error of view.rollup.errors) {
      io.stderr(`okr-scorecard: ${escapeTerminal(error.path)}: ${escapeTerminal(error.message)}
`);
    }
  }
  const nothing = nothingRolledUp(view.rollup, command.reports.length);
  if (nothing !== void 0) io.stderr(`okr-scorecard: ${nothing}
`);
  return view.rollup.errors.length > 0 || nothing !== void 0 ? 1 : 0;
}
export {
  runRollupCommand
};
