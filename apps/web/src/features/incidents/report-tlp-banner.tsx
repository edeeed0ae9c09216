import type { Tier } from '@web/graphql/generated/graphql';
import { TLP, TLP_BACKGROUND } from '@web/components/tlp/tlp';
import tlp from '@web/components/tlp/tlp.module.css';

/**
 * A report's marking, as the bulletin's banner draws it (FIRST's colour on black, then the rule), but with who reads a
 * report: never the offices under a recipient, whatever the tier (R19), unlike a bulletin's audience.
 */
export function ReportTlpBanner({ tier }: { tier: Tier }) {
  const marking = TLP[tier];
  return (
    <section
      className={tlp['banner']}
      style={{ background: TLP_BACKGROUND, color: '#FFFFFF' }}
      aria-label={`Sharing: ${marking.label}`}
      data-tier={tier}
      role="note"
    >
      <strong className={tlp['bannerLabel']} style={{ color: marking.colour, background: TLP_BACKGROUND }}>
        {marking.label}
      </strong>
      <span className={tlp['bannerRule']}>
        {marking.rule}{' '}
        <span className={tlp['bannerAudience']}>
          Only the reporting office and the offices it was sent to can read this report in Bulwark.
        </span>
      </span>
    </section>
  );
}
