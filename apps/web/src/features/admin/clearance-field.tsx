import { NativeSelect } from '@mantine/core';
import { TIER_ORDER } from '@web/features/feed/bulletin-labels';
import type { Tier } from '@web/graphql/generated/graphql';
import { tierLabel, tierWithin } from './admin-words';

interface ClearanceFieldProps {
  readonly value: Tier;
  readonly onChange: (tier: Tier) => void;
  /** The highest tier that may be chosen. */
  readonly ceiling: Tier;
  /** Why that is the highest, in words, shown beside the field: "Georgia … is vetted TLP:AMBER+STRICT, so …". */
  readonly why: string;
  /** What the tiers above are, on their options: "above the organization's vetting". */
  readonly aboveWords: string;
  readonly label?: string;
  readonly error?: string | null;
}

/**
 * A clearance, capped: tiers above the ceiling are listed but cannot be chosen, and the reason is said next to the
 * field. The API refuses them anyway (R6); its error is shown by the form.
 */
export function ClearanceField({
  value,
  onChange,
  ceiling,
  why,
  aboveWords,
  label = 'Clearance',
  error,
}: ClearanceFieldProps) {
  return (
    <NativeSelect
      label={label}
      description={why}
      value={value}
      error={error ?? undefined}
      onChange={(event) => onChange(event.currentTarget.value as Tier)}
      data={TIER_ORDER.map((tier) => ({
        value: tier,
        label: tierWithin(tier, ceiling) ? tierLabel(tier) : `${tierLabel(tier)} (${aboveWords})`,
        disabled: !tierWithin(tier, ceiling),
      }))}
    />
  );
}
