/**
 * prometheus (SPEC §12): the value of a PromQL query against the run's Prometheus-compatible server. The plan
 * asks `query` at each instant it needs (`$window` replaced there); this turns one answer into a measurement.
 */
import { commonFields, notApplicable, text } from '../../okrs/fields.js';
import type { QueryAnswer } from '../../prometheus/answer.js';
import type { Measurement } from '../measurement.js';
import { DEFAULT_VALUE_UNIT } from '../supplied.js';
import type { MetricEntry } from './definition.js';

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

export const prometheus: MetricEntry<'prometheus', typeof fields> = {
  type: 'prometheus',
  kind: 'queried',
  direction: undefined,
  fields,
  source: undefined,
  queried: {
    query: (metric) => metric.query,
    measure: (metric, answer) => measureAnswer(metric.unit ?? DEFAULT_VALUE_UNIT, answer),
  },
  samples:
    'the value of a PromQL `query` on the `prometheus-url` server at the evaluation time, `$window` standing for ' +
    "the window's length (see [Key results from Prometheus](#key-results-from-prometheus)); `unit`: `seconds`, " +
    '`ratio` or a label',
  directionNote: 'needs `direction` (or a baseline ≠ target)',
};

/** A number is one value (samples: 1, as for a supplied value); no data is `no-data`; an error is the answer's. */
function measureAnswer(unit: string, answer: QueryAnswer | undefined): Measurement {
  if (answer === undefined) return { value: null, samples: 0, unit, error: 'this query was not asked' };
  if (!answer.ok) return { value: null, samples: 0, unit, error: answer.error };
  return answer.value === null ? { value: null, samples: 0, unit } : { value: answer.value, samples: 1, unit };
}
