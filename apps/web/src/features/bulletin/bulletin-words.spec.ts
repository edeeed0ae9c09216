import { describe, expect, it } from 'vitest';
import { acknowledgementInWords, jurisdictionsInWords, listInWords, senderLine, statusInWords } from './bulletin-words';

const CISA = { name: 'Cybersecurity and Infrastructure Security Agency', shortName: 'CISA', kind: 'FEDERAL' } as const;
const FBI = { name: 'Federal Bureau of Investigation', shortName: 'FBI', kind: 'FEDERAL' } as const;
const EI_ISAC = { name: 'Elections Infrastructure ISAC', shortName: 'EI-ISAC', kind: 'ISAC' } as const;
const GEORGIA = { name: 'Georgia Secretary of State', shortName: 'GA-SOS', kind: 'STATE' } as const;

describe('senderLine', () => {
  it('names a single sender', () => {
    expect(senderLine([CISA])).toBe('From CISA');
  });

  it('names every originator of a joint bulletin', () => {
    expect(senderLine([CISA, FBI])).toBe('Joint bulletin from CISA and FBI');
    expect(senderLine([CISA, FBI, EI_ISAC])).toBe('Joint bulletin from CISA, FBI and EI-ISAC');
  });

  it('names state and local offices in words, not by their code', () => {
    expect(senderLine([GEORGIA, CISA])).toBe('Joint bulletin from Georgia Secretary of State and CISA');
  });

  it('says nothing when there is no sender', () => {
    expect(senderLine([])).toBe('');
  });
});

describe('listInWords', () => {
  it('joins with commas and a final "and"', () => {
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('jurisdictionsInWords', () => {
  it('is "National" when the bulletin names no state', () => {
    expect(jurisdictionsInWords([])).toBe('National');
  });

  it('spells out state names, keeping an unknown code as it is', () => {
    expect(jurisdictionsInWords(['GA', 'PA', 'ZZ'])).toBe('Georgia, Pennsylvania, ZZ');
  });
});

describe('statusInWords', () => {
  const now = new Date('2026-11-03T12:00:00Z');

  it('a published bulletin is in effect until it expires', () => {
    expect(statusInWords('PUBLISHED', null, now)).toBe('In effect');
    expect(statusInWords('PUBLISHED', '2026-11-04T00:00:00Z', now)).toBe('In effect');
    expect(statusInWords('PUBLISHED', '2026-11-03T11:59:59Z', now)).toBe('Expired');
  });

  it('says retracted, draft and in review plainly', () => {
    expect(statusInWords('RETRACTED', '2026-01-01T00:00:00Z', now)).toBe('Retracted');
    expect(statusInWords('DRAFT', null, now)).toBe('Draft, not published');
    expect(statusInWords('IN_REVIEW', null, now)).toBe('In review, not published');
  });
});

describe('acknowledgementInWords', () => {
  it('says which revision the reader acknowledged', () => {
    expect(acknowledgementInWords({ acknowledgedByMe: true, revision: 2 }, 2)).toEqual({
      headline: null,
      detail: 'You acknowledged revision 2.',
    });
  });

  it('says the bulletin was amended since, when it knows of an earlier acknowledgement', () => {
    expect(acknowledgementInWords({ acknowledgedByMe: false, revision: 3 }, 2)).toEqual({
      headline: 'Amended since you acknowledged — acknowledge the new revision',
      detail: 'You acknowledged revision 2; this is revision 3.',
    });
  });

  it('does not claim an earlier acknowledgement it does not know of', () => {
    const words = acknowledgementInWords({ acknowledgedByMe: false, revision: 3 }, null);
    expect(words.headline).toBeNull();
    expect(words.detail).toBe(
      'This is revision 3: it needs its own acknowledgement, even if you acknowledged an earlier one.',
    );
  });

  it('explains the button on a first revision', () => {
    expect(acknowledgementInWords({ acknowledgedByMe: false, revision: 1 }, null)).toEqual({
      headline: null,
      detail: 'Tells the sender you have received this bulletin.',
    });
  });
});
