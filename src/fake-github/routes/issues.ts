import { issueCommentObject, issueObject } from '../objects/issues.js';
import { isoSeconds } from '../objects/site.js';
import type { IssueStateReason, StoredIssue, TokenIdentity } from '../options.js';
import { stableId } from '../objects/site.js';
import { canPush } from '../tokens.js';
import { pageRequest, paginate } from '../paginate.js';
import { DOCS, json, notFound, validationFailed, type RepositoryView, type Route, type RouteContext } from './route.js';

const LIST_DOCS = `${DOCS}/issues/issues#list-repository-issues`;
const GET_DOCS = `${DOCS}/issues/issues#get-an-issue`;
const CREATE_DOCS = `${DOCS}/issues/issues#create-an-issue`;
const UPDATE_DOCS = `${DOCS}/issues/issues#update-an-issue`;

function commentCount(repository: RepositoryView, number: number): number {
  return repository.state.comments.filter((c) => c.issueNumber === number).length;
}

function renderIssue(context: RouteContext, repository: RepositoryView, issue: StoredIssue) {
  return issueObject(context.site, repository.history, issue, commentCount(repository, issue.number));
}

function findIssue(repository: RepositoryView | undefined, number: string | undefined) {
  return repository?.state.issues.find((i) => i.number === Number(number));
}

function sortKey(sort: string, repository: RepositoryView): (issue: StoredIssue) => string | number {
  if (sort === 'updated') return (i) => i.updated_at;
  if (sort === 'comments') return (i) => commentCount(repository, i.number);
  return (i) => i.created_at;
}

/** GitHub lists pull requests among issues (they carry `pull_request`); a client must skip them itself. */
function listIssues(context: RouteContext) {
  const repository = context.repository;
  if (!repository) return notFound(LIST_DOCS);
  const { query } = context;
  const state = query.get('state') ?? 'open';
  const labels = (query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '');
  const since = query.get('since');
  const sinceMs = since === null ? null : Date.parse(since);
  if (sinceMs !== null && Number.isNaN(sinceMs)) return validationFailed(LIST_DOCS, `Invalid since: ${since}`);
  const creator = query.get('creator')?.toLowerCase();
  const key = sortKey(query.get('sort') ?? 'created', repository);
  const sign = query.get('direction') === 'asc' ? 1 : -1;
  const issues = repository.state.issues
    .filter(
      (i) =>
        (state === 'all' || i.state === state) &&
        labels.every((l) => i.labels.some((own) => own.toLowerCase() === l)) &&
        // GitHub: "Only show results that were last updated after the given time" (whole seconds): strictly after.
        (sinceMs === null || Date.parse(i.updated_at) > sinceMs) &&
        (creator === undefined || i.user.toLowerCase() === creator),
    )
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return (ka < kb ? -1 : ka > kb ? 1 : a.number - b.number) * sign;
    });
  const page = paginate(issues, pageRequest(query), context.pageUrl);
  return json(
    200,
    page.items.map((i) => renderIssue(context, repository, i)),
    page,
  );
}

function getIssue(context: RouteContext) {
  const repository = context.repository;
  const issue = findIssue(repository, context.params.number);
  if (!repository || !issue) return notFound(GET_DOCS);
  return json(200, renderIssue(context, repository, issue));
}

function labelNames(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? '')));
}

function stringField(body: unknown, name: string): unknown {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

/**
 * "Only users with push access can set labels for new issues. Labels are silently dropped otherwise." (GitHub's
 * docs for creating an issue; likewise for editing one.) No error, no warning: the labels are just not there.
 */
function labelsIfAllowed(identity: TokenIdentity | null, body: unknown): string[] | undefined {
  const labels = labelNames(stringField(body, 'labels'));
  return identity && canPush(identity) ? labels : undefined;
}

const CLOSED_REASONS: readonly IssueStateReason[] = ['completed', 'not_planned', 'duplicate'];

function createIssue(context: RouteContext) {
  const repository = context.repository;
  if (!repository) return notFound(CREATE_DOCS);
  const title = stringField(context.body, 'title');
  const body = stringField(context.body, 'body');
  if (typeof title !== 'string' || title === '') return validationFailed(CREATE_DOCS, 'title is required');
  const now = isoSeconds(context.now());
  const number =
    Math.max(0, ...repository.state.issues.map((i) => i.number), ...repository.history.pulls.map((p) => p.number)) + 1;
  const issue: StoredIssue = {
    number,
    title,
    body: typeof body === 'string' ? body : null,
    user: context.identity?.login ?? 'ghost',
    labels: labelsIfAllowed(context.identity, context.body) ?? [],
    state: 'open',
    state_reason: null,
    created_at: now,
    updated_at: now,
    closed_at: null,
    is_pull_request: false,
    merged_at: null,
  };
  repository.state.issues.push(issue);
  return json(201, renderIssue(context, repository, issue));
}

/**
 * `PATCH` an issue: title, body, labels (with push access only) and state. Closing takes a `state_reason`
 * (`completed` when none is given; `duplicate` may name the canonical issue by id); reopening sets `reopened`.
 */
function updateIssue(context: RouteContext) {
  const repository = context.repository;
  const issue = findIssue(repository, context.params.number);
  if (!repository || !issue) return notFound(UPDATE_DOCS);
  const title = stringField(context.body, 'title');
  const body = stringField(context.body, 'body');
  const state = stringField(context.body, 'state');
  const reason = stringField(context.body, 'state_reason');
  if (state !== undefined && state !== 'open' && state !== 'closed') {
    return validationFailed(UPDATE_DOCS, `state is not a member of ["open", "closed"]`);
  }
  const reasons: readonly unknown[] = [...CLOSED_REASONS, 'reopened', null, undefined];
  if (!reasons.includes(reason)) {
    const members = '["completed", "not_planned", "duplicate", "reopened"]';
    return validationFailed(UPDATE_DOCS, `state_reason is not a member of ${members}`);
  }
  const duplicateOf = stringField(context.body, 'duplicate_issue_id');
  if (reason === 'duplicate' && duplicateOf !== undefined) {
    const idOf = (number: number) => stableId(`issue:${repository.history.fullName}:${number}`);
    const known = repository.state.issues.some((i) => idOf(i.number) === duplicateOf);
    if (!known) return validationFailed(UPDATE_DOCS, 'duplicate_issue_id does not name an issue of this repository');
  }
  const labels = labelsIfAllowed(context.identity, context.body);
  const now = isoSeconds(context.now());
  if (typeof title === 'string') issue.title = title;
  if (typeof body === 'string' || body === null) issue.body = body;
  if (labels) issue.labels = labels;
  if (state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closed_at = now;
    const closedAs = CLOSED_REASONS.find((r) => r === reason);
    issue.state_reason = closedAs ?? 'completed';
  } else if (state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.closed_at = null;
    issue.state_reason = 'reopened';
  }
  issue.updated_at = now;
  return json(200, renderIssue(context, repository, issue));
}

const COMMENTS_DOCS = `${DOCS}/issues/comments#list-issue-comments`;
const CREATE_COMMENT_DOCS = `${DOCS}/issues/comments#create-an-issue-comment`;
const UPDATE_COMMENT_DOCS = `${DOCS}/issues/comments#update-an-issue-comment`;
const GET_COMMENT_DOCS = `${DOCS}/issues/comments#get-an-issue-comment`;
const DELETE_COMMENT_DOCS = `${DOCS}/issues/comments#delete-an-issue-comment`;

/** Comments are listed oldest first (ascending id), as GitHub does for an issue's comments. */
function listComments(context: RouteContext) {
  const repository = context.repository;
  const issue = findIssue(repository, context.params.number);
  if (!repository || !issue) return notFound(COMMENTS_DOCS);
  const since = context.query.get('since');
  const sinceMs = since === null ? null : Date.parse(since);
  const comments = repository.state.comments
    .filter((c) => c.issueNumber === issue.number && (sinceMs === null || Date.parse(c.updated_at) >= sinceMs))
    .sort((a, b) => a.id - b.id);
  const page = paginate(comments, pageRequest(context.query), context.pageUrl);
  return json(
    200,
    page.items.map((c) => issueCommentObject(context.site, repository.history, c)),
    page,
  );
}

function createComment(context: RouteContext) {
  const repository = context.repository;
  const issue = findIssue(repository, context.params.number);
  if (!repository || !issue) return notFound(CREATE_COMMENT_DOCS);
  const body = stringField(context.body, 'body');
  if (typeof body !== 'string' || body === '') return validationFailed(CREATE_COMMENT_DOCS, 'body is required');
  if (body.length > 65_536)
    return validationFailed(CREATE_COMMENT_DOCS, 'Body is too long (maximum is 65536 characters)');
  const now = isoSeconds(context.now());
  const comment = {
    id: context.newCommentId(),
    issueNumber: issue.number,
    body,
    user: context.identity?.login ?? 'ghost',
    created_at: now,
    updated_at: now,
  };
  repository.state.comments.push(comment);
  return json(201, issueCommentObject(context.site, repository.history, comment));
}

function findComment(context: RouteContext) {
  return context.repository?.state.comments.find((c) => c.id === Number(context.params.id));
}

function getComment(context: RouteContext) {
  const comment = findComment(context);
  if (!context.repository || !comment) return notFound(GET_COMMENT_DOCS);
  return json(200, issueCommentObject(context.site, context.repository.history, comment));
}

function updateComment(context: RouteContext) {
  const comment = findComment(context);
  if (!context.repository || !comment) return notFound(UPDATE_COMMENT_DOCS);
  const body = stringField(context.body, 'body');
  if (typeof body !== 'string' || body === '') return validationFailed(UPDATE_COMMENT_DOCS, 'body is required');
  if (body.length > 65_536)
    return validationFailed(UPDATE_COMMENT_DOCS, 'Body is too long (maximum is 65536 characters)');
  comment.body = body;
  comment.updated_at = isoSeconds(context.now());
  return json(200, issueCommentObject(context.site, context.repository.history, comment));
}

/** `204 No Content`; a comment already gone is 404, as on GitHub. */
function deleteComment(context: RouteContext) {
  const repository = context.repository;
  const comment = findComment(context);
  if (!repository || !comment) return notFound(DELETE_COMMENT_DOCS);
  repository.state.comments.splice(repository.state.comments.indexOf(comment), 1);
  return { status: 204, body: undefined };
}

const REPO = '^\\/repos\\/[^/]+\\/[^/]+';

export const issueRoutes: Route[] = [
  { method: 'GET', pattern: new RegExp(`${REPO}\\/issues$`), docs: LIST_DOCS, handle: listIssues },
  { method: 'POST', pattern: new RegExp(`${REPO}\\/issues$`), write: true, docs: CREATE_DOCS, handle: createIssue },
  { method: 'GET', pattern: new RegExp(`${REPO}\\/issues\\/(?<number>\\d+)$`), docs: GET_DOCS, handle: getIssue },
  {
    method: 'PATCH',
    pattern: new RegExp(`${REPO}\\/issues\\/(?<number>\\d+)$`),
    write: true,
    docs: UPDATE_DOCS,
    handle: updateIssue,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}\\/issues\\/(?<number>\\d+)\\/comments$`),
    docs: COMMENTS_DOCS,
    handle: listComments,
  },
  {
    method: 'POST',
    pattern: new RegExp(`${REPO}\\/issues\\/(?<number>\\d+)\\/comments$`),
    write: true,
    docs: CREATE_COMMENT_DOCS,
    handle: createComment,
  },
  {
    method: 'GET',
    pattern: new RegExp(`${REPO}\\/issues\\/comments\\/(?<id>\\d+)$`),
    docs: GET_COMMENT_DOCS,
    handle: getComment,
  },
  {
    method: 'PATCH',
    pattern: new RegExp(`${REPO}\\/issues\\/comments\\/(?<id>\\d+)$`),
    write: true,
    docs: UPDATE_COMMENT_DOCS,
    handle: updateComment,
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`${REPO}\\/issues\\/comments\\/(?<id>\\d+)$`),
    write: true,
    docs: DELETE_COMMENT_DOCS,
    handle: deleteComment,
  },
];
