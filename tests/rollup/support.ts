/** Team reports and a company file for the roll-up tests: three teams of one company, 2026-Q4. */
import type { Status } from '../../src/model/status.js';
import type { KeyResultReport } from '../../src/report/model.js';
import { keyResult, objective, report } from '../support/report.js';

export const COMPANY_YML = `version: 1
period: 2026-Q4
team: acme
objectives:
  - title: Customers can always pay
    id: reliability
    key-results:
      - title: Keep checkout availability at 99.9%
        metric: { type: value, name: availability }
        target: 99.9%
        direction: increase
  - title: Grow the number of paying customers
    id: growth
    key-results:
      - title: Double weekly sign-ups
        metric: { type: value, name: signups }
        target: 2000
        direction: increase
  - title: Keep customer data safe
    id: security
    key-results:
      - title: Close every critical vulnerability within a week
        metric: { type: value, name: vulns }
        target: 0
        direction: decrease
`;

export const AS_OF = '2026-11-28T18:00:00.000Z';
export const NOW = new Date('2026-11-28T18:05:00.000Z');

interface ObjectiveSpec {
  id: string;
  title: string;
  alignsTo: string | null;
  score: number | null;
  status: Status;
  series?: { at: string; value: number | null; samples: number | null }[];
  forecast?: { value: number; low: number; high: number; score: number | null; status: Status; method: string } | null;
}

export interface TeamSpec {
  repository: string;
  team: string | null;
  file?: string;
  asOf?: string;
  generatedAt?: string;
  period?: { name: string; start: string; end: string; elapsed: number };
  objectives: ObjectiveSpec[];
}

const Q4 = { name: '2026-Q4', start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z', elapsed: 0.6277 };

/** A JSON report as the scorecard writes it (SPEC §6), one key result per objective. */
export function teamReport(spec: TeamSpec): Record<string, unknown> {
  const built = report({
    repository: spec.repository,
    file: spec.file ?? '.github/okrs.yml',
    asOf: spec.asOf ?? AS_OF,
    generatedAt: spec.generatedAt ?? AS_OF,
    period: spec.period ?? Q4,
    team: spec.team,
    score: spec.objectives[0]?.score ?? null,
    status: spec.objectives[0]?.status ?? 'no-data',
    objectives: spec.objectives.map((o) =>
      objective({
        id: o.id,
        title: o.title,
        alignsTo: o.alignsTo,
        alignsToTitle: null,
        score: o.score,
        status: o.status,
        keyResults: [
          keyResult({
            id: `${o.id}-kr`,
            title: `${o.title}: the key result`,
            score: o.score,
            status: o.status,
            ...(o.series ? { series: o.series } : {}),
            ...(o.forecast !== undefined ? { forecast: o.forecast as KeyResultReport['forecast'] } : {}),
          }),
        ],
        line: 8,
      }),
    ),
  });
  // Reports written before the change column existed have no `changes`: the roll-up reads those too.
  const { changes: _changes, ...written } = built;
  return written;
}

const weekly = (values: number[]) =>
  values.map((value, k) => ({
    at: new Date(Date.parse(Q4.start) + (k + 1) * 7 * 86_400_000).toISOString(),
    value,
    samples: 10,
  }));

/** payments (two aligned, with series and forecast), search (one aligned, one unaligned), platform (stale). */
export const THREE_TEAMS: TeamSpec[] = [
  {
    repository: 'acme/payments',
    team: 'payments-platform',
    objectives: [
      {
        id: 'reliable-payments',
        title: 'Build the most reliable payment system',
        alignsTo: 'reliability',
        score: 0.6,
        status: 'at-risk',
        series: weekly([2600, 2400, 2300, 2000, 1900, 1700, 1600, 1547]),
        forecast: { value: 720, low: 600, high: 900, score: 0.94, status: 'on-track', method: 'theil-sen' },
      },
      {
        id: 'fast-checkout',
        title: 'Checkout that never makes people wait',
        alignsTo: 'growth',
        score: 0.8,
        status: 'on-track',
      },
    ],
  },
  {
    repository: 'acme/search',
    team: 'search',
    objectives: [
      {
        id: 'relevant-search',
        title: 'Search that finds what people mean',
        alignsTo: 'growth',
        score: 0.4,
        status: 'off-track',
      },
      { id: 'hack-week', title: 'A great hack week', alignsTo: null, score: 1, status: 'achieved' },
    ],
  },
  {
    repository: 'acme/platform',
    team: 'platform',
    asOf: '2026-11-18T09:00:00.000Z',
    generatedAt: '2026-11-18T09:00:00.000Z',
    objectives: [
      { id: 'stable-ci', title: 'CI people can trust', alignsTo: 'reliability', score: null, status: 'no-data' },
      { id: 'typo', title: 'Fast builds', alignsTo: 'reliabilty', score: 0.5, status: 'at-risk' },
    ],
  },
];
