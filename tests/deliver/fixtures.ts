/** Small reports and a repository history for the delivery tests. */
import type { FakeHistory } from '../../src/fake-github/history.js';
import type { FakeGitHub, FaultOptions } from '../../src/fake-github/options.js';
import { useStandIn } from '../support/stand-in.js';
import { createGitHubClient } from '../../src/github/client.js';
import { GITHUB_TOKEN_IDENTITY, appInstallation, personalToken, readOnly } from '../../src/fake-github/tokens.js';
import type { KeyResultReport, Report } from '../../src/report/model.js';
import { keyResult as buildKeyResult, objective, report } from '../support/report.js';

/** An incident count key result as delivery tests need it: only its id, title, value and score vary. */
export function keyResult(id: string, title: string, value: number | null, score: number | null): KeyResultReport {
  return buildKeyResult({
    id,
    title,
    metric: { type: 'issue-count', labels: ['incident'] },
    value,
    unit: 'count',
    samples: value === null ? 0 : 1,
    baseline: 12,
    target: 3,
    score,
    status: score === null ? 'no-data' : 'on-track',
    window: { start: '2026-10-01T00:00:00.000Z', end: '2026-11-15T00:00:00.000Z' },
    line: 10,
  });
}

/** A one-objective, one-key-result scorecard of a given day, as the delivery tests post it. */
export function makeReport(options: {
  asOf: string;
  score: number;
  incidents: number;
  incidentScore: number;
  title?: string;
}): Report {
  return report({
    asOf: options.asOf,
    generatedAt: options.asOf,
    period: { name: '2026-Q4', start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z', elapsed: 0.5 },
    score: options.score,
    status: 'on-track',
    objectives: [
      objective({
        title: options.title ?? 'Build the most reliable payment processing system',
        alignsTo: null,
        alignsToTitle: null,
        score: options.score,
        status: 'on-track',
        line: 5,
        keyResults: [
          keyResult(
            'incidents',
            'Cut incident issues opened per quarter from 12 to 3',
            options.incidents,
            options.incidentScore,
          ),
        ],
      }),
    ],
  });
}

export const PR_NUMBER = 42;

function history(): FakeHistory {
  return {
    repositories: [
      {
        fullName: 'acme/payments',
        defaultBranch: 'main',
        workflows: [],
        runs: [],
        deployments: [],
        pulls: [],
        issues: [
          {
            number: PR_NUMBER,
            title: 'Tighten the deploy pipeline',
            user: 'octocat',
            labels: [],
            created_at: '2026-11-01T10:00:00Z',
            updated_at: '2026-11-01T10:00:00Z',
            closed_at: null,
            is_pull_request: true,
          },
          {
            number: 43,
            title: 'Q4 OKR scorecard',
            user: 'octocat',
            labels: ['okr-scorecard'],
            created_at: '2026-11-02T10:00:00Z',
            updated_at: '2026-11-02T10:00:00Z',
            closed_at: null,
          },
        ],
      },
    ],
  };
}

/** The kinds of token the action may be given (see src/fake-github/tokens.ts). */
export const TOKENS = {
  /** The GITHUB_TOKEN of a workflow with write permissions. */
  bot: GITHUB_TOKEN_IDENTITY,
  /** A fork pull request's GITHUB_TOKEN. */
  reader: readOnly(GITHUB_TOKEN_IDENTITY),
  /** A GitHub App's installation token. */
  app: appInstallation('okr-bot'),
  /** A personal access token. */
  person: personalToken('octocat'),
  /** A GITHUB_TOKEN with `issues: write` but no push access: GitHub drops the labels it sets. */
  noPush: { ...GITHUB_TOKEN_IDENTITY, push: false },
};

export function recordingLog() {
  const infos: string[] = [];
  const warnings: string[] = [];
  return { infos, warnings, info: (m: string) => void infos.push(m), warning: (m: string) => void warnings.push(m) };
}

/** Octokit logs every failed request; the tests cause some on purpose. */
export const silentLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** The stand-in for one test at a time (closed after each); `start` it with the faults the test needs. */
export function useFakeGitHub(): { start(faults?: FaultOptions): Promise<FakeGitHub> } {
  const standIn = useStandIn();
  return { start: (faults = {}) => standIn.start({ history: history(), tokens: TOKENS, faults }) };
}

/** The real client, with retries and waits shrunk to milliseconds. */
export function clientFor(server: FakeGitHub, token: keyof typeof TOKENS) {
  return createGitHubClient({ token, baseUrl: server.url, delayUnitMs: 1, retries: 2, log: silentLog });
}
