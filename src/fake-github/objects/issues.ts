import type { FakeRepository } from '../history.js';
import type { StoredComment, StoredIssue } from '../options.js';
import { nodeId, stableId, type Site } from './site.js';
import { simpleUser } from './users.js';

function labelObject(site: Site, repo: FakeRepository, name: string) {
  const id = stableId(`label:${repo.fullName}:${name}`);
  return {
    id,
    node_id: nodeId('Label', id),
    url: `${site.api}/repos/${repo.fullName}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

/** GitHub's `issue`; a pull request carries the `pull_request` object that tells it apart in issue listings. */
export function issueObject(site: Site, repo: FakeRepository, issue: StoredIssue, commentCount: number) {
  const url = `${site.api}/repos/${repo.fullName}/issues/${issue.number}`;
  const id = stableId(`issue:${repo.fullName}:${issue.number}`);
  const kind = issue.is_pull_request ? 'pull' : 'issues';
  return {
    id,
    node_id: nodeId(issue.is_pull_request ? 'PullRequest' : 'Issue', id),
    url,
    repository_url: `${site.api}/repos/${repo.fullName}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${site.web}/${repo.fullName}/${kind}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.state_reason,
    title: issue.title,
    body: issue.body,
    user: simpleUser(site, issue.user),
    labels: issue.labels.map((name) => labelObject(site, repo, name)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: commentCount,
    ...(issue.is_pull_request
      ? {
          pull_request: {
            url: `${site.api}/repos/${repo.fullName}/pulls/${issue.number}`,
            html_url: `${site.web}/${repo.fullName}/pull/${issue.number}`,
            diff_url: `${site.web}/${repo.fullName}/pull/${issue.number}.diff`,
            patch_url: `${site.web}/${repo.fullName}/pull/${issue.number}.patch`,
            merged_at: issue.merged_at,
          },
        }
      : {}),
    closed_at: issue.closed_at,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_by: null,
    author_association: 'MEMBER',
    timeline_url: `${url}/timeline`,
  };
}

export function issueCommentObject(site: Site, repo: FakeRepository, comment: StoredComment) {
  // A pull request's conversation comment links to the pull request's page, as GitHub's do.
  const onPull = repo.issues.some((issue) => issue.number === comment.issueNumber && issue.is_pull_request);
  const page = `${site.web}/${repo.fullName}/${onPull ? 'pull' : 'issues'}/${comment.issueNumber}`;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url: `${site.api}/repos/${repo.fullName}/issues/comments/${comment.id}`,
    html_url: `${page}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(site, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    issue_url: `${site.api}/repos/${repo.fullName}/issues/${comment.issueNumber}`,
    author_association: comment.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
  };
}
