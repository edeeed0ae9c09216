import {
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  Kind,
  type ValidationRule,
} from 'graphql';
import type { GraphqlLimits } from '@api/config/app-config';
import { tooComplex } from './limit-errors';

/**
 * How deep an operation's selections nest, fragments followed. A fragment's depth does not depend on where it
 * is spread, so each is measured once (a fragment spread twice per level cannot blow up the walk), and a
 * fragment met again while it is being measured counts 0: a cycle ends the walk (NoFragmentCyclesRule reports it).
 */
export function operationDepth(
  operation: OperationDefinitionNode,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
): number {
  const measured = new Map<string, number>();
  const measuring = new Set<string>();

  const fragmentDepth = (name: string): number => {
    const known = measured.get(name);
    if (known !== undefined) return known;
    const definition = fragment(name);
    if (!definition || measuring.has(name)) return 0;
    measuring.add(name);
    const depth = selectionDepth(definition.selectionSet);
    measuring.delete(name);
    measured.set(name, depth);
    return depth;
  };

  const selectionDepth = (set: SelectionSetNode): number => {
    let deepest = 0;
    for (const selection of set.selections) {
      let depth: number;
      if (selection.kind === Kind.FIELD) {
        // Introspection (off in production) nests its type references deeply by design; __typename is a leaf.
        const introspection = selection.name.value.startsWith('__');
        depth = 1 + (selection.selectionSet && !introspection ? selectionDepth(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = selectionDepth(selection.selectionSet);
      } else {
        depth = fragmentDepth(selection.name.value);
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  };

  return selectionDepth(operation.selectionSet);
}

export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const depth = operationDepth(operation, (name) => context.getFragment(name));
      if (depth > maxDepth)
        context.reportError(tooComplex(`The query nests ${depth} levels deep; the limit is ${maxDepth}.`, operation));
    },
  });
}

/** Aliases in the whole document, as written: each alias is one more field the server resolves. */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases++;
      },
      Document: {
        leave(document) {
          if (aliases > maxAliases)
            context.reportError(
              tooComplex(`The query uses ${aliases} aliases; the limit is ${maxAliases}.`, document.definitions[0]),
            );
        },
      },
    };
  };
}

/** Directives in the whole document, as written: validation work grows with them before anything runs. */
export function directiveLimitRule(maxDirectives: number): ValidationRule {
  return (context) => {
    let directives = 0;
    return {
      Directive() {
        directives++;
      },
      Document: {
        leave(document) {
          if (directives > maxDirectives)
            context.reportError(
              tooComplex(
                `The query uses ${directives} directives; the limit is ${maxDirectives}.`,
                document.definitions[0],
              ),
            );
        },
      },
    };
  };
}

export function documentLimitRules(limits: GraphqlLimits): ValidationRule[] {
  return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases), directiveLimitRule(limits.maxDirectives)];
}
