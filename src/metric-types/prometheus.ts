/**
 * prometheus (SPEC §12): the value of a PromQL query against the run's Prometheus-compatible server. The plan
 * asks `query` at each instant it needs (`$window` replaced there); the answer's measure is in
 * `src/metrics/catalog/`.
 */
import { commonFields, notApplicable, text } from '../syntax/fields.js';
import type { MetricDefinition } from './definition.js';

const fields = {
  repository: notApplicable(
    'a prometheus metric reads the Prometheus server of the run (the prometheus-url input), not a repository',
  ),
  /** PromQL; `$window` stands for the key result's window as a PromQL duration (`3931200s`). */
  query: text,
  /** `seconds` (shown as a duration), `ratio` (shown as a percentage), or any label. */
  unit: text.optional(),
  window: commonFields.window,
};

export const prometheus: MetricDefinition<'prometheus', typeof fields> = {
  type: 'prometheus',
  kind: 'queried',
  direction: undefined,
  fields,
  samples:
    'the value of a PromQL `query` on the `prometheus-url` server at the evaluation time, `$window` standing for ' +
    "the window's length (see [Key results from Prometheus](#key-results-from-prometheus)); `unit`: `seconds`, " +
    '`ratio` or a label',
  directionNote: 'needs `direction` (or a baseline ≠ target)',
  query: (metric) => metric.query,
};
