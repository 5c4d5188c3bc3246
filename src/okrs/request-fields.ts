/**
 * Schema fragments for the OKR file's values that become part of a GitHub request: a repository (a URL path),
 * a label (a comma-separated query filter), a file in a repository (the contents API's path). A pull request
 * controls them, so each is checked for what GitHub means by it, not only for being text.
 */
import * as z from 'zod';
import { describeInput } from './hints.js';
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

const leavesRepository = (path: string): boolean =>
  /^[\\/]/.test(path) || path.split(/[\\/]/).some((part) => part === '..' || part.toLowerCase() === '.git');

/** A file in a repository, as the contents API names it: relative, no `..`, and never under `.git`. */
export const repositoryFilePath = text
  .refine((value) => !leavesRepository(value), {
    error: (iss) =>
      'expected a file path inside the repository like "okrs/company.yml" (no "..", not under .git), ' +
      `got ${describeInput(iss.input)}`,
  })
  .meta({ pattern: '^(?![\\\\/])(?!(?:.*[\\\\/])?(?:\\.\\.|\\.[Gg][Ii][Tt])(?:[\\\\/]|$)).+$' });
