import { Radio, Text } from '@mantine/core';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { TLP } from '@web/components/tlp/tlp';
import { TIER_ORDER } from '@web/features/feed/bulletin-labels';
import type { Tier } from '@web/graphql/generated/graphql';
import { REPORT_TIER_WORDS, REPORT_TIERS, isReportTier } from './incident-words';
import { FIELD_IDS } from './report-form';
import classes from './incidents.module.css';

const rank = (tier: Tier) => TIER_ORDER.indexOf(tier);

/**
 * The report's sharing level: the three a report may carry, each with what it lets the recipients do, in plain words
 * (the badge gives the TLP rule itself on hover). A level above the reporter's own clearance is shown but not offered: they could not read
 * their own report.
 */
export function ReportTierField({
  value,
  clearance,
  error,
  onChange,
}: {
  value: Tier;
  clearance: Tier;
  error: string | undefined;
  onChange: (tier: Tier) => void;
}) {
  return (
    <Radio.Group
      id={FIELD_IDS.tier}
      label="How far the recipients may share it (Traffic Light Protocol)"
      description="TLP:AMBER suits most reports. Choose TLP:GREEN if others in the community should hear of it too."
      value={value}
      onChange={(tier) => onChange(tier as Tier)}
      error={error}
    >
      <div className={classes['impactChoices']}>
        {REPORT_TIERS.map((tier) => {
          const above = rank(tier) > rank(clearance);
          return (
            <Radio.Card
              key={tier}
              value={tier}
              disabled={above}
              className={classes['choiceCard']}
              aria-label={TLP[tier].label}
              aria-describedby={`report-tier-words-${tier}`}
            >
              <div className={classes['choiceInner']}>
                <Radio.Indicator disabled={above} />
                <div className={classes['choiceWords']}>
                  <TlpBadge tier={tier} />
                  <Text size="sm" id={`report-tier-words-${tier}`} mt={4}>
                    {isReportTier(tier) && REPORT_TIER_WORDS[tier]}
                    {above && <strong> Above your clearance: you could not read it yourself.</strong>}
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
