/**
 * The one builder of hand-made `Report`s for tests: `report`, `objective` and `keyResult` give a realistic
 * scorecard, each part overridable; `sampleReport` is the renderers' full sample. Build others from these.
 */
import type { KeyResultReport, ObjectiveReport, PreviousRun, Report, SeriesPoint } from '../../src/report/model.js';

const WINDOW = { start: '2026-10-01T00:00:00.000Z', end: '2026-11-28T18:00:00.000Z' };

export function keyResult(overrides: Partial<KeyResultReport> = {}): KeyResultReport {
  return {
    id: 'deploy-time',
    title: 'Reduce deployment time from 45 minutes to 10 minutes',
    metric: { type: 'workflow-duration', workflow: 'deploy.yml', branch: 'main' },
    value: 1547,
    unit: 'seconds',
    samples: 120,
    baseline: 2700,
    target: 600,
    direction: 'decrease',
    weight: 1,
    score: 0.549,
    status: 'on-track',
    error: null,
    series: [],
    forecast: null,
    window: WINDOW,
    line: 12,
    ...overrides,
  };
}

export function objective(overrides: Partial<ObjectiveReport> = {}): ObjectiveReport {
  return {
    id: 'reliable-payments',
    title: 'Build the most reliable payment processing system in our industry',
    alignsTo: 'reliability',
    alignsToTitle: 'Customers can always pay',
    score: 0.6,
    status: 'at-risk',
    keyResults: [keyResult()],
    line: 8,
    ...overrides,
  };
}

export function report(overrides: Partial<Report> = {}): Report {
  return {
    version: 1,
    repository: 'acme/payments',
    file: '.github/okrs.yml',
    asOf: '2026-11-28T18:00:00.000Z',
    generatedAt: '2026-11-28T18:00:05.000Z',
    period: { name: '2026-Q4', start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z', elapsed: 0.6277 },
    team: 'payments-platform',
    score: 0.615,
    status: 'at-risk',
    objectives: [objective()],
    findings: [],
    changes: [],
    ...overrides,
  };
}

const weekly = (values: (number | null)[], samples: number | null = 12): SeriesPoint[] =>
  values.map((value, i) => ({
    at: i === values.length - 1 ? '2026-11-28T18:00:00.000Z' : new Date(Date.UTC(2026, 9, 8 + 7 * i)).toISOString(),
    value,
    samples: value === null ? 0 : samples,
  }));

/**
 * A realistic scorecard: every unit, every status, a threshold KR, an error, findings; series and forecasts of
 * every method (Theil–Sen with a band, a count's rate, a `value` key result's carried history), and none.
 */
export function sampleReport(): Report {
  return report({
    objectives: [
      objective({
        score: 0.62,
        status: 'error',
        keyResults: [
          keyResult({
            series: weekly([2310, 2205, 2140, 1990, null, 1850, 1720, 1610, 1547]),
            forecast: { value: 1018, low: 760, high: 1307, score: 0.804, status: 'at-risk', method: 'theil-sen' },
          }),
          keyResult({
            id: 'incidents',
            title: 'Cut incident issues opened per quarter from 12 to 3',
            metric: { type: 'issue-count', labels: ['incident'] },
            value: 5,
            unit: 'count',
            samples: 5,
            baseline: 12,
            target: 3,
            score: 0.777,
            status: 'on-track',
            series: weekly([0, 1, 1, 2, 3, 3, 4, 5, 5]),
            forecast: { value: 7.8, low: 7.8, high: 7.8, score: 0.466, status: 'off-track', method: 'rate' },
            line: 19,
          }),
          keyResult({
            id: 'p99',
            title: 'Keep P99 latency under 100 ms',
            metric: { type: 'value', name: 'p99-latency-ms', unit: 'ms' },
            value: 97,
            unit: 'ms',
            samples: 1,
            baseline: null,
            target: 100,
            score: 1,
            status: 'achieved',
            series: [
              { at: '2026-10-05T09:00:00.000Z', value: 131, samples: 1 },
              { at: '2026-10-26T09:00:00.000Z', value: 118, samples: 1 },
              { at: '2026-11-16T09:00:00.000Z', value: 104, samples: 1 },
              { at: '2026-11-28T18:00:00.000Z', value: 97, samples: 1 },
            ],
            forecast: { value: 82.5, low: 74.1, high: 90.2, score: 1, status: 'on-track', method: 'theil-sen' },
            line: 24,
          }),
          keyResult({
            id: 'ci-success',
            title: 'Raise CI success rate from 80% to 95%',
            metric: { type: 'workflow-success-rate', workflow: 'ci.yml' },
            value: 0.856,
            unit: 'ratio',
            samples: 1412,
            baseline: 0.8,
            target: 0.95,
            direction: 'increase',
            score: 0.373,
            status: 'off-track',
            line: 29,
          }),
          keyResult({
            id: 'release-cadence',
            title: 'Release twice as often',
            metric: { type: 'deployment-frequency', environment: 'production', stat: 'per-week' },
            value: null,
            unit: 'per-week',
            samples: 0,
            baseline: 2,
            target: 4,
            direction: 'increase',
            weight: 2,
            score: null,
            status: 'error',
            error: 'GitHub answered 403 for deployments of acme/payments: give the token `deployments: read`.',
            line: 34,
          }),
        ],
      }),
      objective({
        id: 'happy-devs',
        title: 'Make shipping a joy for our developers',
        alignsTo: null,
        alignsToTitle: null,
        score: null,
        status: 'no-data',
        line: 40,
        keyResults: [
          keyResult({
            id: 'merge-time',
            title: 'Review pull requests within a day',
            metric: { type: 'pr-merge-time', base: 'main', window: 2_592_000 },
            value: null,
            samples: 0,
            baseline: null,
            target: 86_400,
            score: null,
            status: 'no-data',
            line: 45,
          }),
          keyResult({
            id: 'bugs',
            title: 'Fewer bug reports per day',
            metric: { type: 'issue-count', labels: ['bug'], stat: 'per-day' },
            value: 0.4,
            unit: 'per-day',
            samples: 23,
            baseline: 1.2,
            target: 0.2,
            score: 0.8,
            status: 'on-track',
            line: 50,
          }),
        ],
      }),
    ],
    findings: [
      {
        rule: 'unaligned',
        severity: 'warning',
        message: 'Objective "Make shipping a joy" has no aligns-to.',
        line: 40,
      },
      { rule: 'kr-count', severity: 'info', message: 'An objective with 5 key results is hard to focus on.', line: 8 },
    ],
  });
}

export const samplePrevious: PreviousRun = {
  version: 2,
  asOf: '2026-11-21T18:00:00.000Z',
  score: 0.574,
  keyResults: {
    'reliable-payments/deploy-time': { value: 1677, score: 0.5 },
    'reliable-payments/incidents': { value: 5, score: 0.777 },
    'reliable-payments/p99': { value: 104, score: 0 },
    'reliable-payments/ci-success': { value: 0.815, score: 0.1 },
    'reliable-payments/release-cadence': { value: 3, score: 0.5 },
    'happy-devs/bugs': { value: 0.35, score: 0.85 },
  },
};
