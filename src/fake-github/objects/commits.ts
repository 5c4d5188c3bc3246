import type { FakeCommit, FakeRepository } from '../history.js';
import { fakeSha, nodeId, stableId, type Site } from './site.js';
import { simpleUser } from './users.js';

/** GitHub's `commit` (the listing's, compare's and `GET /commits/{ref}`'s item). */
export function commitObject(site: Site, repo: FakeRepository, commit: FakeCommit) {
  const url = `${site.api}/repos/${repo.fullName}/commits/${commit.sha}`;
  const html = `${site.web}/${repo.fullName}/commit/${commit.sha}`;
  const person = (date: string) => ({
    name: commit.author,
    email: `${stableId(`user:${commit.author}`)}+${commit.author}@users.noreply.github.com`,
    date,
  });
  return {
    url,
    sha: commit.sha,
    node_id: nodeId('Commit', stableId(`commit:${commit.sha}`)),
    html_url: html,
    comments_url: `${url}/comments`,
    commit: {
      url: `${site.api}/repos/${repo.fullName}/git/commits/${commit.sha}`,
      author: person(commit.authored_at),
      committer: person(commit.committed_at),
      message: commit.message,
      comment_count: 0,
      tree: {
        sha: fakeSha(`tree:${commit.sha}`),
        url: `${site.api}/repos/${repo.fullName}/git/trees/${fakeSha(`tree:${commit.sha}`)}`,
      },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: simpleUser(site, commit.author),
    committer: simpleUser(site, commit.author),
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${site.api}/repos/${repo.fullName}/commits/${sha}`,
      html_url: `${site.web}/${repo.fullName}/commit/${sha}`,
    })),
  };
}
