/**
 * Schema fragments for the OKR file's values that become part of a GitHub request: a repository (a URL path),
 * a label (a comma-separated query filter), a file in a repository (the contents API's path). A pull request
 * controls them, so each is checked for what GitHub means by it, not only for being text.
 */
import * as z from 'zod';
import { describeInput } from './hints.js';
import { leavesRepository } from '../model/paths.js';
import { isRepositoryName, parseRepositoryName, REPOSITORY_EXPECTED } from './repository.js';

/** As fields.ts's `text` (imported there from here, so not imported back). */
const text = z.string().trim().min(1, { error: 'expected a non-empty text' });

export const repository = z
  .string({ error: (iss) => `expected ${REPOSITORY_EXPECTED}, got ${describeInput(iss.input)}` })
  .refine((value) => isRepositoryName(value), {
    error: (iss) => {
      const parsed = parseRepositoryName(String(iss.input));
      return parsed.ok ? REPOSITORY_EXPECTED : parsed.error;
    },
  })
  // For the JSON Schema (editors): the same rules as parseRepositoryName, as one pattern.
  .meta({ pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:_[A-Za-z0-9]{1,40})?/(?!\\.+$)[A-Za-z0-9._-]{1,100}$' });

/** GitHub's `labels` filter is a comma-separated list: `a,b` would silently ask for both `a` and `b`. */
export const label = text
  .refine((value) => !value.includes(','), {
    error: (iss) =>
      `label ${JSON.stringify(iss.input)} contains a comma, which GitHub's label filter reads as two labels; ` +
      'list each label separately (labels: [a, b]), or rename the label',
  })
  .meta({ pattern: '^[^,]+$' });

/** A file in a repository, as the contents API names it: relative, no `..`, and never under `.git`. */
export const repositoryFilePath = text
  .refine((value) => !leavesRepository(value), {
    error: (iss) =>
      'expected a file path inside the repository like "okrs/company.yml" (no "..", not under .git), ' +
      `got ${describeInput(iss.input)}`,
  })
  .meta({ pattern: '^(?![\\\\/])(?!(?:.*[\\\\/])?(?:\\.\\.|\\.[Gg][Ii][Tt])(?:[\\\\/]|$)).+$' });

/**
 * A branch, tag or commit, as git allows its names (git check-ref-format): no whitespace or control characters
 * (a newline would also start a workflow command in the log, where notes name the file), none of `~^:?*[\`,
 * no `..` or `@{`, not starting with `-`.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point of this pattern
const GIT_REF = /^(?!-)(?!.*\.\.)(?!.*@\{)[^\u0000-\u0020\u007f~^:?*[\\]+$/;
export const gitRef = text
  .refine((value) => GIT_REF.test(value), {
    error: (iss) => `expected a branch, tag or commit like "main" or "v2", got ${describeInput(iss.input)}`,
  })
  .meta({ pattern: GIT_REF.source });
