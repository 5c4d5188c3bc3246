/**
 * The stand-in's world as GraphQL objects: plain values and argument-taking functions, which graphql-js's
 * default resolvers read as fields. Only what the scorecard and its tests read is modelled; a field left out
 * resolves to null, which GitHub's schema turns into an error where the field is non-null.
 */
import type { FakeCommit, FakeDeployment, FakeDeploymentStatus, FakePull, FakeRepository } from '../history.js';
import { ancestors, chronological, gitOf, resolve } from '../git.js';
import { deploymentSha } from '../objects/deployments.js';
import type { TokenIdentity } from '../options.js';
import type { RepositoryView } from '../routes/route.js';
import { newestFirst } from '../routes/route.js';
import { nodeId, stableId, type Site } from '../objects/site.js';
import { connection, type ConnectionArgs } from './connection.js';

type OrderArgs = ConnectionArgs & { orderBy?: { field: string; direction: 'ASC' | 'DESC' } | null };

/** GraphQL's DeploymentStatusState is REST's `state` upper-cased (REST: error, failure, inactive, ...). */
function statusState(state: FakeDeploymentStatus['state']): string {
  return state.toUpperCase();
}

/**
 * Who a token is, as `viewer` answers: a user token's user, or for an installation token (a GITHUB_TOKEN is one)
 * its app's bot, `github-actions[bot]`. The one place to extend when the stand-in models more kinds of token.
 */
function viewerOf(site: Site, identity: TokenIdentity) {
  return actor(site, identity.login);
}

function actor(site: Site, login: string) {
  const bot = login.endsWith('[bot]');
  const id = stableId(`user:${login}`);
  return {
    __typename: bot ? 'Bot' : 'User',
    id: nodeId(bot ? 'Bot' : 'User', id),
    databaseId: id,
    login,
    url: `${site.web}/${bot ? `apps/${login.replace(/\[bot\]$/, '')}` : encodeURIComponent(login)}`,
    avatarUrl: `${site.web}/avatars/u/${id}`,
  };
}

function deploymentStatusObject(site: Site, deployment: FakeDeployment, status: FakeDeploymentStatus) {
  return {
    __typename: 'DeploymentStatus',
    id: nodeId('DeploymentStatus', status.id),
    state: statusState(status.state),
    createdAt: status.created_at,
    updatedAt: status.created_at,
    description: '',
    environment: deployment.environment,
    creator: actor(site, 'github-actions[bot]'),
  };
}

/** DeploymentState: the latest status's, except that a succeeded deployment is ACTIVE (until a newer one is). */
function deploymentState(deployment: FakeDeployment): string {
  const latest = [...deployment.statuses].sort(newestFirst((s) => s.id))[0];
  if (!latest) return 'PENDING';
  return latest.state === 'success' ? 'ACTIVE' : statusState(latest.state);
}

function deploymentObject(site: Site, repo: FakeRepository, deployment: FakeDeployment) {
  // GitHub lists a deployment's statuses newest first.
  const statuses = () =>
    [...deployment.statuses].sort(newestFirst((s) => s.id)).map((s) => deploymentStatusObject(site, deployment, s));
  return {
    __typename: 'Deployment',
    id: nodeId('Deployment', deployment.id),
    databaseId: deployment.id,
    environment: deployment.environment,
    originalEnvironment: deployment.environment,
    createdAt: deployment.created_at,
    updatedAt: deployment.statuses.at(-1)?.created_at ?? deployment.created_at,
    commitOid: deploymentSha(deployment),
    // A sha of no commit of the history (a history without git) resolves to null, as a vanished commit does.
    commit: () => commitNode(site, repo, deployment.sha),
    task: 'deploy',
    description: null,
    payload: '{}',
    state: deploymentState(deployment),
    creator: actor(site, 'github-actions[bot]'),
    latestStatus: () => statuses()[0] ?? null,
    statuses: (args: ConnectionArgs) => connection(statuses(), args),
    repository: () => repositoryObject(site, repo),
  };
}

type HistoryArgs = ConnectionArgs & { since?: string | null; until?: string | null };

/** A Commit: its dates, parents and history (git log from it, newest first, optionally between two times). */
function commitObject(site: Site, repo: FakeRepository, commit: FakeCommit): Record<string, unknown> {
  const git = gitOf(repo);
  const node = (sha: string) => commitObject(site, repo, git.bySha.get(sha)!);
  return {
    __typename: 'Commit',
    id: nodeId('Commit', stableId(`commit:${commit.sha}`)),
    oid: commit.sha,
    abbreviatedOid: commit.sha.slice(0, 7),
    message: commit.message,
    messageHeadline: commit.message.split('\n')[0],
    authoredDate: commit.authored_at,
    committedDate: commit.committed_at,
    url: `${site.web}/${repo.fullName}/commit/${commit.sha}`,
    parents: (args: ConnectionArgs) => connection(commit.parents.map(node), args),
    history: (args: HistoryArgs) => {
      const log = chronological(git, ancestors(git, commit))
        .reverse()
        .filter(
          (c) =>
            (args.since == null || Date.parse(c.committed_at) >= Date.parse(args.since)) &&
            (args.until == null || Date.parse(c.committed_at) <= Date.parse(args.until)),
        );
      return connection(
        log.map((c) => commitObject(site, repo, c)),
        args,
      );
    },
  };
}

function commitNode(site: Site, repo: FakeRepository, ref: string | null | undefined) {
  const commit = ref == null ? undefined : resolve(gitOf(repo), ref, repo.defaultBranch);
  return commit ? commitObject(site, repo, commit) : null;
}

function pullObject(site: Site, repo: FakeRepository, pull: FakePull) {
  return {
    __typename: 'PullRequest',
    id: nodeId('PullRequest', stableId(`pull:${repo.fullName}:${pull.number}`)),
    databaseId: stableId(`pull:${repo.fullName}:${pull.number}`),
    number: pull.number,
    title: pull.title,
    createdAt: pull.created_at,
    updatedAt: pull.updated_at,
    closedAt: pull.closed_at,
    mergedAt: pull.merged_at,
    merged: pull.merged_at !== null,
    closed: pull.closed_at !== null,
    state: pull.merged_at !== null ? 'MERGED' : pull.closed_at !== null ? 'CLOSED' : 'OPEN',
    baseRefName: pull.base,
    headRefName: pull.head,
    author: actor(site, pull.user),
    url: `${site.web}/${repo.fullName}/pull/${pull.number}`,
  };
}

/** IssueOrder fields as GitHub sorts them; ties by number, which follows creation. */
function orderPulls(pulls: FakePull[], orderBy: OrderArgs['orderBy']): FakePull[] {
  const field = orderBy?.field ?? 'CREATED_AT';
  const key = (p: FakePull) => (field === 'UPDATED_AT' ? p.updated_at : p.created_at);
  const sign = orderBy?.direction === 'DESC' ? -1 : 1;
  return [...pulls].sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number));
}

function repositoryObject(site: Site, repo: FakeRepository) {
  const [owner = '', name = ''] = repo.fullName.split('/');
  return {
    __typename: 'Repository',
    id: nodeId('Repository', stableId(`repo:${repo.fullName}`)),
    databaseId: stableId(`repo:${repo.fullName}`),
    name,
    nameWithOwner: repo.fullName,
    owner: { __typename: 'Organization', login: owner, id: nodeId('Organization', stableId(`org:${owner}`)) },
    url: `${site.web}/${repo.fullName}`,
    object: (args: { oid?: string | null; expression?: string | null }) =>
      commitNode(site, repo, args.oid ?? args.expression),
    deployments: (args: OrderArgs & { environments?: string[] | null }) => {
      const environments = args.environments ?? null;
      const selected = repo.deployments.filter((d) => environments === null || environments.includes(d.environment));
      // GitHub's default order is oldest first; `orderBy: {field: CREATED_AT, direction: DESC}` is newest first.
      const newest = [...selected].sort(newestFirst((d) => d.id));
      const ordered = args.orderBy?.direction === 'DESC' ? newest : newest.reverse();
      return connection(
        ordered.map((d) => deploymentObject(site, repo, d)),
        args,
      );
    },
    pullRequests: (
      args: OrderArgs & { states?: string[] | null; baseRefName?: string | null; headRefName?: string | null },
    ) => {
      const selected = repo.pulls.filter(
        (p) =>
          (!args.states || args.states.includes(pullObject(site, repo, p).state)) &&
          (args.baseRefName == null || p.base === args.baseRefName) &&
          (args.headRefName == null || p.head === args.headRefName),
      );
      return connection(
        orderPulls(selected, args.orderBy).map((p) => pullObject(site, repo, p)),
        args,
      );
    },
  };
}

export interface GraphqlWorld {
  site: Site;
  identity: TokenIdentity;
  repositories: Map<string, RepositoryView>;
  rateLimit: () => { cost: number; limit: number; remaining: number; used: number; resetAt: string; nodeCount: number };
}

class NotFoundError extends Error {
  readonly type = 'NOT_FOUND';
}

function deploymentNode(world: GraphqlWorld, id: string) {
  const match = /^Deployment:(\d+)$/.exec(Buffer.from(id, 'base64').toString('utf8'));
  for (const view of match ? world.repositories.values() : []) {
    const deployment = view.history.deployments.find((d) => d.id === Number(match?.[1]));
    if (deployment) return deploymentObject(world.site, view.history, deployment);
  }
  throw new NotFoundError(`Could not resolve to a node with the global id of '${id}'`);
}

/** The query root. */
export function queryRoot(world: GraphqlWorld) {
  return {
    viewer: () => viewerOf(world.site, world.identity),
    rateLimit: () => world.rateLimit(),
    // Deployments are the only nodes fetched by id (for statuses past their first page, or of new ones).
    node: (args: { id: string }) => deploymentNode(world, args.id),
    // GitHub answers null for an id it cannot resolve in `nodes`, with an error beside the data.
    nodes: (args: { ids: string[] }) => args.ids.map((id) => deploymentNode(world, id)),
    repository: (args: { owner: string; name: string }) => {
      const view = world.repositories.get(`${args.owner}/${args.name}`.toLowerCase());
      if (!view)
        throw new NotFoundError(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`);
      return repositoryObject(world.site, view.history);
    },
  };
}
