/**
 * Redaction's core (SPEC §7), a leaf every stage may use: the job's token in all its forms, every GitHub token
 * shape and Authorization credentials replaced by `***`. Stages below the report redact with it before they derive
 * or clip (an id from a title, a quoted value); report/redact.ts applies it at the sinks.
 *
 * Applied to finished text too, so it also sees tokens the Markdown escaper has touched (`ghp\_…`): every pattern
 * allows a backslash before each character, and never ends on one (which would unescape what follows).
 */

export type Redact = (text: string) => string;

const REDACTED = '***';

/** Shorter secrets would redact ordinary words; GitHub's own tokens are 40 characters and more. */
const MIN_SECRET_LENGTH = 8;

const escaped = (pattern: string): string => `(?:\\\\?${pattern})`;
const word = escaped('[A-Za-z0-9_]');
/**
 * Classic and fine-grained personal tokens, OAuth, user-to-server, server-to-server (installation, including
 * `GITHUB_TOKEN`) and refresh tokens: `ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`. A length floor keeps
 * prose like "ghs_ tokens" readable; real ones are far longer.
 */
const TOKEN_SHAPE = new RegExp(
  `(?<![A-Za-z0-9])(?:gh[pousr]${escaped('_')}${word}{16,}|github${escaped('_')}pat${escaped('_')}${word}{20,})`,
  'g',
);
/** An HTTP Authorization header as git config and HTTP logs carry it: the credential goes, the scheme stays. */
const AUTHORIZATION = /(authorization\s*:\s*(?:basic|bearer|token)\s+)(?:\\?[A-Za-z0-9+/=._-])+/gi;

/** The forms of one secret that may appear in text: itself, and base64 as checkout writes it (and bare). */
export function secretForms(secret: string): string[] {
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  return [secret, base64(`x-access-token:${secret}`), base64(secret)];
}

/** A regular expression for a literal that tolerates Markdown escapes (`\` before any character). */
function literalPattern(literal: string): string {
  return [...literal].map((char) => escaped(char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))).join('');
}

/**
 * Redacts the given secrets (the token; empty and short ones are ignored) in all their forms, every GitHub token
 * shape, and Authorization credentials. Longest literals first, so no part of a longer form is left behind.
 */
export function createRedactor(secrets: readonly (string | undefined)[]): Redact {
  const literals = literalRedactor(secrets);
  return (text) => literals(text).replace(TOKEN_SHAPE, REDACTED).replace(AUTHORIZATION, `$1${REDACTED}`);
}

/**
 * The given secrets only, in all their forms (no token shapes): for text redacted before it is rendered, where a
 * renderer that shortens it (a chart's title, to 60 characters) would cut a secret to a prefix no longer known.
 */
export function literalRedactor(secrets: readonly (string | undefined)[]): Redact {
  const literals = [
    ...new Set(
      secrets
        .map((secret) => secret?.trim() ?? '')
        .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
        .flatMap(secretForms),
    ),
  ].sort((a, b) => b.length - a.length);
  if (literals.length === 0) return (text) => text;
  const known = new RegExp(literals.map(literalPattern).join('|'), 'g');
  return (text) => text.replace(known, REDACTED);
}

/** For sinks that see no token of ours (the CLI without one, tests): still every token shape. */
export const redactTokenShapes: Redact = createRedactor([]);
