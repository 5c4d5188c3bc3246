/** The text of one file in a repository: the company OKR file, or this OKR file on the base branch. */
import type { Octokit } from '@octokit/rest';
import { SourceError, statusOf } from './errors.js';

export interface FileLocation {
  owner: string;
  repo: string;
  path: string;
  /** Branch, tag or commit; default: the repository's default branch. */
  ref?: string;
}

/** The file's text, or null when there is no such file (or repository) the token can see. */
export async function readFileText(octokit: Octokit, file: FileLocation): Promise<string | null> {
  const where = `${file.owner}/${file.repo}/${file.path}${file.ref ? `@${file.ref}` : ''}`;
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
