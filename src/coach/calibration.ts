/**
 * Calibration against the previous period (SPEC §13): when a run calibrates, and which previous values the rules
 * (easy-target.ts, stale-baseline.ts) may judge by. The previous period is measured in trend/previous.ts.
 */
import type { OkrFile } from '../okrs/model.js';
import type { FileRead } from '../github/contents.js';
import { parseOkrFile } from '../okrs/parse.js';
import { canonical } from './goalposts.js';
import type { PreviousValue } from '../report/model.js';

/** A previous value the rules may judge by: one with samples (a count of nothing says the data is newer). */
export function judgeable(previous: PreviousValue | undefined): previous is PreviousValue & { value: number } {
  return previous !== undefined && previous.value !== null && previous.samples > 0;
}

/** The `calibrate` input (SPEC §13). */
export const CALIBRATE_MODES = ['auto', 'always', 'never'] as const;
export type CalibrateMode = (typeof CALIBRATE_MODES)[number];

/**
 * Whether this run calibrates. `auto`: on a pull request (it has a base) that adds the OKR file (the base has
 * none) or changes its OKRs, which is when targets are set. A change is in what the file says, not how it is
 * written: reformatting or a comment is no occasion. A base that could not be read cannot tell: no calibration.
 */
export function calibrates(mode: CalibrateMode, okrs: OkrFile, base: { read: FileRead } | undefined): boolean {
  if (mode !== 'auto') return mode === 'always';
  if (base === undefined || !base.read.ok) return false;
  if (base.read.text === null) return true;
  const parsed = parseOkrFile(base.read.text, okrs.file);
  return !parsed.ok || said(parsed.okrs) !== said(okrs);
}

/** An OKR file's content, without where in the file each part is written. */
function said(okrs: OkrFile): string {
  return canonical({ ...okrs, file: undefined }, ['position', 'positions']);
}
