/**
 * The measure stage: one key result's metric, its source's records and its window → a Measurement.
 * Pure: the records were fetched and the workspace file reader is injected by the caller. Each metric type's
 * measure is its entry in `catalog/`.
 */
import type { Metric } from '../metric-types/index.js';
import type { Measurement } from './measurement.js';
import type { MeasureInput } from './catalog/measure-entry.js';
import { measureMetric } from './catalog/index.js';

export type { MeasureInput } from './catalog/measure-entry.js';

export function measureKeyResult(metric: Metric, input: MeasureInput): Measurement {
  return measureMetric(metric, input);
}
