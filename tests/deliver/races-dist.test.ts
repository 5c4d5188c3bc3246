/**
 * The bundled action (dist/index.js, `npm run build` first) run twice at once with a GitHub App's token, as two
 * quick pushes without a `concurrency:` group run it, then once more.
 */
import { expect, it } from 'vitest';
import type { FakeGitHub } from '../../src/fake-github/index.js';
import { useStandIn } from '../support/stand-in.js';
import { appInstallation } from '../../src/fake-github/tokens.js';
import { markerFor } from '../../src/deliver/marker.js';
import { demoHistory } from '../../demo/history.js';
import { DEMO_AS_OF, demoGitHubOkrsText } from '../../demo/scenario.js';
import { runAction } from '../support/run-dist.js';
import { pullRequestEvent } from '../support/events.js';

const standIn = useStandIn();

const TOKEN = 'ghs_appInstallationToken0123456789';
const PR = 2098;
const TITLE = 'OKR scorecard';
const marker = markerFor('.github/okrs.yml');
/** The channels' lookups: the pull request's comments, the open issues. */
const LOOKUPS = /^GET \/repos\/acme\/payments\/issues(\/\d+\/comments\?per_page|\?state=open&sort=created)/;
const BOT = 'okr-bot[bot]';
let github: FakeGitHub | undefined;

const run = (gh: FakeGitHub) =>
  runAction({
    apiUrl: gh.url,
    files: { '.github/okrs.yml': demoGitHubOkrsText },
    eventName: 'pull_request',
    event: pullRequestEvent({ repository: 'acme/payments', number: PR, action: 'synchronize' }),
    token: TOKEN,
    with: { 'as-of': DEMO_AS_OF, metrics: '{"p99-latency-ms": 112}', issue: TITLE },
  });

it('two runs that race leave, after the next run, one comment and one open tracking issue', async () => {
  github = await standIn.start({
    history: demoHistory(),
    tokens: { [TOKEN]: appInstallation('okr-bot') },
    // Both runs' lookups are held until both are in flight: both find nothing and both create.
    faults: { rendezvous: { pattern: LOOKUPS, parties: 2 } },
  });
  const gh = github;
  const state = gh.state.repositories.get('acme/payments')!;
  const ourComments = () =>
    state.comments.filter((c) => c.issueNumber === PR && c.user === BOT && c.body.includes(marker));
  const openIssues = () => state.issues.filter((i) => i.title === TITLE && i.user === BOT && i.state === 'open');

  const racing = await Promise.all([run(gh), run(gh)]);
  expect(racing.map((r) => r.code)).toEqual([0, 0]);
  expect(ourComments()).toHaveLength(2);
  expect(openIssues()).toHaveLength(2);
  const [oldest] = ourComments();
  const [oldestIssue] = openIssues();

  const next = await run(gh);
  expect(next.code).toBe(0);
  expect(next.stdout).not.toMatch(/^::warning/m);
  expect(ourComments().map((c) => c.id)).toEqual([oldest!.id]);
  expect(openIssues().map((i) => i.number)).toEqual([oldestIssue!.number]);
  expect(next.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${oldest!.id}$`));
  expect(next.outputs['issue-url']).toMatch(new RegExp(`/issues/${oldestIssue!.number}$`));
  // `GET /user` is never asked: GitHub refuses it to an installation token.
  expect(gh.requests.filter((r) => r.path === '/user')).toEqual([]);
  // Three runs of the bundle, two of them at once, on a shared machine: more than one run's usual room.
}, 120_000);
