/**
 * The measure stage: one key result's metric, its source's records and its window → a Measurement.
 * Pure: the records were fetched and the workspace file reader is injected by the caller. Each metric type's
 * measure is declared in its catalog entry (`catalog/`).
 */
import type { Metric } from '../okrs/model.js';
import type { Measurement } from './measurement.js';
import type { MeasureInput } from './catalog/definition.js';
import { measureMetric } from './catalog/index.js';

export type { MeasureInput } from './catalog/definition.js';
export { metricUnit } from './catalog/index.js';

export function measureKeyResult(metric: Metric, input: MeasureInput): Measurement {
  return measureMetric(metric, input);
}
