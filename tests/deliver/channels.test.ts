/**
 * The channels' lookups are made once, ahead of the summary and the report (src/deliver/channels.ts): one that
 * fails while the rest of the step runs is reported by its channel, never an unhandled rejection that would end
 * the step with a stack trace.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { deliverChannels, openChannels } from '../../src/deliver/channels.js';
import { markerFor, previousRunFromReport } from '../../src/deliver/marker.js';
import { renderComment } from '../../src/report/markdown.js';
import { pullRequestEvent } from '../support/events.js';
import { clientFor, makeReport, useFakeGitHub } from './fixtures.js';

const { start } = useFakeGitHub();
const marker = markerFor('.github/okrs.yml');
const report = makeReport({ asOf: '2026-11-10T00:00:00.000Z', score: 0.5, incidents: 7, incidentScore: 0.55 });
const render = (previous: Parameters<typeof renderComment>[1]['previous'], maxChars: number) =>
  renderComment(report, { marker, previous, maxChars });

it('a comment lookup that fails meanwhile is the comment’s warning; the issue still goes out', async () => {
  const server = await start();
  const octokit = clientFor(server, 'bot');
  const warnings: string[] = [];
  const sink = { info: () => {}, warning: (m: string) => void warnings.push(m), setOutput: () => {} };
  const inputs = { comment: 'auto' as const, issue: 'Q4 OKR scorecard', repository: 'acme/payments' };
  const schedule = { repository: 'acme/payments', eventName: 'schedule', payload: {} };
  // A scheduled run first: the tracking issue exists and carries a state.
  await deliverChannels({
    sink,
    runner: schedule,
    inputs,
    octokit,
    marker,
    render,
    state: previousRunFromReport(report),
  });

  // A pull request the stand-in does not have: listing its comments fails (404), while the issue is found.
  const runner = {
    repository: 'acme/payments',
    eventName: 'pull_request',
    payload: pullRequestEvent({ repository: 'acme/payments', number: 9999 }),
  };
  const channels = await openChannels({ sink, runner, inputs, octokit, marker });
  expect(channels.carried).toBeDefined();
  await sleep(200); // the step writes its summary and report meanwhile: the failed look must stay handled
  await channels.deliver({ render, state: previousRunFromReport(report) });

  expect(warnings).toEqual([expect.stringMatching(/scorecard comment on pull request #9999|PR comment/)]);
  const ours = server.state.repositories
    .get('acme/payments')!
    .issues.filter((i) => !i.is_pull_request && (i.body ?? '').includes(marker));
  expect(ours.map((i) => ({ title: i.title, state: i.state }))).toEqual([{ title: inputs.issue, state: 'open' }]);
});
