/**
 * Whose comments and issues are ours: the login the token acts as. Matching the marker alone is not enough,
 * since anyone can paste the marker into a comment of their own.
 *
 * GraphQL `viewer { login }` answers for every kind of token the action may be given: the GITHUB_TOKEN
 * (`github-actions[bot]`), a GitHub App's installation token (`<app-slug>[bot]`) and a personal token. `GET /user`
 * refuses the first two ("Resource not accessible by integration"), and no environment variable names the
 * token's login (GITHUB_ACTOR is whoever triggered the run), so there is nothing to fall back on: a guessed
 * login would miss our own comment and post a second one on every run.
 */
import type { Octokit } from '@octokit/rest';
import { knownViewer } from '../github/graphql.js';
import { errorMessage } from '../model/error-message.js';

export const VIEWER_QUERY = 'query { viewer { login } }';

class IdentityError extends Error {
  override name = 'IdentityError';
}

export async function resolveIdentity(octokit: Octokit): Promise<string> {
  // Already answered when the run's first deployments query carried `viewer` (src/github/graphql.ts).
  const known = knownViewer(octokit);
  if (known) return known;
  let login: unknown;
  try {
    const data = await octokit.graphql<{ viewer?: { login?: unknown } }>(VIEWER_QUERY);
    login = data.viewer?.login;
  } catch (error) {
    const reason = errorMessage(error);
    throw new IdentityError(`GitHub did not say whose token this is (GraphQL \`viewer\`: ${reason}).`);
  }
  if (typeof login !== 'string' || login === '') {
    throw new IdentityError('GitHub did not say whose token this is (GraphQL `viewer` gave no login).');
  }
  return login;
}
