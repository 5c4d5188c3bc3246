/**
 * The kinds of token the stand-in knows, as GitHub has them (docs.github.com: "Automatic token authentication",
 * "Authenticating as a GitHub App installation", "Managing your personal access tokens"):
 *
 * - the GITHUB_TOKEN: an installation token of the GitHub Actions app. It acts as `github-actions[bot]` (a Bot);
 *   `GET /user` refuses it 403 "Resource not accessible by integration"; GraphQL `viewer` answers its login.
 * - a GitHub App's installation token: likewise, as `<app-slug>[bot]`.
 * - a personal access token (classic or fine-grained): acts as its User; `GET /user` answers.
 * - any of them read-only (a fork pull request's GITHUB_TOKEN, `permissions: read-all`): every write is 403.
 *
 * And, orthogonal to these, push access: GitHub silently drops the labels of an issue written without it.
 */
import type { TokenIdentity } from './options.js';

const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** The default GITHUB_TOKEN of a workflow with write permissions. */
export const GITHUB_TOKEN_IDENTITY: TokenIdentity = { login: ACTIONS_BOT_LOGIN, permissions: 'write' };

/** A GitHub App's installation token, e.g. `appInstallation('okr-bot')` acts as `okr-bot[bot]`. */
export function appInstallation(slug: string, options: Partial<Omit<TokenIdentity, 'login'>> = {}): TokenIdentity {
  return { login: `${slug}[bot]`, permissions: 'write', ...options };
}

/** A person's token (a User). */
export function personalToken(login: string, options: Partial<Omit<TokenIdentity, 'login'>> = {}): TokenIdentity {
  return { login, permissions: 'write', ...options };
}

/** The same identity, read-only. */
export function readOnly(identity: TokenIdentity): TokenIdentity {
  return { ...identity, permissions: 'read', push: false };
}

/** Installation tokens (the GITHUB_TOKEN and GitHub Apps') act as a Bot, whose login ends in `[bot]`. */
export function isInstallationToken(identity: TokenIdentity): boolean {
  return identity.login.endsWith('[bot]');
}

export function canPush(identity: TokenIdentity): boolean {
  return identity.push ?? identity.permissions === 'write';
}
