/**
 * GitHub's GraphQL SDL cut to what some queries reach: the types they name (fields, fragments, variables), each
 * object or interface with only the fields they select (every argument of those kept), input types and enums
 * whole, directive definitions and kept interfaces whole. What an implementing type owes a kept interface is kept
 * with it, so the cut
 * is a valid schema in which those queries validate and execute as in the full one. The demo's stand-in serves
 * this cut (src/fake-github/graphql/client-schema.graphql); the tests keep the full schema.
 */
import {
  type DefinitionNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  print,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

export function cutSchemaSdl(sdl: string, schema: GraphQLSchema, queries: readonly string[]): string {
  const types = new Set<string>();
  const fields = new Map<string, Set<string>>();
  const keepInput = (type: GraphQLInputType): void => {
    const named = getNamedType(type);
    if (types.has(named.name)) return;
    types.add(named.name);
    if (isInputObjectType(named)) for (const field of Object.values(named.getFields())) keepInput(field.type);
  };
  const keepField = (parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): void => {
    if (field.name.startsWith('__')) return;
    types.add(parent.name);
    types.add(getNamedType(field.type).name);
    for (const arg of field.args) keepInput(arg.type);
    const kept = fields.get(parent.name) ?? new Set<string>();
    kept.add(field.name);
    fields.set(parent.name, kept);
  };
  for (const directive of schema.getDirectives()) for (const arg of directive.args) keepInput(arg.type);
  for (const query of queries) {
    const typeInfo = new TypeInfo(schema);
    const keepCondition = (node: { typeCondition?: { name: { value: string } } | null }): void => {
      if (node.typeCondition) types.add(node.typeCondition.name.value);
    };
    visit(
      parse(query),
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (!parent || !field) throw new Error(`${node.name.value}: not in GitHub's schema`);
          keepField(parent, field);
        },
        InlineFragment: keepCondition,
        FragmentDefinition: keepCondition,
        VariableDefinition(node) {
          const type = typeFromAST(schema, node.type);
          if (type) keepInput(type as GraphQLInputType);
        },
      }),
    );
  }
  // A kept interface keeps all its fields (it must define some), an object or interface the interfaces kept, and
  // owes each their fields; those may reach further types.
  for (let before = -1; before !== countOf(fields); ) {
    before = countOf(fields);
    for (const name of [...types]) {
      const type = schema.getType(name);
      if (isInterfaceType(type)) for (const field of Object.values(type.getFields())) keepField(type, field);
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const face of type.getInterfaces()) {
        if (!types.has(face.name)) continue;
        for (const owed of fields.get(face.name) ?? []) {
          const field = type.getFields()[owed];
          if (field) keepField(type, field);
        }
      }
    }
  }
  const document = parse(sdl, { noLocation: true });
  const definitions = document.definitions.flatMap((definition) => cut(definition, types, fields));
  return `${print({ ...document, definitions } as DocumentNode)}\n`;
}

function countOf(fields: Map<string, Set<string>>): number {
  let count = 0;
  for (const kept of fields.values()) count += kept.size;
  return count;
}

function cut(definition: DefinitionNode, types: Set<string>, fields: Map<string, Set<string>>): DefinitionNode[] {
  switch (definition.kind) {
    case Kind.DIRECTIVE_DEFINITION:
      return [definition];
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_DEFINITION: {
      const name = definition.name.value;
      if (!types.has(name)) return [];
      const kept = fields.get(name) ?? new Set<string>();
      return [
        {
          ...definition,
          interfaces: definition.interfaces?.filter((face) => types.has(face.name.value)),
          fields: definition.fields?.filter((field) => kept.has(field.name.value)),
        },
      ];
    }
    case Kind.UNION_TYPE_DEFINITION:
      if (!types.has(definition.name.value)) return [];
      return [{ ...definition, types: definition.types?.filter((member) => types.has(member.name.value)) }];
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      return types.has(definition.name.value) ? [definition] : [];
    default:
      // No schema definition or extension: the roots are Query (and the cut has no Mutation).
      return [];
  }
}
