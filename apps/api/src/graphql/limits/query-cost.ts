import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  getOperationAST,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What an operation may make the server fetch: every object counts 1, times how many of it a list brings.
 * A list's size is its `first` argument (the value sent, else the schema default), else `listDefaultSize`.
 * A connection's `edges`/`nodes` count once more per item, not again times `first`: the connection field
 * already carried it. Scalars are free. So `bulletins(first: 100) { edges { node { originators { name } } } }`
 * costs 100 × (1 + 1 edge + 1 node + 20 originators) = 2,300, and each further nested list multiplies again.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  listDefaultSize: number,
): number {
  const operation = getOperationAST(document, operationName);
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return 0;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  // Cost is linear in the number of parents, so a fragment's cost per parent is worked out once.
  const costed = new Map<string, number>();
  const costing = new Set<string>();

  const fragmentCost = (name: string): number => {
    const known = costed.get(name);
    if (known !== undefined) return known;
    const definition = fragments.get(name);
    const type = definition ? schema.getType(definition.typeCondition.name.value) : undefined;
    if (!definition || !isCompositeType(type) || costing.has(name)) return 0;
    costing.add(name);
    const cost = selectionCost(definition.selectionSet, type);
    costing.delete(name);
    costed.set(name, cost);
    return cost;
  };

  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += fieldCost(selection, parent);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) total += fragmentCost(selection.name.value);
      else {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) total += selectionCost(selection.selectionSet, type);
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType): number => {
    if (!node.selectionSet || node.name.value.startsWith('__')) return 0;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const field = parent.getFields()[node.name.value];
    const type = field ? getNamedType(field.type) : undefined;
    if (!field || !isCompositeType(type)) return 0;
    return listSize(field, node, parent) * (1 + selectionCost(node.selectionSet, type));
  };

  const listSize = (field: GraphQLField<unknown, unknown>, node: FieldNode, parent: GraphQLCompositeType): number => {
    const first = field.args.find((arg) => arg.name === 'first');
    if (first) {
      const given = argumentNumber(node, 'first', operation, variables);
      const fallback = typeof first.defaultValue === 'number' ? first.defaultValue : listDefaultSize;
      return Math.max(0, given ?? fallback);
    }
    if (!isListType(getNullableType(field.type))) return 1;
    if (parent.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes')) return 1;
    return listDefaultSize;
  };

  return selectionCost(operation.selectionSet, root);
}

/** A numeric argument as sent: a literal, or a variable's value (else its default); null when not given. */
function argumentNumber(
  node: FieldNode,
  name: string,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): number | null {
  const value = node.arguments?.find((arg) => arg.name.value === name)?.value;
  if (!value) return null;
  if (value.kind === Kind.INT) return Number.parseInt(value.value, 10);
  if (value.kind !== Kind.VARIABLE) return null;
  const sent = variables?.[value.name.value];
  if (typeof sent === 'number' && Number.isFinite(sent)) return sent;
  const definition = operation.variableDefinitions?.find((v) => v.variable.name.value === value.name.value);
  const fallback = definition?.defaultValue;
  return fallback?.kind === Kind.INT ? Number.parseInt(fallback.value, 10) : null;
}
