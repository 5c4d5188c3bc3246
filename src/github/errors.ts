/**
 * Turning GitHub's failures into messages that say what to do. A failed source becomes an `error` on its key
 * results, so the message is what the user reads in the summary: no stack, no token, GitHub's own text
 * shortened (it is untrusted and is escaped later, where text becomes Markdown).
 */
import type { SourceSpec } from './sources.js';
import { isDeadlineError } from './deadline.js';
import { isConnectionError } from './connection-errors.js';
import { errorMessage } from '../model/error-message.js';

/** A failure whose message already says what to do. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** An exhausted primary rate limit the client chose not to wait for. */
export class RateLimitError extends Error {
  override name = 'RateLimitError';
  readonly status: number;
  constructor(
    readonly resetAt: Date,
    cause: unknown,
  ) {
    super(
      `GitHub's API rate limit is exhausted until ${resetAt.toISOString()}: re-run after that time, ` +
        `or use a token with a larger limit.`,
      { cause },
    );
    this.status = statusOf(cause) ?? 403;
  }
}

/** The reset time of an exhausted primary rate limit, if that is what this error is. */
export function rateLimitReset(error: unknown): Date | undefined {
  if (error instanceof RateLimitError) return error.resetAt;
  const status = statusOf(error);
  const headers = headersOf(error);
  if ((status !== 403 && status !== 429) || headers?.['x-ratelimit-remaining'] !== '0') return undefined;
  const reset = Number(headers['x-ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
}

/** The permission a job's `permissions:` needs for each listing. */
const permissionFor: Record<SourceSpec['kind'], string> = {
  'workflow-runs': 'actions: read',
  deployments: 'deployments: read',
  issues: 'issues: read',
  'pull-requests': 'pull-requests: read',
};

const whatFor: Record<SourceSpec['kind'], string> = {
  'workflow-runs': 'workflow runs',
  deployments: 'deployments',
  issues: 'issues',
  'pull-requests': 'pull requests',
};

/** One line that says what went wrong reading `spec` and what to do about it. */
export function describeSourceError(error: unknown, spec: SourceSpec): string {
  const repository = `${spec.owner}/${spec.repo}`;
  if (
    error instanceof SourceError ||
    error instanceof RateLimitError ||
    isDeadlineError(error) ||
    isConnectionError(error)
  ) {
    return (error as Error).message;
  }
  const status = statusOf(error);
  const detail = githubMessage(error);
  if (status === 401) {
    return `GitHub rejected the token (401 ${detail}): check the \`github-token\` input (or GITHUB_TOKEN for the CLI).`;
  }
  if ((status === 403 || status === 429) && /secondary rate limit/i.test(detail)) {
    const what = `${whatFor[spec.kind]} of ${repository}`;
    return `GitHub's secondary rate limit persisted while reading ${what}: re-run later.`;
  }
  if (status === 403) {
    return (
      `the token may not read ${whatFor[spec.kind]} of ${repository} (403 ${detail}): add ` +
      `\`permissions: ${permissionFor[spec.kind]}\` to the workflow or job, ` +
      `or use a token with access to ${repository}.`
    );
  }
  if (status === 404) {
    return (
      `repository ${repository} not found, or the token cannot see it: check the metric's \`repository\`; ` +
      `for another private repository, use a token with access to it.`
    );
  }
  if (status !== undefined && (status >= 500 || status === 0)) {
    return `GitHub is unavailable (${status === 500 ? detail : `${status} ${detail}`}, after retries): re-run later.`;
  }
  if (status !== undefined)
    return `GitHub answered ${status} reading ${whatFor[spec.kind]} of ${repository}: ${detail}`;
  return `reading ${whatFor[spec.kind]} of ${repository} failed: ${detail}`;
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function headersOf(error: unknown): Record<string, string | undefined> | undefined {
  return (error as { response?: { headers?: Record<string, string | undefined> } } | null)?.response?.headers;
}

/** GitHub's `message` (or the network error's), without the documentation URL, one line, bounded. */
function githubMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data;
  const fromBody = typeof data === 'object' && data !== null && 'message' in data ? String(data.message) : undefined;
  const raw = fromBody ?? errorMessage(error);
  const line = raw
    .replace(/\s+-\s+https:\/\/docs\.github\.com\S*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line || 'no message';
}
