/**
 * GraphQL requests on the run's one client (`octokit.graphql` goes through the same retries, throttling and
 * tally as REST), with the two things every GraphQL source needs: the points a response says it cost, and one
 * kind of failure, `GraphqlUnavailable`, for "use REST instead".
 */
import type { Octokit } from '@octokit/rest';
import { countPoints } from './budget.js';
import { statusOf } from './errors.js';

/** GraphQL cannot answer this (404: no endpoint, 403: not allowed, an `errors` array): read it by REST. */
export class GraphqlUnavailable extends Error {
  override name = 'GraphqlUnavailable';
}

interface Costed {
  rateLimit?: { cost?: number } | null;
  viewer?: { login?: string } | null;
}

const viewers = new WeakMap<object, string>();

/** The token's login, if a GraphQL query already asked for `viewer` on this client. */
export function knownViewer(octokit: Octokit): string | undefined {
  return viewers.get(octokit);
}

/** Sends `query`; counts its points; remembers `viewer { login }` when the query asked for it. */
export async function graphqlQuery<T>(
  octokit: Octokit,
  query: string,
  variables: Record<string, unknown>,
): Promise<T & Costed> {
  let data: T & Costed;
  try {
    data = await octokit.graphql<T & Costed>(query, variables);
  } catch (error) {
    throw unavailable(error);
  }
  countPoints(data.rateLimit?.cost ?? 0);
  if (data.viewer?.login) viewers.set(octokit, data.viewer.login);
  return data;
}

/**
 * Which failures mean GraphQL itself cannot serve this, so that REST should: an errors array (a denied
 * resource, a field this server's schema lacks, spent points: `RATE_LIMITED`), 404 or 403 from the endpoint.
 * A 5xx after retries or a network failure is not: REST would meet the same outage.
 */
function unavailable(error: unknown): unknown {
  const errors = (error as { errors?: { type?: string; message?: string }[] } | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const first = errors[0];
    const detail = `${first?.type ? `${first.type}: ` : ''}${first?.message ?? 'error'}`;
    return new GraphqlUnavailable(`GraphQL answered with errors (${oneLine(detail)})`, { cause: error });
  }
  const status = statusOf(error);
  if (status === 404 || status === 403 || status === 401 || status === 400 || status === 422) {
    return new GraphqlUnavailable(`GraphQL answered ${status}`, { cause: error });
  }
  return error;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
