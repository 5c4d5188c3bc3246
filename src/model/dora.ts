/**
 * DORA's performance levels (SPEC §11, from DORA's 2023 report) for the four keys: which level a key result's
 * samples reach, in the table's unit (deployments per day, seconds, or a ratio), whatever its `stat`.
 */
export type DoraLevel = 'elite' | 'high' | 'medium' | 'low';

export interface DoraReading {
  level: DoraLevel;
  /** The value compared: successful deployments per day, the median sample in seconds, or the ratio. */
  value: number;
}

const DORA_TYPES = [
  'deployment-frequency',
  'lead-time-for-changes',
  'change-failure-rate',
  'deployment-recovery-time',
] as const;
export type DoraType = (typeof DORA_TYPES)[number];

export const isDoraType = (type: string): type is DoraType => (DORA_TYPES as readonly string[]).includes(type);

const DAY = 86_400;

/** The level a value (in the table's unit) reaches: elite, high, medium, else low. */
export function doraLevel(type: DoraType, value: number): DoraLevel {
  switch (type) {
    case 'deployment-frequency':
      return value >= 1 ? 'elite' : value >= 1 / 7 ? 'high' : value >= 1 / 30 ? 'medium' : 'low';
    case 'lead-time-for-changes':
      return value < DAY ? 'elite' : value <= 7 * DAY ? 'high' : value <= 30 * DAY ? 'medium' : 'low';
    case 'change-failure-rate':
      return value <= 0.05 ? 'elite' : value <= 0.1 ? 'high' : value <= 0.15 ? 'medium' : 'low';
    case 'deployment-recovery-time':
      return value < 3600 ? 'elite' : value < DAY ? 'high' : value < 7 * DAY ? 'medium' : 'low';
  }
}

/** The reading of a value, or null when there were no samples to compare. */
export function doraReading(type: DoraType, value: number | null, samples: number): DoraReading | null {
  if (samples === 0 || value === null || !Number.isFinite(value)) return null;
  return { level: doraLevel(type, value), value };
}
