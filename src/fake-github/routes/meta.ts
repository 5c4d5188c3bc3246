import { fakeSha } from '../objects/site.js';
import { fullRepository } from '../objects/repository.js';
import { DOCS, json, notFound, type Route, type RouteContext } from './route.js';
import { userRoutes } from './users.js';

const REPO_DOCS = `${DOCS}/repos/repos#get-a-repository`;
const CONTENTS_DOCS = `${DOCS}/repos/contents#get-repository-content`;
const RATE_DOCS = `${DOCS}/rate-limit/rate-limit#get-rate-limit-status-for-the-authenticated-user`;

function getRepository(context: RouteContext) {
  const repository = context.repository;
  if (!repository) return notFound(REPO_DOCS);
  const openIssues = repository.state.issues.filter((i) => i.state === 'open').length;
  return json(200, fullRepository(context.site, repository.history, openIssues));
}

function getContents(context: RouteContext) {
  const repository = context.repository;
  const path = decodeURIComponent(context.params.path ?? '');
  if (!repository) return notFound(CONTENTS_DOCS);
  const ref = context.query.get('ref') ?? repository.history.defaultBranch;
  const files = repository.history.files ?? {};
  const text = files[`${path}@${ref}`] ?? files[path];
  if (text === undefined) return notFound(CONTENTS_DOCS);
  const bytes = Buffer.from(text, 'utf8');
  const fullName = repository.history.fullName;
  const sha = fakeSha(`blob:${path}:${text}`);
  const url = `${context.site.api}/repos/${fullName}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = `${context.site.api}/repos/${fullName}/git/blobs/${sha}`;
  const html = `${context.site.web}/${fullName}/blob/${encodeURIComponent(ref)}/${path}`;
  return json(200, {
    type: 'file',
    encoding: 'base64',
    size: bytes.length,
    name: path.split('/').pop() ?? path,
    path,
    // GitHub wraps the base64 at 60 characters per line.
    content: `${(bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n')}\n`,
    sha,
    url,
    git_url: git,
    html_url: html,
    download_url: `${context.site.web}/raw/${fullName}/${encodeURIComponent(ref)}/${path}`,
    _links: { self: url, git, html },
  });
}

function getRateLimit(context: RouteContext) {
  const rate = { ...context.rateLimit };
  const other = (limit: number) => ({ limit, remaining: limit, used: 0, reset: rate.reset });
  return json(200, {
    resources: {
      core: rate,
      search: other(30),
      graphql: other(5000),
      integration_manifest: other(5000),
      code_scanning_upload: other(1000),
    },
    rate,
  });
}

export const metaRoutes: Route[] = [
  { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+$/, docs: REPO_DOCS, handle: getRepository },
  {
    method: 'GET',
    pattern: /^\/repos\/[^/]+\/[^/]+\/contents\/(?<path>.+)$/,
    docs: CONTENTS_DOCS,
    handle: getContents,
  },
  ...userRoutes,
  { method: 'GET', pattern: /^\/rate_limit$/, docs: RATE_DOCS, handle: getRateLimit },
];
