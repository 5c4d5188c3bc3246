import type { FakePull, FakeRepository } from '../history.js';
import type { fullRepository } from './repository.js';
import { fakeSha, nodeId, stableId, type Site } from './site.js';
import { simpleUser } from './users.js';

/**
 * GitHub's `pull-request-simple`, the shape of `GET /repos/{o}/{r}/pulls` items. `repository` (`fullRepository`,
 * which head and base embed) is built once per page, not twice per pull.
 */
export function pullObject(
  site: Site,
  repo: FakeRepository,
  pull: FakePull,
  repository: ReturnType<typeof fullRepository>,
) {
  const api = `${site.api}/repos/${repo.fullName}`;
  const url = `${api}/pulls/${pull.number}`;
  const html = `${site.web}/${repo.fullName}/pull/${pull.number}`;
  const id = stableId(`pull:${repo.fullName}:${pull.number}`);
  const owner = repo.fullName.split('/')[0] ?? '';
  const headSha = fakeSha(`pull-head:${pull.number}`);
  const branch = (ref: string, sha: string) => ({
    label: `${owner}:${ref}`,
    ref,
    repo: repository,
    sha,
    user: simpleUser(site, owner),
  });
  return {
    url,
    id,
    node_id: nodeId('PullRequest', id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pull.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${pull.number}/comments`,
    statuses_url: `${api}/statuses/${headSha}`,
    number: pull.number,
    state: pull.closed_at === null ? 'open' : 'closed',
    locked: false,
    title: pull.title,
    user: simpleUser(site, pull.user),
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.created_at,
    updated_at: pull.updated_at,
    closed_at: pull.closed_at,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merged_at === null ? null : fakeSha(`pull-merge:${pull.number}`),
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pull.head, headSha),
    base: branch(pull.base, fakeSha(`pull-base:${pull.number}`)),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: `${api}/issues/${pull.number}` },
      comments: { href: `${api}/issues/${pull.number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${api}/statuses/${headSha}` },
    },
    author_association: 'MEMBER',
    auto_merge: null,
    draft: false,
  };
}
