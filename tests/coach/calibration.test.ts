/**
 * Calibration against the previous period (SPEC §13): the rules' messages and edges, the plan's widened listings,
 * and properties over generated histories: scaling every duration (and the goals with them) or shifting the
 * whole history in time changes nothing about which rules fire.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coach } from '../../src/coach/index.js';
import { calibrates } from '../../src/coach/calibration.js';
import { measurePrevious } from '../../src/trend/previous.js';
import { planScorecard } from '../../src/plan.js';
import { parseOkrFile } from '../../src/okrs/parse.js';
import type { OkrFile } from '../../src/okrs/model.js';
import type { PullRequest } from '../../src/github/records.js';
import type { Finding, PreviousValue } from '../../src/report/model.js';
import { scorecard } from '../../src/engine.js';
import { prometheusServer } from '../../src/prometheus/server.js';
import { startFakePrometheus } from '../../src/fake-prometheus/server.js';
import { testClient } from '../github/support/history.js';

function parse(text: string): OkrFile {
  const parsed = parseOkrFile(text, '.github/okrs.yml');
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
  return parsed.okrs;
}

const okrsWith = (keyResult: string, period = '2026-Q4') => `version: 1
period: ${period}
objectives:
  - title: Deploys are a non-event for the whole team
    id: calm
    key-results:
${keyResult}
`;

const deployTime = (goals: string) => `      - title: Deploy time falls
        id: deploy
        metric: { type: workflow-duration, workflow: deploy.yml }
${goals}`;

const previousOf = (value: number | null, samples = 40): Map<string, PreviousValue> =>
  new Map([['calm/deploy', { value, samples, start: '2026-07-01T00:00:00.000Z', end: '2026-10-01T00:00:00.000Z' }]]);

const calibrationFindings = (okrs: OkrFile, previous: Map<string, PreviousValue>): Finding[] =>
  coach({ okrs, elapsed: 0, isPullRequest: true, previous }).filter(
    (f) => f.rule === 'easy-target' || f.rule === 'stale-baseline',
  );

describe('the rules', () => {
  it("say SPEC §13's sentences, with values as the reports write them", () => {
    const threshold = parse(okrsWith(deployTime('        target: 10m\n        direction: decrease')));
    expect(calibrationFindings(threshold, previousOf(552))).toEqual([
      {
        rule: 'easy-target',
        severity: 'warning',
        message: 'Last period this measured 9m 12s: the target, 10m, was already met. A key result should stretch.',
        line: 10,
      },
    ]);
    const stale = parse(okrsWith(deployTime('        baseline: 45m\n        target: 10m')));
    expect(calibrationFindings(stale, previousOf(1290))).toEqual([
      {
        rule: 'stale-baseline',
        severity: 'warning',
        message:
          "The baseline is 45m; the previous period measured 21m 30s, which puts today's score 67 points off; " +
          'measure the baseline.',
        line: 10,
      },
    ]);
  });

  it('stale-baseline: more than a quarter of the planned improvement, not exactly a quarter', () => {
    const okrs = parse(okrsWith(deployTime('        baseline: 45m\n        target: 5m')));
    // 45m → 5m plans 40m of improvement; a quarter of it is 10m.
    expect(calibrationFindings(okrs, previousOf(35 * 60))).toEqual([]);
    expect(calibrationFindings(okrs, previousOf(35 * 60 - 1)).map((f) => f.rule)).toEqual(['stale-baseline']);
    expect(calibrationFindings(okrs, previousOf(55 * 60 + 1))[0]?.message).toContain('25 points off');
  });

  it('going up: met when the previous value reaches the target', () => {
    const okrs = parse(
      okrsWith(`      - title: CI success
        id: deploy
        metric: { type: workflow-success-rate, workflow: ci.yml }
        target: 95%
        direction: increase`),
    );
    expect(calibrationFindings(okrs, previousOf(0.95))[0]?.message).toBe(
      'Last period this measured 95%: the target, 95%, was already met. A key result should stretch.',
    );
    expect(calibrationFindings(okrs, previousOf(0.949))).toEqual([]);
  });

  it('neither fires without a previous value: no samples, or no calibration at all', () => {
    const okrs = parse(okrsWith(deployTime('        baseline: 45m\n        target: 10m')));
    expect(calibrationFindings(okrs, previousOf(null, 0))).toEqual([]);
    // A count of nothing is no sample either: the label, the workflow or the repository is newer than that.
    expect(calibrationFindings(okrs, previousOf(0, 0))).toEqual([]);
    expect(coach({ okrs, elapsed: 0, isPullRequest: true }).map((f) => f.rule)).not.toContain('stale-baseline');
  });

  it('a baseline equal to its target is no-stretch, not a stale baseline divided by zero', () => {
    const okrs = parse(okrsWith(deployTime('        baseline: 10m\n        target: 10m')));
    expect(calibrationFindings(okrs, previousOf(1290))).toEqual([]);
  });
});

describe('when to calibrate', () => {
  const okrs = parse(okrsWith(deployTime('        baseline: 45m\n        target: 10m')));
  const text = okrsWith(deployTime('        baseline: 45m\n        target: 10m'));
  it('auto: on a pull request that adds the file or changes what it says', () => {
    expect(calibrates('auto', okrs, undefined)).toBe(false); // no pull request
    expect(calibrates('auto', okrs, { read: { ok: true, text: null } })).toBe(true); // added
    expect(calibrates('auto', okrs, { read: { ok: true, text } })).toBe(false);
    expect(calibrates('auto', okrs, { read: { ok: true, text: `# a note\n\n${text}` } })).toBe(false);
    expect(calibrates('auto', okrs, { read: { ok: true, text: text.replace('10m', '12m') } })).toBe(true);
    expect(calibrates('auto', okrs, { read: { ok: true, text: 'version: [' } })).toBe(true);
    expect(calibrates('auto', okrs, { read: { ok: false, error: 'HTTP 500' } })).toBe(false);
  });
  it('always and never, whatever the event', () => {
    expect(calibrates('always', okrs, undefined)).toBe(true);
    expect(calibrates('never', okrs, { read: { ok: true, text: null } })).toBe(false);
  });
});

describe('the plan', () => {
  const okrs = parse(
    okrsWith(`${deployTime('        baseline: 45m\n        target: 10m')}
      - title: Deploy success over any 30 days
        id: success
        metric: { type: workflow-success-rate, workflow: deploy.yml, window: 30d }
        target: 99%
      - title: Latency
        id: latency
        metric: { type: value, name: p99 }
        target: 100
        direction: decrease`),
  );
  const asOf = new Date('2026-11-28T12:00:00Z');

  it('widens the one shared listing to the previous period instead of adding one', () => {
    const plain = planScorecard(okrs, { repository: 'acme/payments', asOf });
    const calibrated = planScorecard(okrs, { repository: 'acme/payments', asOf, calibrate: true });
    expect([...calibrated.sources.keys()]).toEqual([...plain.sources.keys()]);
    const [listing] = [...calibrated.sources.values()];
    expect(listing!.since.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(listing!.until.toISOString()).toBe(asOf.toISOString());
    const windows = calibrated.keyResults.map((kr) => kr.previous && [kr.previous.start, kr.previous.end]);
    expect(windows.map((w) => w?.map((d) => d.toISOString()))).toEqual([
      ['2026-07-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z'],
      // A rolling window ends at the period's start.
      ['2026-09-01T00:00:00.000Z', '2026-10-01T00:00:00.000Z'],
      undefined, // a supplied value is not calibrated
    ]);
  });

  it('before the period starts, the previous one is measured up to the evaluation time, never past it', () => {
    const early = new Date('2026-09-20T00:00:00Z');
    const planned = planScorecard(okrs, { repository: 'acme/payments', asOf: early, calibrate: true });
    expect(planned.keyResults[0]!.previous!.end.toISOString()).toBe(early.toISOString());
    expect([...planned.sources.values()][0]!.until.toISOString()).toBe(early.toISOString());
  });
});

/**
 * Pull requests merged one a day from `firstDay` on, each `durations` seconds after it was opened: scaling the
 * durations moves the openings, never which window a merge falls in.
 */
function pullRequests(firstDay: number, durations: readonly number[]): PullRequest[] {
  return durations.map((seconds, i) => {
    const merged = firstDay + i * 86_400_000 + 3_600_000;
    return {
      number: i + 1,
      base: 'main',
      created_at: new Date(merged - seconds * 1000).toISOString(),
      merged_at: new Date(merged).toISOString(),
    };
  });
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Scenario {
  /** Merge times of the previous period's pull requests, seconds. */
  durations: number[];
  baseline: number | undefined;
  target: number;
  stat: string;
  window: number | undefined;
}

/** The scenario's OKR file and history, its durations scaled by `scale` and its days shifted by `shiftDays`. */
function calibrate(scenario: Scenario, scale: number, shiftDays: number): string[] {
  const shift = shiftDays * 86_400_000;
  const start = day('2026-10-01') + shift;
  const end = day('2026-12-31') + shift; // the inclusive last day
  const goal = (seconds: number) => `${seconds * scale}s`;
  const window = scenario.window ? `, window: ${scenario.window}d` : '';
  const from = scenario.baseline === undefined ? 'direction: decrease' : `baseline: ${goal(scenario.baseline)}`;
  const text = okrsWith(
    [
      '      - title: Pull requests merge sooner',
      '        id: deploy',
      `        metric: { type: pr-merge-time, stat: ${scenario.stat}${window} }`,
      `        ${from}`,
      `        target: ${goal(scenario.target)}`,
    ].join('\n'),
    `{ start: ${isoDay(start)}, end: ${isoDay(end)} }`,
  );
  const okrs = parse(text);
  const asOf = new Date(start + 30 * 86_400_000);
  const plan = planScorecard(okrs, { repository: 'acme/payments', asOf, calibrate: true });
  const [planned] = plan.keyResults;
  const records = pullRequests(
    start - 91 * 86_400_000,
    scenario.durations.map((d) => d * scale),
  );
  const previous = measurePrevious(planned!.keyResult.metric, records, planned!.previous!, okrs.period);
  return calibrationFindings(okrs, new Map(previous ? [['calm/deploy', previous]] : [])).map(
    (f) => `${f.rule}@${f.line}`,
  );
}

const scenarios = fc.record({
  durations: fc.array(fc.integer({ min: 60, max: 7 * 86_400 }), { minLength: 0, maxLength: 90 }),
  baseline: fc.option(fc.integer({ min: 60, max: 7 * 86_400 }), { nil: undefined }),
  target: fc.integer({ min: 60, max: 7 * 86_400 }),
  stat: fc.constantFrom('p50', 'p75', 'p90', 'p95', 'p99', 'mean', 'min', 'max'),
  window: fc.option(fc.constantFrom(7, 30), { nil: undefined }),
});

describe('properties', () => {
  it('scaling every duration, baseline and target alike changes nothing about which rules fire', () => {
    fc.assert(
      fc.property(scenarios, fc.constantFrom(2, 4, 8, 16), (scenario, scale) => {
        expect(calibrate(scenario, scale, 0)).toEqual(calibrate(scenario, 1, 0));
      }),
      { numRuns: 150 },
    );
  });

  it('shifting the history and the period in time changes nothing about which rules fire', () => {
    fc.assert(
      fc.property(scenarios, fc.integer({ min: -3000, max: 3000 }), (scenario, shiftDays) => {
        expect(calibrate(scenario, 1, shiftDays)).toEqual(calibrate(scenario, 1, 0));
      }),
      { numRuns: 150 },
    );
  });

  it('the generator reaches every outcome (the properties are not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(scenarios, (scenario) => {
        seen.add(calibrate(scenario, 1, 0).join(' ') || 'none');
      }),
      { numRuns: 300, seed: 42 },
    );
    expect([...seen].sort()).toEqual(
      expect.arrayContaining(['easy-target@11', 'none', 'stale-baseline@10', 'stale-baseline@10 easy-target@11']),
    );
  });
});

describe('a key result from Prometheus (SPEC §12) is calibrated by its query at the previous period', () => {
  it('asks the query once more, at the period start with the previous window, and judges its answer', async () => {
    const start = Date.parse('2026-10-01T00:00:00Z') / 1000;
    const asked: [number, number][] = [];
    // P99 latency: 200 ms through Q3, 400 ms since (the baseline was measured before Q3's fix).
    const prometheus = await startFakePrometheus({
      'latency_p99[$window]': (time, window) => {
        asked.push([time, window]);
        return time <= start ? 0.2 : 0.4;
      },
    });
    try {
      const server = prometheusServer(prometheus.url, '', { url: 'url', headers: 'headers' });
      if (!server.ok) throw new Error(server.error);
      const okrs = parse(
        okrsWith(`      - title: Checkout P99 latency falls
        id: deploy
        metric: { type: prometheus, query: "latency_p99[$window]", unit: seconds }
        baseline: 500ms
        target: 250ms`),
      );
      const { report } = await scorecard({
        okrs,
        repository: 'acme/checkout',
        asOf: new Date('2026-11-28T12:00:00Z'),
        now: new Date('2026-11-28T12:00:00Z'),
        octokit: testClient('http://127.0.0.1:9'),
        prometheus: { server: server.server },
        calibrate: 'always',
      });
      const kr = report.objectives[0]!.keyResults[0]!;
      expect(kr.previous).toEqual({
        value: 0.2,
        samples: 1,
        start: '2026-07-01T00:00:00.000Z',
        end: '2026-10-01T00:00:00.000Z',
      });
      expect(asked).toContainEqual([start, 92 * 86_400]);
      const calibration = report.findings.filter((f) => f.rule === 'easy-target' || f.rule === 'stale-baseline');
      expect(calibration.map((f) => `${f.rule}@${f.line}`)).toEqual(['stale-baseline@10', 'easy-target@11']);
      expect(calibration[0]!.message).toBe(
        "The baseline is 500ms; the previous period measured 200ms, which puts today's score 120 points off; " +
          'measure the baseline.',
      );
      // Its series is the weekly checkpoints only: the previous period's answer is no point of it.
      expect(kr.series.every((point) => Date.parse(point.at) > Date.parse('2026-10-01T00:00:00Z'))).toBe(true);
    } finally {
      await prometheus.close();
    }
  });
});
