/** value (SPEC §3): one number supplied from outside, by the `metrics` input or a JSON file in the workspace. */
import { measureSupplied } from '../supplied.js';
import type { MeasureEntry } from './measure-entry.js';

export const value: MeasureEntry<'value'> = { source: undefined, measureSupplied };
