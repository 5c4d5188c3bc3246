/**
 * Which listing a request served, from the stand-in's request log, named as careful.ts names listings, so the
 * engine's requests can be set beside the careful client's, source by source.
 */
import type { RequestLogEntry } from '../../src/fake-github/options.js';
import { COMPARISONS } from './careful.js';

export function listingOf(entry: RequestLogEntry, deploymentSources: readonly string[]): string {
  const url = new URL(entry.path, 'http://stand-in');
  const query = url.searchParams;
  const runs = /\/actions\/workflows\/([^/]+)\/runs$/.exec(url.pathname);
  if (runs) return `runs ${decodeURIComponent(runs[1]!)}${query.get('branch') ? ` (${query.get('branch')})` : ''}`;
  // GraphQL serves deployments only; status listings name no environment either: with one deployments listing in
  // the plan they can only be its.
  if (url.pathname.endsWith('/graphql')) return deploymentSources.length === 1 ? deploymentSources[0]! : 'GraphQL';
  // Status listings name no environment; with one deployments listing in the plan they can only be its.
  if (/\/deployments\/\d+\/statuses$/.test(url.pathname))
    return deploymentSources.length === 1 ? deploymentSources[0]! : 'deployment statuses';
  if (url.pathname.endsWith('/deployments'))
    return `deployments${query.get('environment') ? ` (${query.get('environment')})` : ''}`;
  if (url.pathname.includes('/compare/')) return COMPARISONS;
  if (url.pathname.endsWith('/issues')) {
    const labels = (query.get('labels') ?? '').split(',').filter((l) => l !== '');
    return `issues${labels.length > 0 ? ` [${labels.map((l) => l.toLowerCase()).join(', ')}]` : ''}`;
  }
  if (url.pathname.endsWith('/pulls')) return `pull requests${query.get('base') ? ` (${query.get('base')})` : ''}`;
  return `${entry.method} ${url.pathname}`;
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
