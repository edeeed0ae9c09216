import type { Tier } from '@web/graphql/generated/graphql';

export interface TlpMarking {
  /** As TLP 2.0 writes it: TLP:AMBER+STRICT. */
  readonly label: string;
  /** FIRST's TLP 2.0 colour for the label, always shown on black. */
  readonly colour: string;
  /** The sharing rule, in words, for the reader deciding whether to forward it; shown after the label. */
  readonly rule: string;
  /** Who Bulwark delivered it to, under that rule. */
  readonly audience: string;
}

/** TLP 2.0 sets every label on black: the colours are chosen to read against it, and only against it. */
export const TLP_BACKGROUND = '#000000';

/** FIRST TLP 2.0: RGB values from the standard; text on a black (#000) background. */
export const TLP: Record<Tier, TlpMarking> = {
  CLEAR: {
    label: 'TLP:CLEAR',
    colour: '#FFFFFF',
    rule: 'Disclosure is not limited: you may share it with anyone, including the public.',
    audience: 'Anyone may read it.',
  },
  GREEN: {
    label: 'TLP:GREEN',
    colour: '#33FF00',
    rule: 'Limited disclosure: share within the election-security community and partner organizations, not on public channels.',
    audience: 'Every vetted member of the community may read it.',
  },
  AMBER: {
    label: 'TLP:AMBER',
    colour: '#FFC000',
    rule: 'Limited disclosure: share within your organization and its clients (the offices under yours) on a need-to-know basis, and no further.',
    audience: 'Sent to the recipient offices, the offices under them, and the senders.',
  },
  AMBER_STRICT: {
    label: 'TLP:AMBER+STRICT',
    colour: '#FFC000',
    rule: 'Limited disclosure: share only within your own organization, on a need-to-know basis. Not with its clients.',
    audience: 'Sent to the recipient offices themselves and the senders, not the offices under them.',
  },
  RED: {
    label: 'TLP:RED',
    colour: '#FF2B2B',
    rule: 'For your eyes and ears only: do not share it with anyone, not even within your organization.',
    audience: 'Sent to the people named on it alone.',
  },
};
