/**
 * The loopback GitHub stand-in: `startFakeGitHub(options)` serves a FakeHistory on 127.0.0.1 (random port) with
 * GitHub's documented REST behaviour for the routes the scorecard uses. What a client can rely on:
 * - Lists are newest first (workflow runs, deployments, statuses; issues and pulls by their `sort`/`direction`),
 *   paged by `per_page` (default 30, max 100) and `page`, with GitHub's absolute `Link` header.
 * - A workflow-run listing with any of actor, branch, check_suite_id, created, event, head_sha, status serves at
 *   most 1,000 results (FILTERED_RESULT_CAP); `total_count` still counts them all.
 * - Issue listings include pull requests (with `pull_request`), as GitHub's do.
 * - Every response has `x-ratelimit-*` headers; faults (latency, 5xx, secondary and primary limits, a hang,
 *   a write applied then answered 502) are opt-in through `faults`.
 * - Without `tokens`, any token is a writing `github-actions[bot]` (a GITHUB_TOKEN), and `GET /user` answers it
 *   403 as GitHub answers an installation token: a client learns it wrote as `github-actions[bot]` by that 403.
 *   A `read` token gets 403 "Resource not accessible by integration" on writes (a fork PR's token).
 * - `POST /graphql` (GHES: `POST /api/graphql`) runs queries against GitHub's real schema
 *   (src/fake-github/routes/graphql.ts): `viewer` is the token's identity (`viewerOf` in graphql/objects.ts),
 *   `repository { deployments, pullRequests }` serve the history, points are charged per GitHub's formula from a
 *   budget apart from REST's (1,000 an hour for a GITHUB_TOKEN, 5,000 for a user token).
 * - Git: a history's `commits` are served by the commit listing, `GET /commits/{ref}` and compare (paged as GitHub
 *   documents it, routes/commits.ts), and by GraphQL's `Deployment.commit` and `Repository.object`; a deployment
 *   deploys its `sha`. `CommitGraph` builds such a history.
 */
export { startFakeGitHub } from './server.js';
export { historyAt } from './history-at.js';
export { FILTERED_RESULT_CAP } from './routes/actions.js';
export { CommitGraph } from './commit-graph.js';
export type * from './history.js';
export type * from './options.js';
