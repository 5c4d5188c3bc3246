import { describe, expect, it } from 'vitest';
import { resolveIdentity } from '../../src/deliver/identity.js';
import { TRACKING_LABEL, upsertTrackingIssue } from '../../src/deliver/issue.js';
import { extractPreviousRun, markerFor, previousRunFromReport } from '../../src/deliver/marker.js';
import type { FakeGitHub } from '../../src/fake-github/options.js';
import { renderComment } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/model.js';
import { type TOKENS, makeReport, recordingLog, useFakeGitHub, clientFor } from './fixtures.js';

const { start } = useFakeGitHub();

const marker = markerFor('.github/okrs.yml');
const TITLE = 'Q4 OKR scorecard';

async function deliver(server: FakeGitHub, report: Report, token: keyof typeof TOKENS = 'bot') {
  const octokit = clientFor(server, token);
  const log = recordingLog();
  const result = await upsertTrackingIssue({
    octokit,
    owner: 'acme',
    repo: 'payments',
    title: TITLE,
    marker,
    render: (previous, maxChars) => renderComment(report, { marker, previous, maxChars }),
    state: previousRunFromReport(report),
    identity: await resolveIdentity(octokit),
    log,
  });
  return { result, log };
}

/** Issues this action created (the history holds a person's issue #43 with the same title and label). */
const ours = (server: FakeGitHub) =>
  (server.state.repositories.get('acme/payments')?.issues ?? []).filter((i) => i.user === 'github-actions[bot]');

const first = makeReport({ asOf: '2026-11-10T00:00:00.000Z', score: 0.5, incidents: 7, incidentScore: 0.55 });
const second = makeReport({ asOf: '2026-11-17T00:00:00.000Z', score: 0.75, incidents: 5, incidentScore: 0.77 });

describe('upsertTrackingIssue', () => {
  it('creates the issue once, labelled, then replaces its body; leaves a person’s same-titled one alone', async () => {
    const server = await start();
    const one = await deliver(server, first);
    expect(one.result).toEqual({ url: expect.stringMatching(/\/acme\/payments\/issues\/\d+$/) });
    const two = await deliver(server, second);
    expect(two.result).toEqual(one.result);

    const issues = ours(server);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ title: TITLE, labels: [TRACKING_LABEL], state: 'open' });
    expect(issues[0]?.body).toContain('▲ 25 pts since the last run');
    expect(extractPreviousRun(issues[0]?.body)).toEqual(previousRunFromReport(second));
    const persons = server.state.repositories.get('acme/payments')?.issues.find((i) => i.number === 43);
    expect(persons?.body).toBeNull();
  });

  it('a create GitHub applied but answered 502 leaves one issue', async () => {
    const server = await start({ applyThenFail: /^POST \/repos\/acme\/payments\/issues$/ });
    const { result } = await deliver(server, first);
    expect(result).toEqual({ url: expect.stringContaining('/issues/') });
    expect(ours(server)).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === 'POST' && r.path !== '/graphql')).toHaveLength(1);
  });

  it('a closed tracking issue is not reopened: a new one is opened', async () => {
    const server = await start();
    await deliver(server, first);
    const closed = ours(server)[0];
    if (closed) closed.state = 'closed';
    await deliver(server, second);
    expect(ours(server).map((i) => i.state)).toEqual(['closed', 'open']);
  });

  it('found by marker and author, not by label: one that lost its label is still the one updated', async () => {
    const server = await start();
    await deliver(server, first);
    const issue = ours(server)[0];
    if (issue) issue.labels = [];
    await deliver(server, second);
    expect(ours(server)).toHaveLength(1);
    expect(extractPreviousRun(ours(server)[0]?.body)).toEqual(previousRunFromReport(second));
  });

  it('GitHub dropping the label (a token that cannot push) is warned once, saying what is missing', async () => {
    const server = await start();
    const one = await deliver(server, first, 'noPush');
    expect(one.result).toEqual({ url: expect.stringContaining('/issues/') });
    const dropped = /dropped the `okr-scorecard` label.*push access.*contents: write/s;
    expect(one.log.warnings).toEqual([expect.stringMatching(dropped)]);
    const two = await deliver(server, second, 'noPush');
    expect(two.log.warnings).toEqual([]);
    expect(ours(server)).toHaveLength(1);
    expect(ours(server)[0]?.labels).toEqual([]);
  });

  it('a read-only token gets a warning, not a failure', async () => {
    const server = await start();
    const { result, log } = await deliver(server, first, 'reader');
    expect(result).toEqual({ skipped: expect.stringContaining('issues: write') });
    expect(log.warnings).toHaveLength(1);
    expect(ours(server)).toHaveLength(0);
  });
});
