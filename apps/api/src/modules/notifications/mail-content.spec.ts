import { Category, MailDetail, Severity, Tier, TIERS_IN_ORDER } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import { type MailBulletinFacts, mailContent, mailLevel } from './mail-content';

/** Every field a distinct marker, and a body the rules must never carry. */
function bulletin(tier: Tier): MailBulletinFacts & { body: string; recipientUserIds: string[] } {
  return {
    id: '5b8f7a52-7d0c-4b7e-9d59-0d1b8f0a1c11',
    reference: 'BLW-2026-0042',
    tier,
    title: 'TITLE-MARKER',
    summary: 'SUMMARY-MARKER',
    category: Category.FOREIGN_INFLUENCE,
    severity: Severity.CRITICAL,
    retractionReason: 'REASON-MARKER',
    body: 'BODY-MARKER',
    recipientUserIds: ['RECIPIENT-MARKER'],
  };
}

const LINK = 'https://bulwark.example/bulletins/5b8f7a52-7d0c-4b7e-9d59-0d1b8f0a1c11';
const DETAILS = Object.values(MailDetail);

/** Everything the content holds, as one string: a marker anywhere in it is carried. */
const said = (tier: Tier, detail: MailDetail) => JSON.stringify(mailContent(bulletin(tier), detail, LINK));

describe('mail content rules', () => {
  it('never carries a body or a recipient list, at any tier and any detail', () => {
    for (const tier of TIERS_IN_ORDER) {
      for (const detail of DETAILS) {
        expect(said(tier, detail)).not.toContain('BODY-MARKER');
        expect(said(tier, detail)).not.toContain('RECIPIENT-MARKER');
        expect(mailContent(bulletin(tier), detail, LINK)).not.toHaveProperty('body');
      }
    }
  });

  it('RED says only that a bulletin awaits: no title, reference, severity, summary or reason, whatever the detail', () => {
    for (const detail of DETAILS) {
      const content = mailContent(bulletin(Tier.RED), detail, LINK);
      expect(content).toEqual({ level: 'NOTICE', bulletinId: bulletin(Tier.RED).id, tier: Tier.RED, link: LINK });
      for (const marker of ['TITLE-MARKER', 'BLW-2026-0042', 'SUMMARY-MARKER', 'REASON-MARKER', 'CRITICAL']) {
        expect(said(Tier.RED, detail)).not.toContain(marker);
      }
    }
  });

  it('AMBER and AMBER_STRICT never carry a summary or a retraction reason, even under STANDARD', () => {
    for (const tier of [Tier.AMBER, Tier.AMBER_STRICT]) {
      for (const detail of DETAILS) {
        expect(said(tier, detail)).not.toContain('SUMMARY-MARKER');
        expect(said(tier, detail)).not.toContain('REASON-MARKER');
      }
      expect(mailContent(bulletin(tier), MailDetail.STANDARD, LINK)).toEqual({
        level: 'HEADLINE',
        bulletinId: bulletin(tier).id,
        tier,
        link: LINK,
        title: 'TITLE-MARKER',
        severity: Severity.CRITICAL,
        reference: 'BLW-2026-0042',
      });
    }
  });

  it('CLEAR and GREEN under STANDARD carry title, severity, category, reference, summary and reason', () => {
    for (const tier of [Tier.CLEAR, Tier.GREEN]) {
      expect(mailContent(bulletin(tier), MailDetail.STANDARD, LINK)).toEqual({
        level: 'FULL',
        bulletinId: bulletin(tier).id,
        tier,
        link: LINK,
        title: 'TITLE-MARKER',
        severity: Severity.CRITICAL,
        reference: 'BLW-2026-0042',
        category: Category.FOREIGN_INFLUENCE,
        summary: 'SUMMARY-MARKER',
        retractionReason: 'REASON-MARKER',
      });
    }
  });

  it('HEADLINES never carries a summary, at any tier', () => {
    for (const tier of TIERS_IN_ORDER) {
      expect(said(tier, MailDetail.HEADLINES)).not.toContain('SUMMARY-MARKER');
      expect(mailLevel(tier, MailDetail.HEADLINES)).toBe(tier === Tier.RED ? 'NOTICE' : 'HEADLINE');
    }
  });

  it('NOTICE carries nothing but the notice, at any tier', () => {
    for (const tier of TIERS_IN_ORDER) {
      expect(Object.keys(mailContent(bulletin(tier), MailDetail.NOTICE, LINK)).sort()).toEqual(
        ['bulletinId', 'level', 'link', 'tier'].sort(),
      );
    }
  });

  it('an organization can only take away: the level never rises above the tier cap', () => {
    const rank = { NOTICE: 0, HEADLINE: 1, FULL: 2 } as const;
    for (const tier of TIERS_IN_ORDER) {
      const cap = mailLevel(tier, MailDetail.STANDARD);
      for (const detail of DETAILS) expect(rank[mailLevel(tier, detail)]).toBeLessThanOrEqual(rank[cap]);
    }
  });

  it('fails closed on a tier or a detail it does not know', () => {
    expect(mailLevel('PURPLE' as Tier, MailDetail.STANDARD)).toBe('NOTICE');
    expect(mailLevel(Tier.CLEAR, 'EVERYTHING' as MailDetail)).toBe('NOTICE');
    expect(said('PURPLE' as Tier, MailDetail.STANDARD)).not.toContain('TITLE-MARKER');
  });
});
