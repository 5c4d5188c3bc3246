/**
 * The action (in-process, as a runner runs its step) against the stand-in: several OKR files in one run, and the
 * cross-repository recipe of docs/rollup.md — one scorecard job per team repository, then the roll-up job over
 * their reports.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import type { FakeHistory } from '../../src/fake-github/history.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, DEMO_COMPANY_PATH, demoCompanyText, demoGitHubOkrsText } from '../../demo/scenario.js';
import { parse } from 'yaml';
import { ROOT } from '../support/root.js';
import { runAction } from '../support/run-action.js';

const TOKEN = 'ghs_rollupSecretToken0123456789';
const standIn = useStandIn();
let github: FakeGitHub | undefined;

/** The demo's acme/payments and acme/.github, plus two more team repositories with the same kind of history. */
function companyHistory(): FakeHistory {
  const history = demoHistory();
  const payments = history.repositories.find((r) => r.fullName === 'acme/payments')!;
  const teams = ['acme/search', 'acme/platform'].map((fullName) => ({ ...payments, fullName, files: {} }));
  return { repositories: [...history.repositories, ...teams] };
}

const teamOkrs = (team: string, alignsTo: string, extra = '') => `version: 1
period: 2026-Q4
team: ${team}
objectives:
  - title: Builds ${team} engineers can trust
    aligns-to: ${alignsTo}
    key-results:
      - title: Nine in ten CI builds finish within 10 minutes, down from 16
        metric: { type: workflow-duration, workflow: ci.yml, stat: p90 }
        baseline: 16m
        target: 10m
      - title: Half of pull requests merge within a day, down from 2 days
        metric: { type: pr-merge-time }
        baseline: 2d
        target: 1d
${extra}`;

const UNALIGNED = `  - title: A hack week everyone enjoys
    key-results:
      - title: Hack week pull requests merge within two days
        metric: { type: pr-merge-time }
        target: 2d
`;

/** The demo's company objectives plus one that no team serves yet. */
const COMPANY = `${demoCompanyText.trimEnd()}
  - title: Keep merchants' data safe
    id: security
    key-results:
      - title: Critical vulnerabilities are fixed within 7 days
        metric: { type: value, name: vuln-fix-days }
        target: 7
        direction: decrease
`;

const inputs = (extra: Record<string, string>) => ({ 'github-token': TOKEN, 'as-of': DEMO_AS_OF, ...extra });

describe('several OKR files in one run', () => {
  it('scores each file on its own, shares the listings they have in common, and combines the outputs', async () => {
    github = await standIn.start({ history: companyHistory() });
    const files = {
      'teams/payments/okrs.yml': teamOkrs('payments', 'reliability'),
      'teams/search/okrs.yml': teamOkrs('search', 'developer-velocity'),
    };
    const single = await runAction({
      apiUrl: github.url,
      files,
      with: inputs({ okrs: 'teams/payments/okrs.yml' }),
    });
    const singleRequests = github.requests.length;
    const both = await runAction({
      apiUrl: github.url,
      files,
      with: inputs({ okrs: 'teams/*/okrs.yml' }),
      beforeRun: (workspace) => {
        // A glob never reaches into .git, whatever sits there.
        mkdirSync(join(workspace, '.git', 'teams', 'x'), { recursive: true });
        writeFileSync(join(workspace, '.git', 'teams', 'x', 'okrs.yml'), 'not: an okr file');
      },
    });
    expect(both.stderr).toBe('');
    expect(both.code).toBe(0);
    // The same listings serve both files: the second file costs no listing request of its own.
    expect(github.requests.length - singleRequests).toBe(singleRequests);

    const paths = JSON.parse(readFileSync(both.outputs.report!, 'utf8')) as string[];
    expect(paths).toHaveLength(2);
    const reports = paths.map(
      (p) => JSON.parse(readFileSync(p, 'utf8')) as { file: string; score: number; status: string },
    );
    expect(reports.map((r) => r.file)).toEqual(['teams/payments/okrs.yml', 'teams/search/okrs.yml']);
    const mean = (reports[0]!.score + reports[1]!.score) / 2;
    expect(Number(both.outputs.score)).toBeCloseTo(Math.floor(mean * 100) / 100, 5);
    expect(both.outputs.status).toBe(reports[0]!.status);
    expect(both.summary).toContain('OKR scorecard · payments');
    expect(both.summary).toContain('OKR scorecard · search');
    // One file alone keeps the one-file outputs: the report itself, not a list.
    expect(JSON.parse(readFileSync(single.outputs.report!, 'utf8'))).toMatchObject({
      version: 1,
      file: 'teams/payments/okrs.yml',
    });
  });

  it('refuses a glob that leaves the workspace and one that matches nothing', async () => {
    github = await standIn.start({ history: companyHistory() });
    const outside = await runAction({ apiUrl: github.url, with: inputs({ okrs: '../*/okrs.yml' }) });
    expect(outside.code).toBe(1);
    expect(outside.stdout).toContain('is outside the workspace');
    const none = await runAction({
      apiUrl: github.url,
      with: inputs({ okrs: 'teams/*.yml' }),
      beforeRun: (workspace) => {
        mkdirSync(join(workspace, '.git'));
        writeFileSync(join(workspace, '.git', 'config'), '[http] extraheader = AUTHORIZATION: basic x');
        mkdirSync(join(workspace, 'teams'));
        symlinkSync(join(workspace, '.git', 'config'), join(workspace, 'teams', 'evil.yml'));
      },
    });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('"teams/*.yml" matches no file in the workspace');
  });
});

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
/** The company workflow as docs/rollup.md shows it: the steps this test replays. */
function recipe() {
  const markdown = readFileSync(join(ROOT, 'docs', 'rollup.md'), 'utf8');
  const block = [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('matrix:'))!;
  const workflow = parse(block) as { jobs: Record<string, { steps: Step[] }> };
  const step = (job: string, uses: string) => workflow.jobs[job]!.steps.find((s) => s.uses?.startsWith(uses))!;
  return {
    score: step('team', 'okr-scorecard/okr-scorecard@'),
    upload: step('team', 'actions/upload-artifact@'),
    download: step('rollup', 'actions/download-artifact@'),
    rollup: step('rollup', 'okr-scorecard/okr-scorecard@'),
  };
}

describe('the cross-repository recipe (docs/rollup.md)', () => {
  it('scores each team in its own job, then rolls their reports up: company view, issue, dashboard', async () => {
    github = await standIn.start({ history: companyHistory() });
    const teams = [
      { repository: 'acme/payments', okrs: demoGitHubOkrsText },
      { repository: 'acme/search', okrs: teamOkrs('search', 'developer-velocity', UNALIGNED) },
      { repository: 'acme/platform', okrs: teamOkrs('platform', 'reliability') },
    ];
    const steps = recipe();
    expect(Object.keys(steps.score.with!).sort()).toEqual(['comment', 'fail-on', 'github-token', 'repository']);
    expect(steps.upload.with!.path).toBe('${{ runner.temp }}/okr-scorecard/report-*.json');
    // The matrix: each job checks out one team's repository and scores its file; its report becomes an artifact.
    const artifacts: Record<string, string> = {};
    for (const team of teams) {
      const job = await runAction({
        apiUrl: github.url,
        repository: 'acme/.github',
        files: { '.github/okrs.yml': team.okrs },
        with: inputs({
          ...steps.score.with,
          'github-token': TOKEN,
          repository: team.repository,
          metrics: '{"p99-latency-ms": 112}',
        }),
      });
      expect(job.stderr).toBe('');
      expect(job.code, job.stdout).toBe(0);
      // download-artifact with a pattern: each artifact in a folder of its name under `path`.
      const artifact = steps.upload.with!.name!.replace('${{ matrix.repository }}', team.repository.split('/')[1]!);
      const file = job.outputs.report!.split('/').pop()!;
      expect(file).toMatch(/^report-.*\.json$/);
      artifacts[`${steps.download.with!.path}/${artifact}/${file}`] = readFileSync(job.outputs.report!, 'utf8');
    }

    // The roll-up job: download-artifact puts every report under reports/, the company file is checked out.
    const rollup = await runAction({
      apiUrl: github.url,
      repository: 'acme/.github',
      files: { [DEMO_COMPANY_PATH]: COMPANY, ...artifacts },
      with: inputs(steps.rollup.with!),
    });
    expect(steps.rollup.with).toEqual({ okrs: DEMO_COMPANY_PATH, rollup: 'reports/**/*.json', issue: 'Company OKRs' });
    expect(rollup.stderr).toBe('');
    expect(rollup.code).toBe(0);
    const view = JSON.parse(readFileSync(rollup.outputs.report!, 'utf8'));
    expect(view).toMatchObject({ version: 1, kind: 'rollup', asOf: '2026-11-28T12:00:00.000Z', errors: [] });
    expect(view.reports.map((r: { repository: string }) => r.repository)).toEqual([
      'acme/payments',
      'acme/platform',
      'acme/search',
    ]);
    const byId = Object.fromEntries(view.objectives.map((o: { id: string }) => [o.id, o]));
    expect(byId.reliability.contributions.map((c: { team: string }) => c.team)).toEqual([
      'payments-platform',
      'platform',
    ]);
    // payments-platform serves developer velocity twice: its fast path to production and its delivery performance.
    expect(byId['developer-velocity'].contributions.map((c: { team: string }) => c.team)).toEqual([
      'payments-platform',
      'payments-platform',
      'search',
    ]);
    expect(byId['customer-trust'].contributions.map((c: { team: string }) => c.team)).toEqual(['payments-platform']);
    expect(byId.security.contributions).toEqual([]);
    expect(view.unaligned).toMatchObject([{ team: 'search', title: 'A hack week everyone enjoys', alignsTo: null }]);
    expect(view.findings.map((f: { rule: string }) => f.rule)).toEqual(['uncovered-objective']);
    expect(rollup.outputs.status).toBe(view.status);
    expect(rollup.outputs.score).toBe((Math.floor(view.score * 100 + 1e-9) / 100).toFixed(2));

    expect(rollup.summary).toContain('## 🏢 Company OKRs');
    expect(rollup.summary).toContain('Be the payment partner merchants never have to worry about');
    expect(rollup.stdout).toMatch(/::warning title=uncovered-objective,file=okrs\/company\.yml,line=\d+::/);
    const dashboard = readFileSync(rollup.outputs.dashboard!, 'utf8');
    expect(dashboard).toContain('Earn the lasting trust of the merchants who run their business on us');
    expect(dashboard).toContain('Uncovered: no team objective serves it.');
    // The DORA levels beside the values of the four keys.
    expect(dashboard.match(/· DORA (elite|high|medium|low)/g)).toHaveLength(4);
    // The teams' reports carry series and forecasts (SPEC §9): the dashboard draws them.
    expect(dashboard).toMatch(/<svg class="spark"[^>]*><title>[^<]+: trend this period<\/title>/);
    expect(dashboard).toMatch(/→ [^<]+ by Dec 31/);

    const company = github.state.repositories.get('acme/.github')!;
    const issues = company.issues.filter((i) => i.title === 'Company OKRs');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.body).toContain('## 🏢 Company OKRs');
    expect(rollup.outputs['issue-url']).toMatch(/\/acme\/\.github\/issues\/\d+$/);

    // Next Monday's run keeps the same issue.
    const again = await runAction({
      apiUrl: github.url,
      repository: 'acme/.github',
      files: { [DEMO_COMPANY_PATH]: COMPANY, ...artifacts },
      with: inputs(steps.rollup.with!),
    });
    expect(again.outputs['issue-url']).toBe(rollup.outputs['issue-url']);
    expect(company.issues.filter((i) => i.title === 'Company OKRs')).toHaveLength(1);
    expect(JSON.stringify([...github.state.repositories.values()])).not.toContain(TOKEN);
  });

  it('names a report it cannot read, rolls up the rest, and fails the step', async () => {
    github = await standIn.start({ history: companyHistory() });
    const rollup = await runAction({
      apiUrl: github.url,
      repository: 'acme/.github',
      files: {
        [DEMO_COMPANY_PATH]: COMPANY,
        'reports/okr-report-search/report-github-okrs-yml.json': '{"version": 1, "repository": ',
      },
      with: inputs({ okrs: DEMO_COMPANY_PATH, rollup: 'reports/**/*.json' }),
    });
    expect(rollup.code).toBe(1);
    expect(rollup.stdout).toMatch(/::error title=Unreadable report::reports\/okr-report-search\/.*: not valid JSON/);
    expect(rollup.stdout).toMatch(/::error::1 report\(s\) could not be read: reports\/okr-report-search\//);
    const view = JSON.parse(readFileSync(rollup.outputs.report!, 'utf8'));
    expect(view.errors).toHaveLength(1);
    expect(view.objectives.map((o: { status: string }) => o.status)).toEqual(Array(4).fill('no-data'));
    expect(rollup.summary).toContain('Reports that could not be read (1)');
    expect(readFileSync(rollup.outputs.dashboard!, 'utf8')).toContain('1</strong> unreadable');
  });
});
