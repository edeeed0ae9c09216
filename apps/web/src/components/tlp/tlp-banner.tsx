import type { Tier } from '@web/graphql/generated/graphql';
import { TLP } from './tlp';
import classes from './tlp.module.css';

/** The marking across the top of a bulletin: the label in FIRST's colour on black, and its sharing rule. */
export function TlpBanner({ tier }: { tier: Tier }) {
  const marking = TLP[tier];
  return (
    <section className={classes['banner']} aria-label={`Sharing: ${marking.label}`} data-tier={tier} role="note">
      <strong className={classes['bannerLabel']} style={{ color: marking.colour }}>
        {marking.label}
      </strong>
      <span className={classes['bannerRule']}>
        {marking.rule} <span className={classes['bannerAudience']}>{marking.audience}</span>
      </span>
    </section>
  );
}
