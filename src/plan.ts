/**
 * The plan stage: which listings to fetch for which key results. Key results that read the same listing
 * (same kind, repository and filters) share one fetch, over the union of their windows.
 */
import type { KeyResult, Metric, Objective, OkrFile } from './okrs/model.js';
import type { SourceSpec } from './github/sources.js';
import type { Window } from './metrics/measurement.js';
import { mergeSpecs, sourceKey } from './github/fetch.js';
import { metricWindow } from './metrics/window.js';
import { sourceFor } from './metrics/catalog/index.js';

export interface PlannedKeyResult {
  objective: Objective;
  keyResult: KeyResult;
  window: Window;
  /** The listing it is measured from; absent for supplied values. */
  source?: string;
}

export interface Plan {
  sources: Map<string, SourceSpec>;
  keyResults: PlannedKeyResult[];
}

export function planScorecard(okrs: OkrFile, options: { repository: string; asOf: Date }): Plan {
  const sources = new Map<string, SourceSpec>();
  const keyResults: PlannedKeyResult[] = [];
  for (const objective of okrs.objectives) {
    for (const keyResult of objective.keyResults) {
      const window = metricWindow(keyResult.metric, okrs.period, options.asOf);
      const spec = sourceFor(keyResult.metric, metricRepository(keyResult.metric, options.repository), window);
      if (!spec) {
        keyResults.push({ objective, keyResult, window });
        continue;
      }
      const key = sourceKey(spec);
      const known = sources.get(key);
      sources.set(key, known ? mergeSpecs(known, spec) : spec);
      keyResults.push({ objective, keyResult, window, source: key });
    }
  }
  absorbNarrowRunListings(sources, keyResults);
  return { sources, keyResults };
}

/**
 * A workflow's runs filtered by branch or event, over a window inside that of an unfiltered listing of the same
 * workflow, are all in that listing already: measure them from it (the measure stage filters branch and event
 * exactly) instead of paging through them twice.
 */
function absorbNarrowRunListings(sources: Map<string, SourceSpec>, keyResults: PlannedKeyResult[]): void {
  for (const [key, spec] of sources) {
    if (spec.kind !== 'workflow-runs' || (spec.branch === undefined && spec.event === undefined)) continue;
    const wideKey = sourceKey({ ...spec, branch: undefined, event: undefined });
    const wide = sources.get(wideKey);
    if (!wide || wide.since > spec.since || wide.until < spec.until) continue;
    sources.delete(key);
    for (const planned of keyResults) if (planned.source === key) planned.source = wideKey;
  }
}

function metricRepository(metric: Metric, fallback: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = (metric.repository ?? fallback).split('/');
  return { owner, repo };
}
