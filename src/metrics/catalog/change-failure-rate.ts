/** change-failure-rate (SPEC §3): the share of deployments with an outcome that failed. */
import { outcomesInScope, succeeded } from '../deployments.js';
import { summarizeRatio } from '../summarize.js';
import { doraReading } from '../../model/dora.js';
import { fetchedFrom, type MeasureEntry } from './measure-entry.js';
import { deploymentsSource } from './sources.js';

export const changeFailureRate: MeasureEntry<'change-failure-rate'> = {
  source: fetchedFrom('deployments', deploymentsSource, (metric, deployments, window) => {
    const outcomes = outcomesInScope(metric, deployments, window);
    const measured = summarizeRatio(outcomes.length - succeeded(outcomes).length, outcomes.length);
    return { ...measured, dora: doraReading('change-failure-rate', measured.value, measured.samples) };
  }),
};
