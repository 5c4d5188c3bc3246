import { createRequire as __okrCreateRequire } from 'node:module'; const require = __okrCreateRequire(import.meta.url);
import {
  UsageError,
  parseArgv,
  usageText
} from "./chunk-RSCN5P5O.js";
import {
  FileReadError,
  MAX_AGE_MS,
  OPTION_NAMES,
  coach,
  exitCodeFor,
  parseOption,
  parseOrReport,
  print,
  readMetrics,
  readRegularFile,
  scoreAndCoach,
  tryReadLocalFile
} from "./chunk-ABRF7K6B.js";
import {
  _enum,
  array,
  boolean,
  createRedactor,
  discriminatedUnion,
  escapeTerminal,
  formatOkrError,
  literal,
  literalRedactor,
  number,
  object,
  okrFileSchema,
  parseOkrFile,
  parseRepositoryName,
  plural,
  quoteInput,
  record,
  redactStrings,
  redactTokenShapes,
  string,
  toJSONSchema,
  union
} from "./chunk-GS5R3CAF.js";
import "./chunk-ISPPLLN4.js";

// src/github/cache/listing-cache.ts
import { createHash } from "node:crypto";

// src/github/cache/format.ts
var CACHE_FORMAT = 2;
var time = string().min(1);
var maybeTime = time.nullable();
var pagesSchema = object({ query: string(), etags: array(string()) });
var runColumnsSchema = object({
  strings: array(string().nullable()),
  id: array(number()),
  created: array(number().nullable()),
  updated: array(number().nullable()),
  started: array(number().nullable()),
  attempt: array(number().int().nonnegative()),
  status: array(number().int().nonnegative()),
  conclusion: array(number().int().nonnegative()),
  branch: array(number().int().nonnegative()),
  event: array(number().int().nonnegative())
}).refine((c) => {
  const n = c.id.length;
  const lengths = [c.created, c.updated, c.started, c.attempt, c.status, c.conclusion, c.branch, c.event];
  const indexes = [c.status, c.conclusion, c.branch, c.event].flat();
  return lengths.every((column) => column.length === n) && indexes.every((i) => i < c.strings.length);
}, "columns of different lengths, or a string index out of range");
var base = {
  /** Epoch ms of the read (the run's clock at its start): the next run reads what changed after it, less a minute. */
  readAt: number(),
  /** Epoch ms: the records cover everything the listing holds from here on. */
  since: number(),
  /** Requests the last full read of this listing took: what a run that reads only what changed saves. */
  fullRead: number().int().nonnegative()
};
var runsEntry = object({
  kind: literal("workflow-runs"),
  ...base,
  /** Days per part of the re-read (parts are aligned to multiples of it since 1970, so their queries repeat). */
  partDays: number().int().positive(),
  parts: array(pagesSchema),
  runs: runColumnsSchema
});
var statusSchema = object({ id: number(), state: string(), created_at: time });
var comparisonSchema = object({
  /** GitHub's `behind_by` (null: not known, or the comparison failed). */
  behindBy: number().int().nonnegative().nullable(),
  commits: array(object({ sha: string(), parents: number().int().nonnegative(), authoredAt: maybeTime }))
});
var deploymentsEntry = object({
  kind: literal("deployments"),
  ...base,
  api: _enum(["rest", "graphql"]),
  etag: string().nullable(),
  /** Whether the records reach back before `since` as lead time and recovery time need (reach-back.ts). */
  reachBack: boolean(),
  /** Comparisons of two shas as `base...head` (deliveries.ts): only those the last run's window needed. */
  compares: record(string(), comparisonSchema),
  deployments: array(
    object({
      id: union([number(), string()]),
      /** REST's id (GraphQL's node id is `id` when GraphQL read it), for its status listing; null until known. */
      restId: number().nullable(),
      created_at: time,
      environment: string(),
      sha: string().nullable(),
      statuses: array(statusSchema),
      statusEtag: string().nullable()
    })
  )
});
var issuesEntry = object({
  kind: literal("issues"),
  ...base,
  /** Whether every open issue was listed (a listing for `state: open`), however old. */
  openListed: boolean(),
  etag: string().nullable(),
  issues: array(
    object({
      number: number().int(),
      created_at: time,
      closed_at: maybeTime,
      state: string(),
      labels: array(string())
    })
  )
});
var pullsEntry = object({
  kind: literal("pull-requests"),
  ...base,
  etag: string().nullable(),
  pulls: array(object({ number: number().int(), created_at: time, merged_at: maybeTime, base: string() }))
});
var listingEntrySchema = discriminatedUnion("kind", [runsEntry, deploymentsEntry, issuesEntry, pullsEntry]);
var cacheFileSchema = object({
  format: literal(CACHE_FORMAT),
  /** sha256 of the repository and the token: a cache another token or repository wrote is not read. */
  owner: string(),
  /** Epoch ms. */
  writtenAt: number(),
  listings: record(string(), listingEntrySchema)
});

// src/github/cache/listing-cache.ts
function cacheOwner(repository, apiUrl) {
  return createHash("sha256").update(`okr-scorecard cache
${repository.toLowerCase()}
${githubOf(apiUrl)}`).digest("hex");
}
function githubOf(apiUrl) {
  const url = URL.parse(apiUrl);
  return url ? `${url.hostname}${url.pathname.replace(/\/+$/, "")}`.toLowerCase() : apiUrl;
}
var ListingCache = class _ListingCache {
  constructor(earlier, owner, now) {
    this.earlier = earlier;
    this.owner = owner;
    this.now = now;
  }
  earlier;
  owner;
  now;
  written = /* @__PURE__ */ new Map();
  /** An empty cache: every listing is read in full, then kept. */
  static empty(owner, now) {
    return new _ListingCache(/* @__PURE__ */ new Map(), owner, now);
  }
  /**
   * The cache `text` holds, if it is this owner's, of this format, younger than 7 days and whole; otherwise an
   * empty one, and `notice` says why (the full read that follows rewrites it).
   */
  static load(text, owner, now, notice) {
    if (text === null) return _ListingCache.empty(owner, now);
    const ignored = (why) => {
      notice(`The cache is ignored (${why}): every listing is read in full, and the cache written anew.`);
      return _ListingCache.empty(owner, now);
    };
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      return ignored("it is not readable JSON");
    }
    const format = json?.format;
    if (format !== CACHE_FORMAT)
      return ignored(`format ${String(format)}, not ${CACHE_FORMAT}: another version wrote it`);
    const parsed = cacheFileSchema.safeParse(json);
    if (!parsed.success) return ignored("it is not whole or not consistent");
    const file = parsed.data;
    if (file.owner !== owner) return ignored("it was written for another repository or GitHub");
    const age = now().getTime() - file.writtenAt;
    if (age > MAX_AGE_MS) return ignored("it is older than 7 days");
    if (age < -MAX_AGE_MS) return ignored("it was written in the future");
    for (const [key, entry] of Object.entries(file.listings)) {
      if (!key.startsWith(`${entry.kind} `)) return ignored("it is not consistent");
    }
    return new _ListingCache(new Map(Object.entries(file.listings)), owner, now);
  }
  /** What an earlier run kept of this listing, if it is of this kind. */
  entry(key, kind) {
    const entry = this.earlier.get(key);
    return entry?.kind === kind ? entry : void 0;
  }
  /** Keeps what this run read of a listing; a listing this run did not read is not written back. */
  put(key, entry) {
    this.written.set(key, entry);
  }
  /** Keeps an earlier run's entry as it was (this run could not read the listing: it stays whole for the next). */
  keep(key) {
    const entry = this.earlier.get(key);
    if (entry && !this.written.has(key)) this.written.set(key, entry);
  }
  /** The file's text: the listings this run read (or kept), nothing else. */
  serialize() {
    const file = {
      format: CACHE_FORMAT,
      owner: this.owner,
      writtenAt: this.now().getTime(),
      listings: Object.fromEntries([...this.written].sort(([a], [b]) => a < b ? -1 : 1))
    };
    return JSON.stringify(file);
  }
  /** Listings written so far. */
  get size() {
    return this.written.size;
  }
};

// src/io/cache-file.ts
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var CACHE_FILE_NAME = "okr-scorecard-cache.json";
var MAX_CACHE_BYTES = 64 * 1024 * 1024;
var CacheDirectoryError = class extends Error {
  name = "CacheDirectoryError";
};
function cacheDirectory(dir, roots, cwd = process.cwd()) {
  if (dir.trim() === "") throw new CacheDirectoryError("cache: give a directory, e.g. .okr-cache");
  const base2 = roots.workspace ?? cwd;
  const wanted = resolve(base2, dir);
  const allowed = [roots.workspace ?? cwd, roots.runnerTemp].filter((root) => Boolean(root));
  const refuse = () => {
    const where = roots.runnerTemp ? "the workspace or RUNNER_TEMP" : "the workspace (or the current directory)";
    throw new CacheDirectoryError(`cache: ${JSON.stringify(dir)} is outside ${where}: name a directory there.`);
  };
  const within = (path) => allowed.some((root) => inside(realpathSync(root), realpathSync(path)));
  if (!allowed.some((root) => inside(resolve(root), wanted))) refuse();
  if (!within(deepestExisting(wanted))) refuse();
  if (existsSync(wanted) && !statSync(wanted).isDirectory()) {
    throw new CacheDirectoryError(`cache: ${JSON.stringify(dir)} is a file, not a directory: name a directory.`);
  }
  try {
    mkdirSync(wanted, { recursive: true });
  } catch (error) {
    throw new CacheDirectoryError(`cache: cannot create ${JSON.stringify(dir)}: ${error.message}`);
  }
  if (!within(wanted)) refuse();
  return realpathSync(wanted);
}
function deepestExisting(path) {
  let at = path;
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}
function inside(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function cacheFileStore(directory, notice) {
  const path = join(directory, CACHE_FILE_NAME);
  return {
    read: () => {
      try {
        return readRegularFile(path, MAX_CACHE_BYTES, { noFollow: true });
      } catch (error) {
        if (error instanceof FileReadError && error.message === "no such file") return null;
        notice(`The cache file cannot be read (${error.message}): every listing is read in full.`);
        return null;
      }
    },
    write: (text) => {
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, text, { mode: 384 });
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        notice(`The cache could not be written (${error.message}): the next run reads in full.`);
      }
    }
  };
}

// src/cli/cache.ts
function openCliCache(dir, repository, apiUrl, io) {
  if (dir === void 0) return void 0;
  let directory;
  try {
    directory = cacheDirectory(dir, { workspace: io.cwd });
  } catch (error) {
    if (!(error instanceof CacheDirectoryError)) throw error;
    io.stderr(`okr-scorecard: --${escapeTerminal(error.message)}
`);
    return null;
  }
  const notice = (message) => io.stderr(`note: ${message}
`);
  const store = cacheFileStore(directory, notice);
  const cache = ListingCache.load(store.read(), cacheOwner(repository, apiUrl), () => io.now, notice);
  return { cache, save: () => store.write(cache.serialize()) };
}

// src/cli/commands.ts
import { resolve as resolve3 } from "node:path";

// src/options/http-url.ts
function httpUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

// src/cli/args.ts
var FLAGS_OF = {
  score: [
    "okrs",
    "repo",
    "as-of",
    "metrics",
    "json",
    "markdown",
    "no-color",
    "api-url",
    "fail-on",
    "deadline",
    "rate-limit-reserve",
    "prometheus-url",
    "cache",
    "calibrate"
  ],
  demo: [
    "demo",
    "draft",
    "calibrate",
    "okrs",
    "repo",
    "as-of",
    "metrics",
    "json",
    "markdown",
    "no-color",
    "fail-on",
    "deadline"
  ],
  lint: ["okrs", "strict", "json", "company", "no-color", "repo", "as-of", "api-url", "deadline", "prometheus-url"],
  rollup: ["company", "as-of", "json", "markdown", "html", "force", "no-color"],
  schema: []
};
function refuseForeignFlags(command, given) {
  const allowed = FLAGS_OF[command];
  const foreign = given.filter((flag) => !allowed.includes(flag));
  if (foreign.length === 0) return;
  const where = command === "score" ? "scoring" : command === "demo" ? "--demo" : `the ${command} command`;
  const owners = Object.keys(FLAGS_OF).filter((c) => FLAGS_OF[c].includes(foreign[0]));
  const hint = owners.length > 0 ? ` (it belongs to ${owners.map(commandLabel).join(", ")})` : "";
  throw new UsageError(`--${foreign[0]} does not apply to ${where}${hint}`);
}
var commandLabel = (command) => command === "score" ? "scoring" : command === "demo" ? "--demo" : command;
function parseCli(argv, colorDefault) {
  const parsed = parseArgv(argv);
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  const given = Object.keys(values);
  if (positionals[0] === "lint") {
    refuseForeignFlags("lint", given);
    if (positionals.length > 2) throw new UsageError("lint takes one OKR file");
    if (positionals[1] !== void 0 && values.okrs !== void 0) {
      throw new UsageError("lint: give the OKR file once, as FILE or --okrs FILE");
    }
    if (values["as-of"] !== void 0 && values.repo === void 0) {
      throw new UsageError("lint: --as-of needs --repo (lint measures nothing without a repository)");
    }
    return {
      kind: "lint",
      file: positionals[1] ?? values.okrs ?? ".github/okrs.yml",
      strict: values.strict ?? false,
      json: values.json ?? false,
      company: values.company,
      repo: values.repo === void 0 ? void 0 : sharedOption("repository", values.repo),
      asOf: values["as-of"] === void 0 ? void 0 : sharedOption("asOf", values["as-of"]),
      apiUrl: values["api-url"] === void 0 ? void 0 : apiUrlOption(values["api-url"]),
      deadline: sharedOption("deadline", values.deadline ?? ""),
      prometheusUrl: values["prometheus-url"]
    };
  }
  if (positionals[0] === "schema") {
    refuseForeignFlags("schema", given);
    if (positionals.length > 1) throw new UsageError("schema takes no arguments");
    return { kind: "schema" };
  }
  if (positionals[0] === "rollup") {
    refuseForeignFlags("rollup", given);
    return rollupCommand(values, positionals.slice(1), colorDefault);
  }
  if (positionals.length > 0) throw new UsageError(`unknown command "${positionals[0]}"`);
  refuseForeignFlags(values.demo ? "demo" : "score", given);
  if (values.json && values.markdown) throw new UsageError("choose one of --json and --markdown");
  if (values.draft && values.okrs !== void 0) throw new UsageError("choose one of --draft and --okrs");
  const asOf = values["as-of"] === void 0 ? void 0 : sharedOption("asOf", values["as-of"]);
  const repo = values.repo === void 0 ? void 0 : sharedOption("repository", values.repo);
  const failOn = sharedOption("failOn", values["fail-on"] ?? "error");
  const deadline = sharedOption("deadline", values.deadline ?? "");
  const rateLimitReserve = sharedOption("rateLimitReserve", values["rate-limit-reserve"] ?? "");
  return {
    kind: "score",
    demo: values.demo ?? false,
    okrs: values.okrs ?? ".github/okrs.yml",
    okrsGiven: values.okrs !== void 0,
    repo,
    asOf,
    metrics: values.metrics,
    format: values.json ? "json" : values.markdown ? "markdown" : "terminal",
    color: colorDefault && !values["no-color"],
    apiUrl: values["api-url"] === void 0 ? void 0 : apiUrlOption(values["api-url"]),
    prometheusUrl: values["prometheus-url"],
    failOn,
    deadline,
    rateLimitReserve,
    ...values.cache !== void 0 ? { cache: values.cache } : {},
    calibrate: values.calibrate ?? false,
    draft: values.draft ?? false
  };
}
function rollupCommand(values, reports, colorDefault) {
  if (values.company === void 0) throw new UsageError("rollup: name the company OKR file with --company FILE");
  if (reports.length === 0) throw new UsageError("rollup: give the teams' JSON reports, e.g. reports/*.json");
  const formats = [values.json && "--json", values.markdown && "--markdown", values.html !== void 0 && "--html"];
  if (formats.filter(Boolean).length > 1) throw new UsageError("choose one of --json, --markdown and --html");
  if (values.force && values.html === void 0)
    throw new UsageError("--force goes with --html (it lets it overwrite)");
  if (values.html === "") throw new UsageError("--html: give the file to write, e.g. --html dashboard.html");
  return {
    kind: "rollup",
    company: values.company,
    reports,
    asOf: values["as-of"] === void 0 ? void 0 : sharedOption("asOf", values["as-of"]),
    format: values.json ? "json" : values.markdown ? "markdown" : values.html !== void 0 ? "html" : "terminal",
    html: values.html,
    force: values.force ?? false,
    color: colorDefault && !values["no-color"]
  };
}
function apiUrlOption(text) {
  if (httpUrl(text)) return text;
  throw new UsageError(
    `--api-url: expected an http(s) URL like https://ghe.example.com/api/v3, got ${quoteInput(text.slice(0, 200))}`
  );
}
function sharedOption(key, text) {
  const parsed = parseOption(key, text);
  if (!parsed.ok) throw new UsageError(`${OPTION_NAMES[key].flag}: ${parsed.message}`);
  return parsed.value;
}

// src/prometheus/server.ts
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
function prometheusServer(url, headers, names) {
  const text = url.trim();
  const parsedHeaders = parseHeaders(headers, names.headers);
  if (!parsedHeaders.ok) return parsedHeaders;
  if (text === "") {
    if (Object.keys(parsedHeaders.headers).length > 0) {
      return { ok: false, error: `${names.headers} is set but ${names.url} is not: give the server's URL too` };
    }
    return { ok: true, server: void 0 };
  }
  let parsed;
  try {
    parsed = new URL(text);
  } catch {
    return { ok: false, error: `${names.url}: expected an http(s) URL like https://prometheus.example.com` };
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return { ok: false, error: `${names.url}: expected an http(s) URL like https://prometheus.example.com` };
  }
  if (parsed.search !== "" || parsed.hash !== "") {
    return { ok: false, error: `${names.url}: give the base URL only, without a query or a fragment` };
  }
  const user = decodedCredential(parsed.username);
  const password = decodedCredential(parsed.password);
  if (user === void 0 || password === void 0) {
    const part = user === void 0 ? "user name" : "password";
    return { ok: false, error: `${names.url}: the ${part} has a malformed %-escape: write each % in it as %25` };
  }
  const values = Object.values(parsedHeaders.headers);
  const secrets = [...values, ...values.map((value) => value.split(/\s+/).pop() ?? value)];
  const sent = { ...parsedHeaders.headers };
  if (user !== "" || password !== "") {
    const basic = Buffer.from(`${user}:${password}`, "utf8").toString("base64");
    if (!hasHeader(sent, "authorization")) sent.Authorization = `Basic ${basic}`;
    secrets.push(basic, `${user}:${password}`, text);
    if (password !== "") secrets.push(password, parsed.password);
  }
  parsed.username = "";
  parsed.password = "";
  return {
    ok: true,
    server: { url: parsed.toString().replace(/\/+$/, ""), headers: sent, secrets: [...new Set(secrets)] }
  };
}
function parseHeaders(text, name) {
  const headers = {};
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const colon = line.indexOf(":");
    const header = colon > 0 ? line.slice(0, colon).trim() : "";
    const value = colon > 0 ? line.slice(colon + 1).trim() : "";
    if (!HEADER_NAME.test(header) || value === "") {
      return {
        ok: false,
        error: `${name}, line ${index + 1}: expected a header as \`Name: value\` (e.g. \`Authorization: Bearer …\`)`
      };
    }
    if (!HEADER_VALUE.test(value)) {
      return {
        ok: false,
        error: `${name}, line ${index + 1}: the header ${header}'s value has a control character or one beyond Latin-1`
      };
    }
    if (hasHeader(headers, header)) {
      return { ok: false, error: `${name}, line ${index + 1}: the header ${header} is given twice` };
    }
    headers[header] = value;
  }
  return { ok: true, headers };
}
function hasHeader(headers, name) {
  return Object.keys(headers).some((key) => key.toLowerCase() === name.toLowerCase());
}
function decodedCredential(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return void 0;
  }
}

// src/cli/prometheus.ts
function cliPrometheusServer(flag, env) {
  const fromFlag = flag !== void 0;
  return prometheusServer(fromFlag ? flag : env.PROMETHEUS_URL ?? "", env.PROMETHEUS_HEADERS ?? "", {
    url: fromFlag ? "--prometheus-url" : "PROMETHEUS_URL",
    headers: "PROMETHEUS_HEADERS"
  });
}

// src/cli/lint.ts
import { dirname as dirname2, resolve as resolve2 } from "node:path";

// src/coach/lint.ts
function companyLocation(ref) {
  if (ref.repository !== void 0) {
    return {
      skipped: `alignment not checked: the company file is in ${ref.repository} (${ref.path}), and lint works offline; the action checks it.`
    };
  }
  return { path: ref.path };
}
function lint(input) {
  const parsed = parseOkrFile(input.text, input.file);
  if (!parsed.ok) return lintResult(input, parsed.errors, [], []);
  const { okrs } = parsed;
  const notes = [];
  const company = readCompany(okrs, input.company, notes);
  const findings = coach({ okrs, company, elapsed: 0, isPullRequest: false });
  return lintResult(input, [], findings, notes);
}
function readCompany(okrs, given, notes) {
  if (okrs.company === void 0) return void 0;
  const input = typeof given === "function" ? given(okrs.company) : given;
  if (input === void 0) {
    notes.push(`alignment not checked: the company file ${okrs.company.path} was not read.`);
    return { skipped: "not read" };
  }
  if ("skipped" in input) {
    notes.push(input.skipped);
    return input;
  }
  const parsed = parseOkrFile(input.text, input.file);
  if (parsed.ok) return parsed.okrs;
  const skipped = `alignment not checked: the company file ${input.file} is invalid (${parsed.errors.map(formatOkrError).join("; ")}).`;
  notes.push(skipped);
  return { skipped };
}
function lintResult(input, errors, findings, notes) {
  const failed = errors.length > 0 || input.strict && findings.length > 0;
  return { file: input.file, errors, findings, notes, exitCode: failed ? 1 : 0 };
}
function renderLint(result) {
  const lines = [
    ...result.errors.map(
      (error) => `${escapeTerminal(error.file)}:${error.line}:${error.column}: error: ${escapeTerminal(error.message)}`
    ),
    ...result.findings.map(
      (finding) => `${escapeTerminal(result.file)}:${finding.line}: ${finding.severity} [${finding.rule}]: ${escapeTerminal(finding.message)}`
    ),
    ...result.notes.map((note) => `note: ${escapeTerminal(note)}`)
  ];
  const tally = result.errors.length > 0 ? `✖ ${plural(result.errors.length, "error")} in ${escapeTerminal(result.file)}` : result.findings.length > 0 ? `${result.exitCode === 1 ? "✖" : "⚠"} ${plural(result.findings.length, "coaching finding")} in ${escapeTerminal(result.file)}` : `✔ ${escapeTerminal(result.file)}: valid, no coaching findings`;
  return `${[...lines, tally].join("\n")}
`;
}
function renderLintJson(result) {
  const errors = result.errors.map(({ file: file2, line, column, message }) => ({ file: file2, line, column, message }));
  const findings = result.findings.map(({ rule, severity, line, message }) => ({ rule, severity, line, message }));
  const valid = result.errors.length === 0;
  const { file, notes, exitCode } = result;
  return `${JSON.stringify({ file, valid, errors, findings, notes, exitCode }, null, 2)}
`;
}

// src/cli/lint.ts
async function runLint(command, io) {
  const read = tryReadLocalFile(resolve2(io.cwd, command.file));
  if ("problem" in read) {
    io.stderr(`okr-scorecard: ${escapeTerminal(command.file)}: ${read.problem}
`);
    return 2;
  }
  const text = read.text;
  if (command.repo !== void 0) return calibratedLint(command, command.repo, text, io);
  let given;
  if (command.company !== void 0) {
    const company = tryReadLocalFile(resolve2(io.cwd, command.company));
    if ("problem" in company) {
      io.stderr(`okr-scorecard: --company ${escapeTerminal(command.company)}: ${company.problem}
`);
      return 2;
    }
    given = { file: command.company, text: company.text };
  }
  const okrsDir = dirname2(resolve2(io.cwd, command.file));
  const result = lint({
    text,
    file: command.file,
    strict: command.strict,
    company: (ref) => {
      if (given !== void 0) return given;
      const where = companyLocation(ref);
      if ("skipped" in where) return where;
      const text2 = readSync(resolve2(io.cwd, where.path)) ?? readSync(resolve2(okrsDir, "..", where.path));
      return text2 === void 0 ? { skipped: `alignment not checked: company file ${where.path} not found` } : { file: where.path, text: text2 };
    }
  });
  io.stdout(redactTokenShapes(renderFor(command, result)));
  return result.exitCode;
}
function readSync(path) {
  const read = tryReadLocalFile(path);
  return "text" in read ? read.text : void 0;
}
async function calibratedLint(command, repository, text, io) {
  const parsed = parseOkrFile(text, command.file);
  if (!parsed.ok) {
    const result2 = lint({ text, file: command.file, strict: command.strict });
    io.stdout(redactTokenShapes(renderFor(command, result2)));
    return result2.exitCode;
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || void 0;
  if (token === void 0) {
    io.stderr(
      "okr-scorecard: lint --repo reads the previous period from GitHub: set GITHUB_TOKEN (or GH_TOKEN), or lint offline without --repo\n"
    );
    return 2;
  }
  const prometheus = cliPrometheusServer(command.prometheusUrl, io.env);
  if (!prometheus.ok) {
    io.stderr(`okr-scorecard: ${escapeTerminal(prometheus.error)}
`);
    return 2;
  }
  const report = await scoreAndCoach({
    prometheus: prometheus.server,
    okrs: parsed.okrs,
    repository,
    baseUrl: command.apiUrl ?? (io.env.GITHUB_API_URL || "https://api.github.com"),
    token,
    metrics: {},
    io,
    asOf: command.asOf ?? io.now,
    deadline: command.deadline,
    calibrate: true
  });
  const redact = createRedactor([token, ...prometheus.server?.secrets ?? []]);
  const result = lintResult(
    { file: command.file, strict: command.strict },
    uncalibrated(report, command.file),
    report.findings,
    []
  );
  io.stdout(redact(renderFor(command, result)));
  return result.exitCode;
}
function renderFor(command, result) {
  return command.json ? renderLintJson(result) : `${renderLint(result)}
`;
}
function uncalibrated(report, file) {
  return report.objectives.flatMap(
    (objective) => objective.keyResults.filter((kr) => kr.error !== null && kr.metric.type !== "value").map((kr) => ({ file, line: kr.line, column: 1, message: `not calibrated: ${kr.error}` }))
  );
}

// src/okrs/json-schema.ts
var OKR_SCHEMA_URL = "https://raw.githubusercontent.com/okr-scorecard/okr-scorecard/v1/schema/okrs.schema.json";
function okrFileJsonSchema() {
  const generated = toJSONSchema(okrFileSchema, { io: "input", target: "draft-7", unrepresentable: "any" });
  return {
    $schema: generated.$schema,
    $id: OKR_SCHEMA_URL,
    title: "OKR Scorecard OKR file (.github/okrs.yml)",
    ...generated
  };
}

// src/cli/commands.ts
async function runCommand(argv, io) {
  let command;
  try {
    command = parseCli(argv, io.isTty && !io.env.NO_COLOR);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(usageText(error));
    return 2;
  }
  switch (command.kind) {
    case "help":
    case "version":
      throw new Error(`--${command.kind} is answered before the commands load`);
    case "lint":
      return runLint(command, io);
    case "rollup":
      return (await import("./rollup-3SSMVOME.js")).runRollupCommand(command, io);
    case "schema":
      io.stdout(`${JSON.stringify(okrFileJsonSchema(), null, 2)}
`);
      return 0;
    case "score":
      return command.demo ? (await import("./demo-TH5CSXWN.js")).runDemo(command, io) : runScore(command, io);
  }
}
async function runScore(command, io) {
  const repo = command.repo ?? io.env.GITHUB_REPOSITORY;
  if (!repo) {
    io.stderr("okr-scorecard: name the repository to measure with --repo OWNER/NAME (or set GITHUB_REPOSITORY)\n");
    return 2;
  }
  const repository = parseRepositoryName(repo);
  if (!repository.ok) {
    io.stderr(`okr-scorecard: GITHUB_REPOSITORY: ${escapeTerminal(repository.error)}
`);
    return 2;
  }
  const read = tryReadLocalFile(resolve3(io.cwd, command.okrs));
  if ("problem" in read) {
    io.stderr(`okr-scorecard: ${escapeTerminal(command.okrs)}: ${read.problem} (give the OKR file with --okrs FILE)
`);
    return 2;
  }
  const text = read.text;
  const okrs = parseOrReport(text, command.okrs, io);
  if (!okrs) return command.failOn === "never" ? 0 : 1;
  const metrics = await readMetrics(command.metrics, io);
  if (metrics === void 0) return 2;
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN || void 0;
  const prometheus = cliPrometheusServer(command.prometheusUrl, io.env);
  if (!prometheus.ok) {
    io.stderr(`okr-scorecard: ${escapeTerminal(prometheus.error)}
`);
    return 2;
  }
  const baseUrl = command.apiUrl ?? (io.env.GITHUB_API_URL || "https://api.github.com");
  if (!httpUrl(baseUrl)) {
    io.stderr(
      `okr-scorecard: GITHUB_API_URL: expected an http(s) URL like https://ghe.example.com/api/v3, got ${escapeTerminal(JSON.stringify(baseUrl.slice(0, 200)))}; unset it for github.com
`
    );
    return 2;
  }
  if (token === void 0) io.stderr(`warning: ${NO_TOKEN}
`);
  const cache = openCliCache(command.cache, repo, baseUrl, io);
  if (cache === null) return 2;
  const report = await scoreAndCoach({
    cache,
    prometheus: prometheus.server,
    okrs,
    repository: repo,
    baseUrl,
    token,
    metrics,
    io,
    asOf: command.asOf ?? io.now,
    deadline: command.deadline,
    rateLimitReserve: command.rateLimitReserve,
    calibrate: command.calibrate
  });
  const secrets = [token, ...prometheus.server?.secrets ?? []];
  const redact = createRedactor(secrets);
  print(redactStrings(report, literalRedactor(secrets)), command, io, redact);
  return exitCodeFor(report, command, io, redact);
}
var NO_TOKEN = 'no token in GITHUB_TOKEN (or GH_TOKEN): GitHub allows unauthenticated requests 60 an hour, enough only for a small OKR file. Set GITHUB_TOKEN to a personal access token (5,000 an hour; the scopes it needs are in the README under "Command line"), e.g. GITHUB_TOKEN=$(gh auth token).';
export {
  runCommand
};
