import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@bulwark/domain';

/**
 * Every query, mutation, subscription and HTTP route declares exactly one of these. The global AccessGuard
 * refuses an operation that declares none, and access-surface.int-spec.ts records all of them for review.
 */
export type AccessRule =
  | { readonly kind: 'public'; readonly ignoresCredentials?: boolean }
  | { readonly kind: 'signed-in' }
  | { readonly kind: 'permission'; readonly permission: Permission };

export const ACCESS_RULE = 'bulwark:access-rule';

/**
 * Anyone, signed in or not. What they may read is still the policy's to decide (R1). With `ignoresCredentials`
 * (sign-in, refresh) a stale token sent along is not even looked at: it must not stand in the way of renewing it.
 */
export const Public = (options: { ignoresCredentials?: boolean } = {}) =>
  SetMetadata(ACCESS_RULE, { kind: 'public', ...options } satisfies AccessRule);

/** Any active, signed-in user or API key. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

/** A signed-in caller whose roles grant `permission`. */
export const Requires = (permission: Permission) =>
  SetMetadata(ACCESS_RULE, { kind: 'permission', permission } satisfies AccessRule);
