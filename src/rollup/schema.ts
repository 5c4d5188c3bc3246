/**
 * What the roll-up accepts as a team's JSON report (SPEC §6, with §9's optional `series` and `forecast`): the
 * fields it reads, checked; anything else a newer scorecard adds is carried along untouched.
 */
import { z } from 'zod';

const STATUSES = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data', 'error'] as const;
const status = z.enum(STATUSES);
const instant = z.iso.datetime({ offset: true });
const score = z.number().finite().min(0).max(1).nullable();

const point = z.object({
  at: instant,
  value: z.number().finite().nullable(),
  samples: z.number().finite().nullable(),
});

const forecast = z.looseObject({
  value: z.number().finite(),
  low: z.number().finite(),
  high: z.number().finite(),
  score,
  status,
  method: z.string(),
});

const keyResult = z.looseObject({
  id: z.string(),
  title: z.string(),
  value: z.number().finite().nullable(),
  unit: z.string(),
  baseline: z.number().finite().nullable(),
  target: z.number().finite(),
  direction: z.enum(['increase', 'decrease']),
  score,
  status,
  error: z.string().nullable().optional(),
  series: z.array(point).optional(),
  forecast: forecast.nullable().optional(),
  dora: z
    .object({ level: z.enum(['elite', 'high', 'medium', 'low']), value: z.number().finite() })
    .nullable()
    .optional(),
  unrecovered: z.number().int().min(0).optional(),
});

const objective = z.looseObject({
  id: z.string(),
  title: z.string(),
  alignsTo: z.string().nullable(),
  score,
  status,
  keyResults: z.array(keyResult),
});

export const teamReportSchema = z.looseObject({
  version: z.literal(1),
  repository: z.string().min(1),
  file: z.string().min(1),
  team: z.string().nullable().optional(),
  asOf: instant,
  generatedAt: instant,
  period: z.looseObject({ name: z.string(), start: instant, end: instant }),
  score,
  status,
  objectives: z.array(objective),
});

export type TeamReport = z.output<typeof teamReportSchema>;
export type TeamObjective = TeamReport['objectives'][number];
export type TeamKeyResult = TeamObjective['keyResults'][number];
export type Point = z.output<typeof point>;
