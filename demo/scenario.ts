/**
 * What `okr-scorecard --demo` runs: the example OKR file of team payments-platform, the company OKRs it aligns
 * to, the values an earlier step would supply, and the evaluation time (2026-Q4, about two thirds through).
 * The files are inlined at build time (`?raw`), so the bundled command line tool needs nothing on disk.
 */
import companyText from './company.yml?raw';
import metricsText from './metrics.json?raw';
import okrsText from './okrs.yml?raw';
import draftText from './okrs-draft.yml?raw';
import type { HistoryPoint, PreviousRun } from '../src/report/model.js';

export const DEMO_REPOSITORY = 'acme/payments';
export const DEMO_COMPANY_REPOSITORY = 'acme/.github';
export const DEMO_OKRS_PATH = '.github/okrs.yml';
export const DEMO_COMPANY_PATH = 'okrs/company.yml';
export const DEMO_AS_OF = '2026-11-28T12:00:00Z';

export const demoOkrsText: string = okrsText;

/**
 * `okr-scorecard --demo --draft`: the team's first draft of these OKRs, as the pull request that proposed them
 * showed it on the last Monday of Q3, calibrated against the quarter then ending (SPEC §13).
 */
export const demoDraftText: string = draftText;
export const DEMO_DRAFT_AS_OF = '2026-09-28T09:00:00Z';
/** Where the demo file's last key result, the one read from Prometheus (a stand-in, in the demo), begins. */
const PROMETHEUS_KEY_RESULT = '      - title: The checkout API answers';

/**
 * The demo file without its Prometheus key result: what the tests of the action's GitHub side score, where no
 * Prometheus stands by (and what the sample repository holds as its `.github/okrs.yml`). That key result ends
 * its objective, so every line before it keeps its number.
 */
export const demoGitHubOkrsText: string = withoutPrometheus(okrsText);

function withoutPrometheus(text: string): string {
  const start = text.indexOf(PROMETHEUS_KEY_RESULT);
  if (start < 0) return text;
  // To the next key result or objective (the delivery-performance objective follows it), or the file's end.
  const ends = ['\n      - title:', '\n  - title:', '\n# yaml-language-server']
    .map((marker) => text.indexOf(marker, start + 1))
    .filter((index) => index >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : -1;
  return text.slice(0, start) + (end < 0 ? '' : text.slice(end + 1));
}
export const demoCompanyText: string = companyText;

/** The `metrics` input of the demo: values a monitoring step would supply, e.g. `{"p99-latency-ms": 112}`. */
export function demoMetrics(): Record<string, number> {
  return JSON.parse(metricsText) as Record<string, number>;
}

/**
 * What earlier weekly runs left in the tracking issue's hidden state: the checkout P99 the monitoring step
 * supplied each Monday since the quarter began (GitHub holds no history of a supplied number; SPEC §9).
 */
export function demoValueHistory(): PreviousRun {
  const weekly = [131, 127, 128, 122, 119, 121, 116, 114];
  const start = Date.parse('2026-10-05T09:00:00Z') / 1000;
  const history = weekly.map((value, week): HistoryPoint => [start + week * 7 * 86_400, value]);
  return {
    version: 2,
    asOf: new Date(history.at(-1)![0] * 1000).toISOString(),
    score: null,
    keyResults: { 'dependable-payments/checkout-latency': { value: weekly.at(-1)!, score: 1, history } },
  };
}
