/** The roll-up's JSON (SPEC §10): keys in the contract's order (the model builds them so), 2-space indent. */
import type { RollupReport } from '../rollup/model.js';

export function renderRollupJson(rollup: RollupReport): string {
  return `${JSON.stringify(rollup, null, 2)}\n`;
}
