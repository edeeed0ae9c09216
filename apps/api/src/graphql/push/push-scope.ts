import { Extensions } from '@nestjs/graphql';

/**
 * What a field's value depends on when an event is pushed, so subscribers who would receive the same bytes are
 * rendered once (shared-push-subscribe.ts). Declared on an object type, it covers that type's plain properties;
 * every resolved field of such a type declares its own (shared-push.int-spec.ts checks). A field of a type that
 * declares nothing counts as VIEWER: a new type can make fan-out slower, never show one subscriber another's bytes.
 */
export enum PushScope {
  /** The same for everyone allowed to read the event's revision. */
  SHARED = 'SHARED',
  /** Depends on the viewer's organization, its place in the tree, roles and clearance, not on the person. */
  ORGANIZATION = 'ORGANIZATION',
  /** Depends on who the viewer is. */
  VIEWER = 'VIEWER',
}

export const PUSH_SCOPE_EXTENSION = 'pushScope';

/** Declares the push scope of an object type's plain properties, or of one resolved field (see PushScope). */
export const PushScoped = (scope: PushScope) => Extensions({ [PUSH_SCOPE_EXTENSION]: scope });

const RANK: Record<PushScope, number> = { SHARED: 0, ORGANIZATION: 1, VIEWER: 2 };

export function widerScope(a: PushScope, b: PushScope): PushScope {
  return RANK[a] >= RANK[b] ? a : b;
}
