import { Radio, Text } from '@mantine/core';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { TLP } from '@web/components/tlp/tlp';
import { TIER_ORDER } from '@web/features/feed/bulletin-labels';
import type { Tier } from '@web/graphql/generated/graphql';
import classes from './compose.module.css';

const rank = (tier: Tier) => TIER_ORDER.indexOf(tier);

/**
 * The sharing tier, each with its TLP marking and rule in words, and who Bulwark sends it to. Tiers above the
 * writer's own clearance are shown but not offered: the API refuses a draft written above it.
 */
export function TierField({
  value,
  clearance,
  onChange,
}: {
  value: Tier;
  clearance: Tier;
  onChange: (tier: Tier) => void;
}) {
  return (
    <Radio.Group
      id="draft-tier"
      label="Sharing (Traffic Light Protocol)"
      description="Who may read it, and how far they may pass it on."
      value={value}
      onChange={(tier) => onChange(tier as Tier)}
    >
      <div className={classes['tiers']}>
        {TIER_ORDER.map((tier) => {
          const above = rank(tier) > rank(clearance);
          return (
            <Radio.Card
              key={tier}
              value={tier}
              disabled={above}
              className={classes['tierCard']}
              aria-label={TLP[tier].label}
              aria-describedby={`tier-rule-${tier}`}
            >
              <div className={classes['tierCardInner']}>
                <Radio.Indicator disabled={above} />
                <div className={classes['tierWords']}>
                  <TlpBadge tier={tier} />
                  <Text size="sm" id={`tier-rule-${tier}`} mt={4}>
                    {TLP[tier].rule} {TLP[tier].audience}
                    {above && <strong> Above your clearance: not available to you.</strong>}
                  </Text>
                </div>
              </div>
            </Radio.Card>
          );
        })}
      </div>
    </Radio.Group>
  );
}
