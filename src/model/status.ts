/** Where a key result, objective or scorecard stands (SPEC §4), from best to the two that have no score. */
export type Status = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'error';
