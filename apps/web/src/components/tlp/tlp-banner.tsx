import type { Tier } from '@web/graphql/generated/graphql';
import { TLP, TLP_BACKGROUND } from './tlp';
import classes from './tlp.module.css';

/** The marking across the top of a bulletin: the label in FIRST's colour on black, and its sharing rule. */
export function TlpBanner({ tier }: { tier: Tier }) {
  const marking = TLP[tier];
  return (
    <section
      className={classes['banner']}
      style={{ background: TLP_BACKGROUND, color: '#FFFFFF' }}
      aria-label={`Sharing: ${marking.label}`}
      data-tier={tier}
      role="note"
    >
      <strong className={classes['bannerLabel']} style={{ color: marking.colour, background: TLP_BACKGROUND }}>
        {marking.label}
      </strong>
      <span className={classes['bannerRule']}>
        {marking.rule} <span className={classes['bannerAudience']}>{marking.audience}</span>
      </span>
    </section>
  );
}
