import {
  type ExecutionArgs,
  type GraphQLField,
  type GraphQLNamedType,
  isObjectType,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { PUSH_SCOPE_EXTENSION, PushScope, widerScope } from './push-scope';

/** What a subscription asks for, reduced to what decides the bytes of each push. */
export interface PushSelection {
  /** Equal for two subscriptions whose payloads render to the same bytes for the same viewer. */
  readonly key: string;
  /** The widest scope of any field selected. */
  readonly scope: PushScope;
}

/**
 * Reads a subscription document once, at subscribe time. The root field's own arguments (since, filter, feedId)
 * choose which events arrive, not how one renders, so they are left out of the key; variables used below it
 * are kept.
 */
export function describeSelection(args: ExecutionArgs): PushSelection {
  const { schema, document } = args;
  const subscriptionType = schema.getSubscriptionType();
  const typeInfo = new TypeInfo(schema);
  const usedVariables = new Set<string>();
  let scope = PushScope.SHARED;
  const withoutRootArguments = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType() ?? null;
        const field = typeInfo.getFieldDef() ?? null;
        if (parent && parent === subscriptionType) {
          return node.arguments?.length ? { ...node, arguments: [] } : undefined;
        }
        scope = widerScope(scope, fieldScope(parent, field, node.name.value));
        return undefined;
      },
      Variable(node) {
        usedVariables.add(node.name.value);
      },
      VariableDefinition() {
        return null;
      },
    }),
  );
  const variables = [...usedVariables].sort().map((name) => [name, args.variableValues?.[name] ?? null]);
  const operation = args.operationName ?? '';
  return { key: `${operation}\u0000${JSON.stringify(variables)}\u0000${print(withoutRootArguments)}`, scope };
}

function fieldScope(
  parent: GraphQLNamedType | null,
  field: GraphQLField<unknown, unknown> | null,
  name: string,
): PushScope {
  if (name.startsWith('__')) return PushScope.SHARED;
  if (!field || !isObjectType(parent)) return PushScope.VIEWER;
  return declaredScope(field.extensions) ?? declaredScope(parent.extensions) ?? PushScope.VIEWER;
}

/** A field's own scope, or its type's (which covers the type's plain properties; see PushScoped). */
export function declaredScope(extensions: Readonly<Record<string, unknown>> | null | undefined): PushScope | null {
  const declared = extensions?.[PUSH_SCOPE_EXTENSION];
  return Object.values(PushScope).includes(declared as PushScope) ? (declared as PushScope) : null;
}
