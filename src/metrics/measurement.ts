/** What measuring one key result's metric yields. Pure data: the measure stage never does I/O. */
import type { Unit } from '../model/units.js';
import type { DoraReading } from '../model/dora.js';

export interface Measurement {
  /** null = no samples (`no-data`) or an error. A count of zero is a value, not null. */
  value: number | null;
  /** How many samples the value was computed from (runs, deployments, issues, PRs; 1 for a supplied value). */
  samples: number;
  unit: Unit;
  /** Set when the metric could not be measured; says what to do. */
  error?: string;
  /** The DORA level its samples reach (SPEC §11): on the four DORA types only, null without samples. */
  dora?: DoraReading | null;
  /** deployment-recovery-time: failure streaks begun in the window and not recovered yet (no sample). */
  unrecovered?: number;
}
