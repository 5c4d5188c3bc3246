/** prometheus (SPEC §12): one answer of its query (the plan says which instants) → a measurement. */
import { DEFAULT_VALUE_UNIT } from '../../model/units.js';
import type { QueryAnswer } from '../../prometheus/answer.js';
import type { Measurement } from '../measurement.js';
import type { MeasureEntry } from './measure-entry.js';

export const prometheus: MeasureEntry<'prometheus'> = {
  source: undefined,
  queried: {
    measure: (metric, answer) => measureAnswer(metric.unit ?? DEFAULT_VALUE_UNIT, answer),
  },
};

/** A number is one value (samples: 1, as for a supplied value); no data is `no-data`; an error is the answer's. */
function measureAnswer(unit: string, answer: QueryAnswer | undefined): Measurement {
  if (answer === undefined) return { value: null, samples: 0, unit, error: 'this query was not asked' };
  if (!answer.ok) return { value: null, samples: 0, unit, error: answer.error };
  return answer.value === null ? { value: null, samples: 0, unit } : { value: answer.value, samples: 1, unit };
}
