import type { FakePull } from '../history.js';
import { pullObject } from '../objects/pulls.js';
import { fullRepository } from '../objects/repository.js';
import { pageRequest, paginate } from '../paginate.js';
import { DOCS, json, notFound, type Route, type RouteContext } from './route.js';

const LIST_DOCS = `${DOCS}/pulls/pulls#list-pull-requests`;

function sortKey(sort: string): (pull: FakePull) => string {
  // popularity (comment count) has no data in a history: every pull ties, and ties fall back to the number.
  if (sort === 'updated') return (p) => p.updated_at;
  if (sort === 'popularity') return () => '';
  return (p) => p.created_at;
}

function listPulls(context: RouteContext) {
  const repository = context.repository;
  if (!repository) return notFound(LIST_DOCS);
  const { query } = context;
  const state = query.get('state') ?? 'open';
  const base = query.get('base');
  const head = query.get('head');
  const sort = query.get('sort') ?? 'created';
  // GitHub: "Default: desc when sort is created or sort is not specified, otherwise asc."
  const direction = query.get('direction') ?? (sort === 'created' ? 'desc' : 'asc');
  const owner = repository.history.fullName.split('/')[0] ?? '';
  const key = sortKey(sort);
  const sign = direction === 'asc' ? 1 : -1;
  const pulls = repository.history.pulls
    .filter(
      (p) =>
        (state === 'all' || (state === 'open') === (p.closed_at === null)) &&
        (base === null || p.base === base) &&
        (head === null || head === `${owner}:${p.head}`),
    )
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number) * sign;
    });
  const openIssues = repository.state.issues.filter((i) => i.state === 'open').length;
  const page = paginate(pulls, pageRequest(query), context.pageUrl);
  const repo = fullRepository(context.site, repository.history, openIssues);
  return json(
    200,
    page.items.map((p) => pullObject(context.site, repository.history, p, repo)),
    page,
  );
}

export const pullRoutes: Route[] = [
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/pulls$/, docs: LIST_DOCS, handle: listPulls },
];
