/**
 * The text of one file in a repository: the company OKR file, or this OKR file on the base branch. The plan names
 * them next to the listings, and the fetch stage reads them while it reads the listings.
 */
import type { Octokit } from '@octokit/rest';
import { SourceError, statusOf } from './errors.js';
import { errorMessage } from '../model/error-message.js';

export interface FileLocation {
  owner: string;
  repo: string;
  path: string;
  /** Branch, tag or commit; default: the repository's default branch. */
  ref?: string;
}

/** The file's text, or null when there is no such file (or repository) the token can see. */
export async function readFileText(octokit: Octokit, file: FileLocation): Promise<string | null> {
  const where = fileLabel(file);
  let data: Awaited<ReturnType<Octokit['rest']['repos']['getContent']>>['data'];
  try {
    ({ data } = await octokit.rest.repos.getContent({ ...file }));
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
  if (Array.isArray(data) || data.type !== 'file') {
    throw new SourceError(`${where} is not a file: \`path\` must name a YAML file.`);
  }
  if (data.size === 0) return '';
  if (data.encoding === 'base64' && data.content) return Buffer.from(data.content, 'base64').toString('utf8');
  // Files over 1 MB come without content in the JSON form; the raw form has them.
  const raw = await octokit.rest.repos.getContent({ ...file, mediaType: { format: 'raw' } });
  // Raw bodies come as text when GitHub names a charset, as bytes when it does not.
  const body: unknown = raw.data;
  if (typeof body === 'string') return body;
  return body instanceof ArrayBuffer ? new TextDecoder().decode(body) : '';
}

/** Reads a file's text (null when missing): `readFileText` with a client, or a run's shared reader. */
export type ReadFile = (file: FileLocation) => Promise<string | null>;

/** What a scorecard reads besides the listings (SPEC §8's coaching context); the plan says which. */
export interface ContextFiles {
  /** The company OKR file that `company:` names. */
  company?: FileLocation;
  /** On a pull request: this OKR file on the base commit, for the goalpost guard. */
  base?: FileLocation;
}

/** A context file as read: its text (null: no such file the token can see), or why it could not be read. */
export type FileRead = { ok: true; text: string | null } | { ok: false; error: string };

export type ContextReads = { [K in keyof ContextFiles]: FileRead };

/** Reads the context files at once; a failure is the file's own, never the run's. */
export async function readContextFiles(read: ReadFile, files: ContextFiles): Promise<ContextReads> {
  const attempt = (file: FileLocation): Promise<FileRead> =>
    // A reader that throws at once is a failed read like one that rejects.
    Promise.resolve()
      .then(() => read(file))
      .then(
        (text): FileRead => ({ ok: true, text }),
        (error: unknown): FileRead => ({ ok: false, error: errorMessage(error) }),
      );
  const [company, base] = await Promise.all([
    files.company && attempt(files.company),
    files.base && attempt(files.base),
  ]);
  return { company, base };
}

/** How a context file is named in notes and parse errors: `owner/repo/path@ref`. */
export function fileLabel(file: FileLocation): string {
  return `${file.owner}/${file.repo}/${file.path}${file.ref ? `@${file.ref}` : ''}`;
}
