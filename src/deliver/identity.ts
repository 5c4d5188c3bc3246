/**
 * Whose comments and issues are ours: the login the token acts as. Matching the marker alone is not enough,
 * since anyone can paste the marker into a comment of their own.
 *
 * Decision: ask `GET /user`, which answers for a personal access token (classic or fine-grained). The default
 * GITHUB_TOKEN is an installation token of the GitHub Actions app, for which GitHub refuses `GET /user`
 * ("Resource not accessible by integration", 403); its comments are authored by `github-actions[bot]`, so
 * that is the fallback. No environment variable names the token's login (GITHUB_ACTOR is whoever triggered
 * the run), so the caller may only pass a different fallback (e.g. `my-app[bot]` for a GitHub App token).
 */
import type { Octokit } from '@octokit/rest';
import { statusOf } from '../github/errors.js';
import { knownViewer } from '../github/graphql.js';

export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export async function resolveIdentity(octokit: Octokit, fallback: string = ACTIONS_BOT_LOGIN): Promise<string> {
  // GraphQL's `viewer`, folded into the run's first deployments query, answers for every kind of token.
  const known = knownViewer(octokit);
  if (known) return known;
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = statusOf(error);
    // Any other failure is rethrown: guessing the wrong identity would post a duplicate comment.
    if (status === 401 || status === 403 || status === 404) return fallback;
    throw error;
  }
}
