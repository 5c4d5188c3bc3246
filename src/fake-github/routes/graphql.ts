/**
 * `POST /graphql` (and GitHub Enterprise Server's `POST /api/graphql`): queries executed by graphql-js against
 * GitHub's real schema, so a query GitHub would refuse (unknown field, wrong or missing argument, a connection
 * without `first`/`last` or over 100, over 500,000 nodes) is refused here with GitHub's `{"errors": [...]}`.
 * Points are charged per GitHub's formula from a budget of their own, apart from REST's (`x-ratelimit-resource:
 * graphql`); a spent budget answers `RATE_LIMITED`, as GitHub does, with HTTP 200.
 */
import {
  executeSync,
  type GraphQLError,
  type GraphQLSchema,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { queryCost } from '../graphql/cost.js';
import { queryRoot, type GraphqlWorld } from '../graphql/objects.js';
import type { TokenIdentity } from '../options.js';
import type { RateLimits } from '../rate-limit.js';
import type { Reply, RepositoryView } from './route.js';
import type { Site } from '../objects/site.js';

const GRAPHQL_DOCS = 'https://docs.github.com/graphql';
const AUTH_DOCS = `${GRAPHQL_DOCS}/guides/forming-calls-with-graphql#authenticating-with-graphql`;

export function isGraphqlPath(pathname: string): boolean {
  return pathname === '/graphql' || pathname === '/api/graphql';
}

/** How the endpoint misbehaves on request: a proxy without it (404), a token denied it (403), or errors. */
type GraphqlOutage = 404 | 403 | 'errors';

export interface GraphqlRequest {
  site: Site;
  identity: TokenIdentity | null;
  /** Whose point budget it spends (the token). */
  limitKey: string | null;
  body: unknown;
  repositories: Map<string, RepositoryView>;
  limits: RateLimits;
  outage?: GraphqlOutage;
  schema: () => GraphQLSchema;
}

interface GitHubError {
  type?: string;
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  message: string;
  extensions?: Record<string, unknown>;
}

function errors(list: GitHubError[], extra: Record<string, unknown> = {}, headers?: Record<string, string>): Reply {
  return { status: 200, body: { ...extra, errors: list }, headers };
}

function fromGraphqlError(error: GraphQLError): GitHubError {
  const original = error.originalError as (Error & { type?: string }) | undefined;
  return {
    ...(original?.type ? { type: original.type } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.locations ? { locations: error.locations } : {}),
    message: error.message,
  };
}

function rateHeaders(limits: RateLimits, key: string | null): Record<string, string> {
  const rate = limits.snapshot(key);
  return {
    'x-ratelimit-limit': String(rate.limit),
    'x-ratelimit-remaining': String(rate.remaining),
    'x-ratelimit-used': String(rate.used),
    'x-ratelimit-reset': String(rate.reset),
    'x-ratelimit-resource': 'graphql',
  };
}

function operationOf(document: DocumentNode, name: unknown): OperationDefinitionNode | string {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (typeof name === 'string' && name !== '') {
    return operations.find((o) => o.name?.value === name) ?? `No operation named "${name}"`;
  }
  if (operations.length !== 1) return 'An operation name is required';
  return operations[0] as OperationDefinitionNode;
}

export function answerGraphql(request: GraphqlRequest): Reply {
  const { identity, limits, limitKey } = request;
  if (identity === null) {
    return {
      status: 401,
      body: { message: 'This endpoint requires you to be authenticated.', documentation_url: AUTH_DOCS },
    };
  }
  if (request.outage === 404) return { status: 404, body: { message: 'Not Found', documentation_url: GRAPHQL_DOCS } };
  if (request.outage === 403) {
    return {
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: GRAPHQL_DOCS },
    };
  }
  if (request.outage === 'errors') {
    return errors([{ type: 'FORBIDDEN', path: [], message: 'Resource not accessible by integration' }], { data: null });
  }

  const body = (request.body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
  if (typeof body.query !== 'string')
    return errors([{ message: 'A query attribute must be specified and must be a string.' }]);
  const variables = (body.variables ?? {}) as Record<string, unknown>;
  if (typeof variables !== 'object' || Array.isArray(variables))
    return errors([{ message: 'Variables are invalid JSON.' }]);

  let document: DocumentNode;
  try {
    document = parse(body.query);
  } catch (error) {
    return errors([fromGraphqlError(error as GraphQLError)]);
  }
  const schema = request.schema();
  const invalid = validate(schema, document);
  if (invalid.length > 0) return errors(invalid.map(fromGraphqlError));
  const operation = operationOf(document, body.operationName);
  if (typeof operation === 'string') return errors([{ message: operation }]);
  if (operation.operation !== 'query') {
    return errors([
      { type: 'FORBIDDEN', message: 'The stand-in serves queries only, not mutations or subscriptions.' },
    ]);
  }

  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const cost = queryCost(schema, operation, fragments, variables);
  if (cost.problems.length > 0) {
    return errors(cost.problems.map((message) => ({ type: problemType(message), message })));
  }
  const dryRun = isDryRun(operation);
  if (!dryRun && !limits.take(limitKey, cost.cost)) {
    const who = identity.login;
    return errors(
      [{ type: 'RATE_LIMITED', message: `API rate limit already exceeded for ${who}.` }],
      {},
      rateHeaders(limits, limitKey),
    );
  }

  const world: GraphqlWorld = {
    site: request.site,
    identity,
    repositories: request.repositories,
    rateLimit: () => {
      const rate = limits.snapshot(limitKey);
      return {
        cost: cost.cost,
        limit: rate.limit,
        remaining: rate.remaining,
        used: rate.used,
        resetAt: new Date(rate.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        nodeCount: cost.nodeCount,
      };
    },
  };
  const result = executeSync({
    schema,
    document,
    rootValue: queryRoot(world),
    variableValues: variables,
    operationName: typeof body.operationName === 'string' ? body.operationName : undefined,
  });
  const reply = result.errors?.length
    ? { data: result.data ?? null, errors: result.errors.map(fromGraphqlError) }
    : { data: result.data };
  return { status: 200, body: reply, headers: rateHeaders(limits, limitKey) };
}

function problemType(message: string): string {
  if (message.startsWith('You must provide')) return 'MISSING_PAGINATION_BOUNDARIES';
  if (message.startsWith('Requesting')) return 'EXCESSIVE_PAGINATION';
  return 'MAX_NODE_LIMIT_EXCEEDED';
}

/** `rateLimit(dryRun: true)` reports what the query would cost without spending it. */
function isDryRun(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.some(
    (s) =>
      s.kind === Kind.FIELD &&
      s.name.value === 'rateLimit' &&
      s.arguments?.some((a) => a.name.value === 'dryRun' && a.value.kind === Kind.BOOLEAN && a.value.value),
  );
}
