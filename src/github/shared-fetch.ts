/**
 * Several OKR files in one run: the listings they share are fetched once. Every file's plan is known before any
 * is scored, so each listing is fetched over the union of the windows all files need; a file then asks for its
 * sources and gets the shared result. A listing the union does not cover (a plan made differently) is fetched
 * on its own, so sharing can only save requests, never lose records. A context file several files name (their
 * company file) is read once too.
 */
import type { Octokit } from '@octokit/rest';
import type { SourceResult, SourceSpec } from './sources.js';
import { fetchSources, mergeSpecs, sourceKey, type FetchOptions } from './fetch.js';
import { readFileText, type ReadFile } from './contents.js';

/**
 * The engine's fetch, given its options (budget, GraphQL choice, spending map). The shared listings are read with
 * the first caller's options, so their cost is counted in the first file's report.
 */
export type FetchSources = (specs: readonly SourceSpec[], options?: FetchOptions) => Promise<Map<string, SourceResult>>;

export function sharedFetcher(octokit: Octokit, planned: readonly SourceSpec[]): FetchSources {
  const union = new Map<string, SourceSpec>();
  for (const spec of planned) {
    const key = sourceKey(spec);
    const known = union.get(key);
    union.set(key, known ? mergeSpecs(known, spec) : spec);
  }
  let all: Promise<Map<string, SourceResult>> | undefined;
  return async (specs, options = {}) => {
    all ??= fetchSources(octokit, [...union.values()], options);
    const fetched = await all;
    const result = new Map<string, SourceResult>();
    const missing: SourceSpec[] = [];
    for (const spec of specs) {
      const key = sourceKey(spec);
      const shared = fetched.get(key);
      if (shared && covers(union.get(key)!, spec)) result.set(key, shared);
      else missing.push(spec);
    }
    if (missing.length > 0)
      for (const [key, own] of await fetchSources(octokit, missing, options)) result.set(key, own);
    return result;
  };
}

function covers(wide: SourceSpec, spec: SourceSpec): boolean {
  if (wide.since > spec.since || wide.until < spec.until) return false;
  if (spec.kind === 'issues' && spec.openAt)
    return wide.kind === 'issues' && wide.openAt?.getTime() === spec.openAt.getTime();
  return true;
}

/** Reads each file once for the whole run, however many OKR files name it (each gets the same text or failure). */
export function sharedFileReader(octokit: Octokit): ReadFile {
  const reads = new Map<string, Promise<string | null>>();
  return (file) => {
    // Not the label: `@` may be part of a path, so `a.yml@v2` and `a.yml` at ref v2 would share one.
    const key = JSON.stringify([file.owner.toLowerCase(), file.repo.toLowerCase(), file.path, file.ref ?? null]);
    const known = reads.get(key);
    if (known) return known;
    const read = readFileText(octokit, file);
    reads.set(key, read);
    return read;
  };
}
