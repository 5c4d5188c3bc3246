/**
 * The second line of defence of SPEC §7: whatever text reaches a sink (comment, issue, job summary, annotation,
 * JSON report, the CLI's output), the job's token, the base64 `x-access-token:` form `actions/checkout` writes to
 * `.git/config`, and anything shaped like a GitHub token are replaced by `***`. The first line is never reading
 * such text (src/io/workspace.ts); this catches what slips through, e.g. a token pasted into a KR title.
 *
 * Applied to finished text, so it also sees tokens the Markdown escaper has touched (`ghp\_…`): every pattern
 * allows a backslash before each character, and never ends on one (which would unescape what follows).
 */

export type Redact = (text: string) => string;

export const REDACTED = '***';

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
  const literals = [
    ...new Set(
      secrets
        .map((secret) => secret?.trim() ?? '')
        .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
        .flatMap(secretForms),
    ),
  ].sort((a, b) => b.length - a.length);
  const known = literals.length === 0 ? undefined : new RegExp(literals.map(literalPattern).join('|'), 'g');
  return (text) => {
    let out = known === undefined ? text : text.replace(known, REDACTED);
    out = out.replace(TOKEN_SHAPE, REDACTED);
    return out.replace(AUTHORIZATION, `$1${REDACTED}`);
  };
}

/**
 * Every string in a report (or any JSON-like value) redacted, before renderers derive, clip or escape anything
 * from it: a token clipped to `ghp_ABCDEFGHI…` would no longer match the redaction of the finished text.
 */
export function redactStrings<T>(value: T, redact: Redact): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactStrings(item, redact)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item, redact)])) as T;
  }
  return value;
}

/** For sinks that see no token of ours (the CLI without one, tests): still every token shape. */
export const redactTokenShapes: Redact = createRedactor([]);

/** The annotation sink (`core.error`/`warning`/`notice`): message and title redacted, nothing else changed. */
export interface AnnotationSink {
  error(message: string, properties?: { title?: string }): void;
  warning(message: string, properties?: { title?: string }): void;
  notice(message: string, properties?: { title?: string }): void;
}

export function redactingAnnotator<T extends AnnotationSink>(annotator: T, redact: Redact): T {
  const wrap =
    (kind: keyof AnnotationSink) =>
    (message: string | Error, properties?: { title?: string }): void => {
      const text = redact(message instanceof Error ? message.message : message);
      const props = properties?.title === undefined ? properties : { ...properties, title: redact(properties.title) };
      annotator[kind](text, props);
    };
  // An annotation past GitHub's 10 of a kind goes to the log line by line (`info`): redacted the same way.
  const info = (annotator as Partial<{ info(message: string): void }>).info;
  const redactedInfo = info ? { info: (message: string) => info.call(annotator, redact(message)) } : {};
  return { ...annotator, error: wrap('error'), warning: wrap('warning'), notice: wrap('notice'), ...redactedInfo } as T;
}

/** Octokit's `hook.before`, the one door every request we send goes through. */
interface RequestHook {
  hook: { before(name: 'request', method: (options: Record<string, unknown>) => void): void };
}

/**
 * Redacts the text fields of every write we send (comment and issue `body` and `title`, GraphQL `variables`),
 * so nothing we post, whichever channel composed it, can carry a credential.
 */
export function redactWrites(octokit: RequestHook, redact: Redact): void {
  octokit.hook.before('request', (options) => {
    if (typeof options.method === 'string' && options.method.toUpperCase() === 'GET') return;
    for (const key of ['body', 'title']) {
      const value = options[key];
      if (typeof value === 'string') options[key] = redact(value);
    }
    const variables = options.variables;
    if (variables !== null && typeof variables === 'object') {
      for (const [key, value] of Object.entries(variables)) {
        if (typeof value === 'string') (variables as Record<string, unknown>)[key] = redact(value);
      }
    }
  });
}
