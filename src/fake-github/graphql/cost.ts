/**
 * GitHub's GraphQL resource limits, from "Rate limits and node limits for the GraphQL API":
 * - every connection needs `first` or `last`, each within 1..100;
 * - a call may request at most 500,000 nodes (each connection's page size times its parents' page sizes);
 * - its point cost is the number of requests needed to fill every connection (each connection counts once per
 *   parent node it could appear under), divided by 100 and rounded to the nearest whole number, at least 1.
 */
import {
  getNamedType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

const MAX_PAGE_SIZE = 100;
const MAX_NODES = 500_000;

export interface QueryCost {
  /** Points, as `rateLimit { cost }` reports them. */
  cost: number;
  nodeCount: number;
  /** GitHub-worded problems (a missing or out-of-range `first`/`last`, too many nodes): the query is refused. */
  problems: string[];
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  requests: number;
  nodes: number;
  problems: string[];
}

export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): QueryCost {
  const root = schema.getRootType(operation.operation);
  const walk: Walk = { schema, fragments, variables, requests: 0, nodes: 0, problems: [] };
  if (root) visit(walk, operation.selectionSet, root, 1, new Set());
  if (walk.nodes > MAX_NODES) {
    walk.problems.push(
      `This query requests up to ${walk.nodes.toLocaleString('en-US')} possible nodes which exceeds the maximum ` +
        `limit of ${MAX_NODES.toLocaleString('en-US')}.`,
    );
  }
  return { cost: Math.max(1, Math.round(walk.requests / 100)), nodeCount: walk.nodes, problems: walk.problems };
}

function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith('Connection') && 'pageInfo' in type.getFields();
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** `multiplier`: how many times this selection can occur (the product of the page sizes above it). */
function visit(
  walk: Walk,
  selections: SelectionSetNode,
  type: GraphQLNamedType,
  multiplier: number,
  seen: Set<string>,
) {
  for (const selection of selections.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const named = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      if (named) visit(walk, selection.selectionSet, named, multiplier, seen);
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      const named = walk.schema.getType(fragment.typeCondition.name.value);
      if (named) visit(walk, fragment.selectionSet, named, multiplier, new Set([...seen, fragment.name.value]));
    } else {
      visitField(walk, selection, type, multiplier, seen);
    }
  }
}

function visitField(walk: Walk, node: FieldNode, parent: GraphQLNamedType, multiplier: number, seen: Set<string>) {
  const field = fieldOf(parent, node.name.value);
  if (!field || !node.selectionSet) return;
  const type = getNamedType(field.type);
  if (!isConnection(type)) {
    // An object, or a plain list of them (GitHub's formula counts connections only).
    visit(walk, node.selectionSet, type, multiplier, seen);
    return;
  }
  const size = pageSize(walk, node, field);
  walk.requests += multiplier;
  walk.nodes += multiplier * size;
  visit(walk, node.selectionSet, type, multiplier * size, seen);
}

function pageSize(walk: Walk, node: FieldNode, field: GraphQLField<unknown, unknown>): number {
  const value = (name: 'first' | 'last'): number | undefined => {
    const arg = node.arguments?.find((a) => a.name.value === name);
    const definition = field.args.find((a) => a.name === name);
    if (!arg || !definition) return undefined;
    const parsed = valueFromAST(arg.value, definition.type, walk.variables) as number | null | undefined;
    return parsed ?? undefined;
  };
  const first = value('first');
  const last = value('last');
  const name = node.name.value;
  if (first === undefined && last === undefined) {
    walk.problems.push(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    );
    return 1;
  }
  for (const [argument, given] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (given === undefined) continue;
    if (given < 0 || given > MAX_PAGE_SIZE) {
      walk.problems.push(
        `Requesting ${given} records on the \`${name}\` connection exceeds the \`${argument}\` limit of ` +
          `${MAX_PAGE_SIZE} records.`,
      );
    }
  }
  return Math.min(MAX_PAGE_SIZE, Math.max(first ?? 0, last ?? 0));
}
