import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { Tier } from '@web/graphql/generated/graphql';
import { RECHECK_RECIPIENTS, type RecipientOption } from './recipient-query';

/** The re-check asks about at most this many recipients at once (the API's bound). */
export const MAX_CHOSEN_RECIPIENTS = 100;

export interface RecipientCheck {
  /** The API's verdict on a chosen recipient at the current tier; undefined while it is being asked. */
  readonly verdict: (id: string) => RecipientOption | undefined;
  /** Chosen recipients the API says do not fit the tier (R7), named with the reason. */
  readonly unfit: readonly RecipientOption[];
  /** Some chosen recipient has no verdict yet. */
  readonly checking: boolean;
  readonly error: unknown;
}

/**
 * The API's verdict on the chosen recipients at the tier (`recipientOptions(tier, ids)`), asked again whenever the
 * tier or the choice changes. Verdicts seen before at this tier answer meanwhile, so a click does not blank the
 * list; a verdict is never carried over from another tier.
 */
export function useRecipientCheck(tier: Tier, chosen: readonly string[]): RecipientCheck {
  const ids = useMemo(() => chosen.slice(0, MAX_CHOSEN_RECIPIENTS), [chosen]);
  const { data, error } = useQuery(RECHECK_RECIPIENTS, {
    variables: { tier, ids },
    skip: ids.length === 0,
    fetchPolicy: 'cache-and-network',
  });
  // Every verdict seen in this editor, by tier and id, kept as state follows a prop (adjusted while rendering).
  const [seen, setSeen] = useState<{ from: unknown; byKey: ReadonlyMap<string, RecipientOption> }>({
    from: null,
    byKey: new Map(),
  });
  if (data && data !== seen.from) {
    const byKey = new Map(seen.byKey);
    for (const edge of data.recipientOptions.edges) byKey.set(`${tier}|${edge.node.id}`, edge.node);
    setSeen({ from: data, byKey });
  }
  const verdict = (id: string) => seen.byKey.get(`${tier}|${id}`);
  const verdicts = ids.map(verdict);
  return {
    verdict,
    unfit: verdicts.filter((option): option is RecipientOption => option !== undefined && !option.offered),
    checking: verdicts.some((option) => option === undefined),
    error: ids.length > 0 ? (error ?? null) : null,
  };
}
