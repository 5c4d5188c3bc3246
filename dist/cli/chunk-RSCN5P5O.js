import { createRequire as __okrCreateRequire } from 'node:module'; const require = __okrCreateRequire(import.meta.url);
import {
  errorMessage
} from "./chunk-ISPPLLN4.js";

// src/cli/argv.ts
import { parseArgs } from "node:util";
var USAGE = `Usage:
  okr-scorecard --demo [--okrs FILE] [--metrics JSON] [--as-of ISO] [--calibrate] [--json | --markdown]
      Score the example OKR file (or yours, with --okrs) against the embedded sample repository history
      of acme/payments (no token, no network).
  okr-scorecard --demo --draft [--json | --markdown]
      Score a first draft of the example OKR file as its pull request would: calibrated against the previous
      quarter, with the findings that catches.
  okr-scorecard --okrs FILE --repo OWNER/NAME [--as-of ISO] [--metrics JSON] [--calibrate] [--json | --markdown]
      Score FILE against a repository on GitHub. The token comes from GITHUB_TOKEN (or GH_TOKEN);
      GITHUB_API_URL (or --api-url) points at GitHub Enterprise Server.
  okr-scorecard rollup --company FILE [--as-of ISO] [--json | --markdown | --html OUT.html [--force]] REPORT.json...
      Roll the teams' JSON reports up into the company's objectives (no token, no network).
      Exit code 1 when a report cannot be read (the others are still rolled up).
  okr-scorecard lint [FILE] [--strict] [--json] [--company FILE] [--repo OWNER/NAME [--as-of ISO]
                     [--prometheus-url URL]]
      Validate and coach an OKR file (default .github/okrs.yml) with no token and no network; --company
      checks alignment against that company file.
      With --repo: also calibrate its targets and baselines against the previous period's data on GitHub
      (token from GITHUB_TOKEN or GH_TOKEN). Exit code 1 on errors, and on findings with --strict.
  okr-scorecard schema
      Print the OKR file's JSON Schema (for editors: see "In your editor" in the README).

Options:
  --okrs FILE       the OKR file (default .github/okrs.yml)
  --repo OWNER/NAME the repository to measure (default GITHUB_REPOSITORY)
  --as-of ISO       evaluation time (default now; never past the period's end)
  --metrics JSON    values for "value" metrics, a JSON object or @file.json
  --calibrate       measure each key result over the previous period too, and say where a target was
                    already met or a baseline is stale
  --json            print the JSON report
  --markdown        print the Markdown job summary
  --company FILE    rollup: the company's OKR file, whose objectives the teams' objectives align to
  --html OUT.html   rollup: write the dashboard, one self-contained HTML file (- for standard output); never
                    over an input, nor over a file okr-scorecard did not write
  --force           rollup: let --html overwrite an existing file okr-scorecard did not write
  --fail-on WHEN    exit 1 on: error (default: a key result could not be measured), off-track,
                    finding (also any coaching finding), or never
  --no-color        plain terminal output (also NO_COLOR)
  --api-url URL     GitHub API base URL (default GITHUB_API_URL or https://api.github.com)
  --prometheus-url URL
                    the Prometheus-compatible server of "prometheus" key results (default PROMETHEUS_URL;
                    headers, one "Name: value" per line, in PROMETHEUS_HEADERS)
  --deadline TIME   how long to read GitHub before reporting what was read, e.g. 90s or 10m (default 5m)
  --cache DIR       keep what was read in DIR (under the current directory); the next run reads only what
                    changed since
  --rate-limit-reserve R
                    leave R of each rate limit for other workflows: a share (default 10%) or a count
  -h, --help        this help
  -v, --version     the version

A flag that does not apply to the command is refused.

Exit codes:
  0  done (and nothing --fail-on names happened)
  1  what --fail-on names happened (by default: a key result could not be measured, or the OKR file is
     invalid); lint: errors, or findings with --strict; rollup: a report could not be rolled up
  2  a usage error: an unknown or misplaced flag, an invalid value, a file that cannot be read`;
var UsageError = class extends Error {
};
var CLI_OPTIONS = {
  demo: { type: "boolean" },
  okrs: { type: "string" },
  repo: { type: "string" },
  "as-of": { type: "string" },
  metrics: { type: "string" },
  json: { type: "boolean" },
  markdown: { type: "boolean" },
  "no-color": { type: "boolean" },
  "api-url": { type: "string" },
  "prometheus-url": { type: "string" },
  "fail-on": { type: "string" },
  deadline: { type: "string" },
  "rate-limit-reserve": { type: "string" },
  cache: { type: "string" },
  strict: { type: "boolean" },
  calibrate: { type: "boolean" },
  draft: { type: "boolean" },
  company: { type: "string" },
  html: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function parseArgv(argv) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: CLI_OPTIONS });
  } catch (error) {
    throw new UsageError(errorMessage(error));
  }
}
function usageText(error) {
  return `okr-scorecard: ${error.message}

${USAGE}
`;
}

export {
  USAGE,
  UsageError,
  parseArgv,
  usageText
};
