/**
 * The repository's git history: the commit listing, one commit, and compare. Compare pages as GitHub documents
 * it: without `per_page`/`page` it answers the most recent 250 commits of the comparison (oldest first, the last
 * one the newest of all); with either, pages of the whole comparison in chronological order, with `Link`
 * headers. The stand-in models no file changes, so `files` is always empty (GitHub: at most 300, on page one).
 */
import { ancestors, chronological, compare, gitOf, resolve } from '../git.js';
import { commitObject } from '../objects/commits.js';
import { pageRequest, paginate } from '../paginate.js';
import { DOCS, json, notFound, type Reply, type Route, type RouteContext } from './route.js';

const LIST_DOCS = `${DOCS}/commits/commits#list-commits`;
const GET_DOCS = `${DOCS}/commits/commits#get-a-commit`;
const COMPARE_DOCS = `${DOCS}/commits/commits#compare-two-commits`;

/** Without paging parameters, compare answers at most this many commits: the most recent ones. */
const UNPAGED_COMPARE_COMMITS = 250;

function listCommits(context: RouteContext): Reply {
  const repository = context.repository;
  if (!repository) return notFound(LIST_DOCS);
  const { history } = repository;
  const git = gitOf(history);
  const { query } = context;
  const tip = resolve(git, query.get('sha') ?? history.defaultBranch, history.defaultBranch);
  if (!tip) return notFound(LIST_DOCS);
  const since = query.get('since');
  const until = query.get('until');
  // git log's order: newest first.
  const commits = chronological(git, ancestors(git, tip))
    .reverse()
    .filter(
      (c) =>
        (since === null || Date.parse(c.committed_at) >= Date.parse(since)) &&
        (until === null || Date.parse(c.committed_at) <= Date.parse(until)) &&
        (query.get('author') === null || c.author === query.get('author')),
    );
  const page = paginate(commits, pageRequest(query), context.pageUrl);
  return json(
    200,
    page.items.map((c) => commitObject(context.site, history, c)),
    page,
  );
}

function getCommit(context: RouteContext): Reply {
  const repository = context.repository;
  const history = repository?.history;
  const commit = history && resolve(gitOf(history), context.params.ref ?? '', history.defaultBranch);
  if (!history || !commit) return notFound(GET_DOCS);
  return json(200, { ...commitObject(context.site, history, commit), files: [] });
}

function compareCommits(context: RouteContext): Reply {
  const repository = context.repository;
  if (!repository) return notFound(COMPARE_DOCS);
  const { history } = repository;
  const git = gitOf(history);
  const [baseRef = '', headRef = ''] = decodeURIComponent(context.params.basehead ?? '').split('...');
  const base = resolve(git, baseRef, history.defaultBranch);
  const head = resolve(git, headRef, history.defaultBranch);
  if (!base || !head) return notFound(COMPARE_DOCS);
  const { commits, behindBy, mergeBase } = compare(git, base, head);
  if (!mergeBase) {
    return {
      status: 404,
      body: { message: `No common ancestor between ${baseRef} and ${headRef}.`, documentation_url: COMPARE_DOCS },
    };
  }
  const { query } = context;
  const paged = query.has('per_page') || query.has('page');
  const page = paged ? paginate(commits, pageRequest(query), context.pageUrl) : undefined;
  const served = page ? page.items : commits.slice(-UNPAGED_COMPARE_COMMITS);
  const aheadBy = commits.length;
  const status =
    aheadBy === 0 && behindBy === 0 ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged';
  const basehead = `${baseRef}...${headRef}`;
  const web = `${context.site.web}/${history.fullName}/compare/${basehead}`;
  const body = {
    url: `${context.site.api}/repos/${history.fullName}/compare/${basehead}`,
    html_url: web,
    permalink_url: `${context.site.web}/${history.fullName}/compare/${base.sha}...${head.sha}`,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    base_commit: commitObject(context.site, history, base),
    merge_base_commit: commitObject(context.site, history, mergeBase),
    status,
    ahead_by: aheadBy,
    behind_by: behindBy,
    total_commits: aheadBy,
    commits: served.map((c) => commitObject(context.site, history, c)),
    files: [],
  };
  return json(200, body, page);
}

export const commitRoutes: Route[] = [
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/commits$/, docs: LIST_DOCS, handle: listCommits },
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/commits\/(?<ref>[^/]+)$/, docs: GET_DOCS, handle: getCommit },
  {
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/compare\/(?<basehead>[^/]+)$/,
    docs: COMPARE_DOCS,
    handle: compareCommits,
  },
];
