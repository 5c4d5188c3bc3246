/**
 * The embedded sample history behind `okr-scorecard --demo`: half a year (2026-07-01 to 2026-12-15) of the
 * repository `acme/payments` (CI, nightly and deploy workflow runs, staging and production deployments, the
 * commits of main they deploy, incidents, bugs, pull requests) plus the company OKRs in `acme/.github`.
 * Generated from a fixed seed on every call rather than shipped as a literal: the same history each time, a few
 * kilobytes of code in the bundle.
 */
import type { FakeHistory, FakeWorkflow } from '../src/fake-github/history.js';
import { generateCiRuns } from './ci-runs.js';
import { generateCommits } from './commits.js';
import { generateDeploys } from './deploys.js';
import type { WorkflowKey } from './drafts.js';
import { generateIssues } from './issues.js';
import { generatePulls } from './pulls.js';
import { createRandom } from './random.js';
import {
  DEMO_COMPANY_PATH,
  DEMO_COMPANY_REPOSITORY,
  DEMO_OKRS_PATH,
  DEMO_REPOSITORY,
  demoCompanyText,
  demoGitHubOkrsText,
} from './scenario.js';
import { deploymentsAsSeen, runsAsSeen, trackerAsSeen } from './snapshot.js';

const WORKFLOWS: Record<WorkflowKey, FakeWorkflow> = {
  ci: { id: 101_000_001, name: 'CI', path: '.github/workflows/ci.yml' },
  deploy: { id: 101_000_002, name: 'Deploy', path: '.github/workflows/deploy.yml' },
  nightly: { id: 101_000_003, name: 'Nightly', path: '.github/workflows/nightly.yml' },
};

export function demoHistory(): FakeHistory {
  // One generator per kind of record, each with its own seed, so tuning one does not reshuffle the others.
  const pulls = generatePulls(createRandom(1));
  const issues = generateIssues(createRandom(2));
  const ciRuns = generateCiRuns(createRandom(3), pulls);
  const deploys = generateDeploys(createRandom(4));
  const tracker = trackerAsSeen(createRandom(5), issues, pulls);
  const main = generateCommits(createRandom(8), pulls);
  const workflowIds = { ci: WORKFLOWS.ci.id, deploy: WORKFLOWS.deploy.id, nightly: WORKFLOWS.nightly.id };
  return {
    repositories: [
      {
        fullName: DEMO_REPOSITORY,
        defaultBranch: 'main',
        workflows: Object.values(WORKFLOWS),
        runs: runsAsSeen(createRandom(6), [...ciRuns, ...deploys.runs], workflowIds),
        deployments: deploymentsAsSeen(createRandom(7), deploys.deployments, main.headAt),
        issues: tracker.issues,
        pulls: tracker.pulls,
        commits: main.commits,
        files: { [DEMO_OKRS_PATH]: demoGitHubOkrsText },
      },
      {
        fullName: DEMO_COMPANY_REPOSITORY,
        defaultBranch: 'main',
        workflows: [],
        runs: [],
        deployments: [],
        issues: [],
        pulls: [],
        files: { [DEMO_COMPANY_PATH]: demoCompanyText },
      },
    ],
  };
}
