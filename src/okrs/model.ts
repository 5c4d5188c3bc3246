/**
 * The normalised OKR model: what `parseOkrFile` produces from `.github/okrs.yml` (SPEC §2).
 * Durations are seconds, percentages fractions, periods UTC instants with an exclusive end.
 * Every stage after parsing works on these types only, never on raw YAML.
 */

import type { Period } from '../model/period.js';
import type { Direction } from '../model/direction.js';
import type { Metric } from '../metric-types/index.js';

/** 1-based line and column in the OKR file. */
export interface Position {
  line: number;
  column: number;
}

export interface KeyResult {
  id: string;
  title: string;
  metric: Metric;
  baseline?: number;
  target: number;
  direction?: Direction;
  weight: number;
  owner?: string;
  /** Where the key result's mapping starts, and where each of its fields is (for findings and annotations). */
  position: Position;
  positions: Partial<Record<'title' | 'metric' | 'baseline' | 'target' | 'direction' | 'weight' | 'owner', Position>>;
}

/**
 * What a key result is known by across runs and versions of the file: the PR comment's carried state, the
 * goalpost guard and the report's change column all key on `objective/key-result`.
 */
export function keyResultKey(objectiveId: string, keyResultId: string): string {
  return `${objectiveId}/${keyResultId}`;
}

export interface Objective {
  id: string;
  title: string;
  alignsTo?: string;
  owner?: string;
  keyResults: KeyResult[];
  position: Position;
  positions: Partial<Record<'title' | 'aligns-to' | 'owner' | 'key-results', Position>>;
}

export interface CompanyRef {
  repository?: string;
  path: string;
  ref?: string;
}

export interface OkrFile {
  /** The path it was read from, as given (used in messages and annotations). */
  file: string;
  version: 1;
  period: Period;
  team?: string;
  owner?: string;
  company?: CompanyRef;
  objectives: Objective[];
  positions: Partial<Record<'period' | 'team' | 'owner' | 'company' | 'objectives', Position>>;
}

/** One problem in an OKR file. `toString` form: `file:line:column: message`. */
export interface OkrFileError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type ParseResult = { ok: true; okrs: OkrFile } | { ok: false; errors: OkrFileError[] };
