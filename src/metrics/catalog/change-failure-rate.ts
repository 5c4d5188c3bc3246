/** change-failure-rate (SPEC §3): the share of deployments with an outcome that failed. */
import { commonFields, text } from '../../okrs/fields.js';
import { outcomesInScope, succeeded } from '../deployments.js';
import { summarizeRatio } from '../summarize.js';
import { doraReading } from '../dora.js';
import { fetchedFrom, type MetricEntry } from './definition.js';
import { deploymentsSource } from './sources.js';

const fields = { ...commonFields, environment: text.optional() };

export const changeFailureRate: MetricEntry<'change-failure-rate', typeof fields> = {
  type: 'change-failure-rate',
  kind: 'ratio',
  direction: 'decrease',
  fields,
  source: fetchedFrom('deployments', deploymentsSource, (metric, deployments, window) => {
    const outcomes = outcomesInScope(metric, deployments, window);
    const measured = summarizeRatio(outcomes.length - succeeded(outcomes).length, outcomes.length);
    return { ...measured, dora: doraReading('change-failure-rate', measured.value, measured.samples) };
  }),
  samples: 'deployments created in the window with outcome failure or error ÷ those with an outcome',
};
