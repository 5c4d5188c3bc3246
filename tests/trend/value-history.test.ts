/**
 * A `value` key result's history (SPEC §9): carried from run to run in the tracking issue's hidden state, at
 * most one point a day, the latest 100; a body written in the version 1 format keeps working.
 */
import { describe, expect, it } from 'vitest';
import { MAX_HISTORY_POINTS, valueSeries, withValueHistory } from '../../src/trend/value-history.js';
import { resolveIdentity } from '../../src/deliver/identity.js';
import { TRACKING_LABEL, upsertTrackingIssue } from '../../src/deliver/issue.js';
import { extractPreviousRun, markerFor, previousRunFromReport } from '../../src/deliver/marker.js';
import { renderComment } from '../../src/report/markdown.js';
import type { FakeGitHub } from '../../src/fake-github/options.js';
import type { HistoryPoint, KeyResultReport, Report } from '../../src/report/model.js';
import { clientFor, makeReport, recordingLog, useFakeGitHub } from '../deliver/fixtures.js';

const periodStart = new Date('2026-10-01T00:00:00Z');
const sec = (iso: string) => Date.parse(iso) / 1000;

describe('valueSeries', () => {
  it('earlier points in the period, one a day (the latest of it), then today’s', () => {
    const history: HistoryPoint[] = [
      [sec('2026-09-30T12:00:00Z'), 150], // before the period: another period's
      [sec('2026-10-05T08:00:00Z'), 130],
      [sec('2026-10-05T17:00:00Z'), 129], // same day, later: this one stands for Oct 5
      [sec('2026-10-12T09:00:00Z'), 120],
      [sec('2026-10-19T06:00:00Z'), 111], // today, earlier: today's run replaces it
    ];
    const asOf = new Date('2026-10-19T09:30:00Z');
    expect(valueSeries(history, { value: 110, samples: 1 }, asOf, periodStart)).toEqual([
      { at: '2026-10-05T17:00:00.000Z', value: 129, samples: 1 },
      { at: '2026-10-12T09:00:00.000Z', value: 120, samples: 1 },
      { at: '2026-10-19T09:30:00.000Z', value: 110, samples: 1 },
    ]);
  });

  it('keeps the latest 100 points, today’s included', () => {
    const history = Array.from({ length: 150 }, (_, i): HistoryPoint => [sec('2026-10-01T10:00:00Z') + i * 86_400, i]);
    const series = valueSeries(history, { value: 999, samples: 1 }, new Date('2027-06-01T00:00:00Z'), periodStart);
    expect(series).toHaveLength(MAX_HISTORY_POINTS);
    expect(series[0]!.value).toBe(51);
    expect(series.at(-1)!.value).toBe(999);
  });
});

/** A report whose one key result is a supplied P99, as the engine makes it on a given day. */
function p99Report(asOf: string, value: number): Report {
  const base = makeReport({ asOf, score: 1, incidents: 0, incidentScore: 1 });
  const kr: KeyResultReport = {
    ...base.objectives[0]!.keyResults[0]!,
    id: 'p99',
    title: 'Keep P99 latency under 100 ms',
    metric: { type: 'value', name: 'p99-latency-ms', unit: 'ms' },
    value,
    unit: 'ms',
    samples: 1,
    baseline: null,
    target: 100,
    score: value <= 100 ? 1 : 0,
    status: value <= 100 ? 'achieved' : 'off-track',
    series: [{ at: new Date(asOf).toISOString(), value, samples: 1 }],
  };
  return { ...base, objectives: [{ ...base.objectives[0]!, keyResults: [kr] }] };
}

const { start } = useFakeGitHub();
const marker = markerFor('.github/okrs.yml');

/** Delivers the tracking issue as the action does: series and state drawn from what the last body carried. */
async function deliver(server: FakeGitHub, report: Report) {
  const octokit = clientFor(server, 'bot');
  let rendered: Report | undefined;
  await upsertTrackingIssue({
    octokit,
    owner: 'acme',
    repo: 'payments',
    title: 'OKRs',
    marker,
    render: (previous, maxChars) => {
      rendered = withValueHistory(report, previous);
      return renderComment(rendered, { marker, previous, maxChars, charts: true });
    },
    state: (previous) => previousRunFromReport(withValueHistory(report, previous)),
    identity: await resolveIdentity(octokit),
    log: recordingLog(),
  });
  const issue = server.state.repositories.get('acme/payments')!.issues.find((i) => i.title === 'OKRs')!;
  return { body: issue.body ?? '', kr: rendered!.objectives[0]!.keyResults[0]! };
}

describe('the history through the tracking issue', () => {
  it('grows by one point a day, and gives a forecast and a chart from the third', async () => {
    const server = await start();
    await deliver(server, p99Report('2026-11-02T09:00:00Z', 120));
    await deliver(server, p99Report('2026-11-09T09:00:00Z', 112));
    await deliver(server, p99Report('2026-11-09T15:00:00Z', 111)); // a second run that day replaces the first
    const { body, kr } = await deliver(server, p99Report('2026-11-16T09:00:00Z', 104));

    expect(kr.series.map((p) => p.value)).toEqual([120, 111, 104]);
    expect(kr.forecast).toMatchObject({ method: 'theil-sen', status: 'on-track' });
    expect(kr.forecast!.value).toBeLessThan(100);
    expect(body).toContain('| █▄▁ |');
    expect(body).toContain('```mermaid');
    expect(extractPreviousRun(body)?.keyResults['reliable-payments/p99']?.history).toEqual([
      [sec('2026-11-02T09:00:00Z'), 120],
      [sec('2026-11-09T15:00:00Z'), 111],
      [sec('2026-11-16T09:00:00Z'), 104],
    ]);
  });

  it('an issue body in the version 1 format keeps its change column and starts the history', async () => {
    const server = await start();
    const octokit = clientFor(server, 'bot');
    const v1 = {
      version: 1,
      asOf: '2026-11-09T09:00:00.000Z',
      score: 0,
      keyResults: { 'reliable-payments/p99': { value: 112, score: 0 } },
    };
    const state = Buffer.from(JSON.stringify(v1), 'utf8').toString('base64');
    await octokit.rest.issues.create({
      owner: 'acme',
      repo: 'payments',
      title: 'OKRs',
      labels: [TRACKING_LABEL],
      body: `${marker}\nold scorecard\n<!-- okr-scorecard-state:v1 ${state} -->\n`,
    });
    const { body, kr } = await deliver(server, p99Report('2026-11-16T09:00:00Z', 104));
    expect(body).toContain('▼ 8 ms better');
    expect(kr.series.map((p) => p.value)).toEqual([112, 104]);
    expect(extractPreviousRun(body)).toMatchObject({ version: 2 });
  });
});
