import type { Tier } from '@web/graphql/generated/graphql';
import { TLP, TLP_BACKGROUND } from './tlp';
import classes from './tlp.module.css';

/** The tier as a compact label, in FIRST's colour on black. */
export function TlpBadge({ tier }: { tier: Tier }) {
  const marking = TLP[tier];
  return (
    <span
      className={classes['badge']}
      style={{ color: marking.colour, background: TLP_BACKGROUND }}
      title={`${marking.label}: ${marking.rule}`}
      data-tier={tier}
    >
      {marking.label}
    </span>
  );
}
