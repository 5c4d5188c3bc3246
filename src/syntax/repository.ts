/**
 * `owner/name` as GitHub allows it. Every repository string we are given (the OKR file's `repository:`, the
 * `repository` input, `--repo`) becomes part of an API path, so a loose check is a path injection: `../..`
 * turned `GET /repos/{owner}/{repo}/issues` into `GET /issues`, the token's issues across every repository it
 * can see. Octokit does not encode `.` segments, so the check is here, once, for every caller.
 */

/** What a valid `owner/name` looks like, for messages. */
export const REPOSITORY_EXPECTED = 'a repository like "acme/payments" (owner/name)';

/**
 * Owners (users and organisations): letters, digits and hyphens, not starting with a hyphen, at most 39. GitHub
 * no longer lets a new account use `--` or a trailing hyphen, but older accounts have them, so both are read.
 * Enterprise managed users add `_shortcode`.
 */
const OWNER = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:_[A-Za-z0-9]{1,40})?$/;
/** Repository names: letters, digits, `.`, `_`, `-`, at most 100; never only dots (`.` and `..` are paths). */
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

export type RepositoryName = { ok: true; owner: string; name: string; fullName: string } | { ok: false; error: string };

export function parseRepositoryName(value: string): RepositoryName {
  const shown = JSON.stringify(value.length > 120 ? `${value.slice(0, 119)}…` : value);
  const parts = value.split('/');
  if (parts.length !== 2) {
    const why = parts.length < 2 ? 'no "/" between owner and name' : 'more than one "/"';
    return { ok: false, error: `expected ${REPOSITORY_EXPECTED}, got ${shown}: ${why}` };
  }
  const [owner = '', name = ''] = parts;
  if (!OWNER.test(owner)) {
    const why = 'the owner must be a GitHub user or organisation name (letters, digits and hyphens)';
    return { ok: false, error: `expected ${REPOSITORY_EXPECTED}, got ${shown}: ${why}` };
  }
  if (!NAME.test(name) || /^\.+$/.test(name)) {
    const why = 'the name may hold letters, digits, ".", "_" and "-", and cannot be only dots';
    return { ok: false, error: `expected ${REPOSITORY_EXPECTED}, got ${shown}: ${why}` };
  }
  return { ok: true, owner, name, fullName: `${owner}/${name}` };
}

/** True for a string `parseRepositoryName` accepts. */
export function isRepositoryName(value: string): boolean {
  return parseRepositoryName(value).ok;
}
