import { describe, expect, it } from 'vitest';
import { BulletinStatus, Role, Tier } from '@bulwark/domain';
import { decideRead } from './read-decision';
import { reportMarking } from './report-marking';
import { aReport, aRevision, anApiKey, aUser, ORG, USER } from './testing/policy.factories';
import { ANONYMOUS_VIEWER } from './viewer-context';

const { DRAFT, IN_REVIEW, PUBLISHED, RETRACTED } = BulletinStatus;
const amberForGeorgia = aRevision({ tier: Tier.AMBER, recipientOrgIds: [ORG.georgia] });
const strictForGeorgia = aRevision({ tier: Tier.AMBER_STRICT, recipientOrgIds: [ORG.georgia] });
const redForRecipient = aRevision({ tier: Tier.RED, recipientUserIds: [USER.recipient] });
const georgian = aUser(USER.recipient, ORG.georgia);
const fultonClerk = aUser(USER.outsider, ORG.fulton);
const cisaAnalyst = aUser(USER.colleague, ORG.cisa, { roles: [Role.ANALYST] });
const cisaPublisher = aUser(USER.colleague, ORG.cisa, { roles: [Role.PUBLISHER] });

describe('decideRead', () => {
  describe('R1 CLEAR', () => {
    it('R1: an anonymous viewer reads a published CLEAR revision', () => {
      expect(decideRead(ANONYMOUS_VIEWER, aRevision())).toEqual({ allowed: true, rule: 'R1' });
    });

    it('R1: an anonymous viewer does not read a CLEAR draft', () => {
      expect(decideRead(ANONYMOUS_VIEWER, aRevision({ status: DRAFT }))).toEqual({ allowed: false, rule: 'R11' });
    });

    it('R1: an anonymous viewer claiming activity and clearance still reads CLEAR only', () => {
      const forged = { ...ANONYMOUS_VIEWER, active: true, clearance: Tier.RED };
      expect(decideRead(forged, aRevision({ tier: Tier.GREEN }))).toEqual({ allowed: false, rule: 'R1' });
    });
  });

  describe('R2 GREEN', () => {
    it('R2: any active member of any organization reads a published GREEN revision', () => {
      expect(decideRead(aUser(USER.outsider, ORG.vendor), aRevision({ tier: Tier.GREEN }))).toEqual({
        allowed: true,
        rule: 'R2',
      });
    });

    it('R2: an active API key reads a published GREEN revision', () => {
      expect(decideRead(anApiKey(ORG.vendor), aRevision({ tier: Tier.GREEN })).allowed).toBe(true);
    });

    it('R2: an anonymous viewer does not read GREEN', () => {
      expect(decideRead(ANONYMOUS_VIEWER, aRevision({ tier: Tier.GREEN })).allowed).toBe(false);
    });

    it('R2: a signed-in viewer without an organization is not of the community and does not read GREEN', () => {
      const stray = aUser(USER.outsider, ORG.vendor, { organizationId: null, organizationAncestorIds: [] });
      expect(decideRead(stray, aRevision({ tier: Tier.GREEN }))).toEqual({ allowed: false, rule: 'R2' });
    });
  });

  describe('R3 AMBER', () => {
    it('R3: a member of a recipient organization reads', () => {
      expect(decideRead(georgian, amberForGeorgia)).toEqual({ allowed: true, rule: 'R3' });
    });

    it('R3: a member of a descendant of a recipient organization reads', () => {
      expect(decideRead(fultonClerk, amberForGeorgia).allowed).toBe(true);
    });

    it('R3: a member of the parent of a recipient organization does not read', () => {
      const forFulton = aRevision({ tier: Tier.AMBER, recipientOrgIds: [ORG.fulton] });
      expect(decideRead(georgian, forFulton)).toEqual({ allowed: false, rule: 'R3' });
    });

    it('R3: a member of the originating organization reads without being a recipient', () => {
      expect(decideRead(cisaAnalyst, amberForGeorgia).allowed).toBe(true);
    });

    it('R3: a member of an unrelated organization does not read', () => {
      expect(decideRead(aUser(USER.outsider, ORG.pennsylvania), amberForGeorgia)).toEqual({
        allowed: false,
        rule: 'R3',
      });
    });

    it('R3: an API key of a recipient organization reads', () => {
      expect(decideRead(anApiKey(ORG.georgia), amberForGeorgia).allowed).toBe(true);
    });
  });

  describe('R4 AMBER_STRICT', () => {
    it('R4: a member of a recipient organization reads', () => {
      expect(decideRead(georgian, strictForGeorgia)).toEqual({ allowed: true, rule: 'R4' });
    });

    it('R4: a member of a descendant of a recipient organization does not read', () => {
      expect(decideRead(fultonClerk, strictForGeorgia)).toEqual({ allowed: false, rule: 'R4' });
    });

    it('R4: a member of the originating organization reads', () => {
      expect(decideRead(cisaAnalyst, strictForGeorgia).allowed).toBe(true);
    });
  });

  describe('R5 RED', () => {
    it('R5: a named recipient reads', () => {
      expect(decideRead(georgian, redForRecipient)).toEqual({ allowed: true, rule: 'R5' });
    });

    it('R5: the author and the approver read', () => {
      expect(decideRead(aUser(USER.author, ORG.cisa), redForRecipient).allowed).toBe(true);
      expect(decideRead(aUser(USER.approver, ORG.cisa), redForRecipient).allowed).toBe(true);
    });

    it('R5: a colleague of a named recipient does not read', () => {
      expect(decideRead(aUser(USER.colleague, ORG.georgia), redForRecipient)).toEqual({ allowed: false, rule: 'R5' });
    });

    it('R5: a colleague of the author, even a publisher of the originating organization, does not read', () => {
      expect(decideRead(cisaPublisher, redForRecipient).allowed).toBe(false);
    });

    it('R5: an API key never reads RED, even of the recipient organization', () => {
      expect(decideRead(anApiKey(ORG.georgia), redForRecipient)).toEqual({ allowed: false, rule: 'R5' });
    });
  });

  describe('R6 clearance', () => {
    it('R6: a recipient cleared for AMBER does not read AMBER_STRICT', () => {
      const amberCleared = aUser(USER.recipient, ORG.georgia, { clearance: Tier.AMBER });
      expect(decideRead(amberCleared, strictForGeorgia)).toEqual({ allowed: false, rule: 'R6' });
      expect(decideRead(amberCleared, amberForGeorgia).allowed).toBe(true);
    });

    it('R6: a named RED recipient cleared only to AMBER_STRICT does not read RED', () => {
      const notRed = aUser(USER.recipient, ORG.georgia, { clearance: Tier.AMBER_STRICT });
      expect(decideRead(notRed, redForRecipient)).toEqual({ allowed: false, rule: 'R6' });
    });

    it('R6: an API key cleared for GREEN does not read AMBER sent to its organization', () => {
      expect(decideRead(anApiKey(ORG.georgia, { clearance: Tier.GREEN }), amberForGeorgia).rule).toBe('R6');
    });

    it('R6: an author without the clearance does not read their own draft', () => {
      const author = aUser(USER.author, ORG.cisa, { clearance: Tier.AMBER });
      expect(decideRead(author, aRevision({ tier: Tier.RED, status: DRAFT }))).toEqual({ allowed: false, rule: 'R6' });
    });

    it('R6: a CLEAR-cleared user reads CLEAR but not GREEN', () => {
      const clearOnly = aUser(USER.outsider, ORG.vendor, { clearance: Tier.CLEAR });
      expect(decideRead(clearOnly, aRevision()).allowed).toBe(true);
      expect(decideRead(clearOnly, aRevision({ tier: Tier.GREEN })).rule).toBe('R6');
    });
  });

  describe('R8 deactivation', () => {
    const deactivated = aUser(USER.recipient, ORG.georgia, { active: false });

    it('R8: a deactivated user reads published CLEAR', () => {
      expect(decideRead(deactivated, aRevision()).allowed).toBe(true);
    });

    it('R8: a deactivated user does not read GREEN, nor what names them', () => {
      expect(decideRead(deactivated, aRevision({ tier: Tier.GREEN }))).toEqual({ allowed: false, rule: 'R8' });
      expect(decideRead(deactivated, amberForGeorgia).rule).toBe('R8');
      expect(decideRead(deactivated, redForRecipient).rule).toBe('R8');
    });

    it('R8: a deactivated author does not read their own CLEAR draft', () => {
      const author = aUser(USER.author, ORG.cisa, { active: false });
      expect(decideRead(author, aRevision({ status: DRAFT }))).toEqual({ allowed: false, rule: 'R8' });
    });

    it('R8: a revoked API key reads CLEAR only', () => {
      const revoked = anApiKey(ORG.georgia, { active: false });
      expect(decideRead(revoked, aRevision()).allowed).toBe(true);
      expect(decideRead(revoked, aRevision({ tier: Tier.GREEN })).rule).toBe('R8');
    });
  });

  describe('R9 roles never widen reading', () => {
    it('R9: a PLATFORM_ADMIN cleared for GREEN does not read AMBER', () => {
      const admin = aUser(USER.outsider, ORG.platform, {
        roles: [Role.PLATFORM_ADMIN, Role.VIEWER],
        clearance: Tier.GREEN,
      });
      expect(decideRead(admin, aRevision({ tier: Tier.GREEN })).allowed).toBe(true);
      expect(decideRead(admin, amberForGeorgia).allowed).toBe(false);
    });

    it('R9: a PLATFORM_ADMIN cleared for RED reads no AMBER or RED bulletin outside their audience', () => {
      const admin = aUser(USER.outsider, ORG.platform, { roles: [Role.PLATFORM_ADMIN] });
      expect(decideRead(admin, amberForGeorgia)).toEqual({ allowed: false, rule: 'R3' });
      expect(decideRead(admin, redForRecipient)).toEqual({ allowed: false, rule: 'R5' });
      expect(decideRead(admin, aRevision({ status: DRAFT }))).toEqual({ allowed: false, rule: 'R11' });
    });

    it('R9: an ORG_ADMIN of the originating organization does not see its drafts', () => {
      const orgAdmin = aUser(USER.colleague, ORG.cisa, { roles: [Role.ORG_ADMIN, Role.VIEWER] });
      expect(decideRead(orgAdmin, aRevision({ status: DRAFT })).allowed).toBe(false);
    });

    it('R9: an API key claiming PUBLISHER does not see its organization drafts', () => {
      const key = anApiKey(ORG.cisa, { roles: [Role.PUBLISHER] });
      expect(decideRead(key, aRevision({ status: IN_REVIEW }))).toEqual({ allowed: false, rule: 'R11' });
    });
  });

  describe('R11 drafts and revisions in review', () => {
    it('R11: the author sees their own draft', () => {
      expect(decideRead(aUser(USER.author, ORG.cisa), aRevision({ status: DRAFT }))).toEqual({
        allowed: true,
        rule: 'R11',
      });
    });

    it('R11: a PUBLISHER of the originating organization sees a revision in review', () => {
      expect(decideRead(cisaPublisher, aRevision({ tier: Tier.AMBER, status: IN_REVIEW })).allowed).toBe(true);
    });

    it('R11: an ANALYST of the originating organization does not', () => {
      expect(decideRead(cisaAnalyst, aRevision({ status: IN_REVIEW }))).toEqual({ allowed: false, rule: 'R11' });
    });

    it('R11: a PUBLISHER of a recipient organization does not', () => {
      const georgiaPublisher = aUser(USER.recipient, ORG.georgia, { roles: [Role.PUBLISHER] });
      expect(decideRead(georgiaPublisher, aRevision({ ...amberForGeorgia, status: DRAFT })).allowed).toBe(false);
    });

    it('R11: a PUBLISHER of the originating organization below the draft tier does not (R6)', () => {
      const amberPublisher = aUser(USER.colleague, ORG.cisa, { roles: [Role.PUBLISHER], clearance: Tier.AMBER });
      expect(decideRead(amberPublisher, aRevision({ tier: Tier.AMBER_STRICT, status: DRAFT })).rule).toBe('R6');
    });

    it('R11: a RED draft is seen by its author and its named approver only', () => {
      const redDraft = aRevision({ tier: Tier.RED, status: IN_REVIEW, recipientUserIds: [USER.recipient] });
      expect(decideRead(aUser(USER.author, ORG.cisa), redDraft).allowed).toBe(true);
      expect(decideRead(aUser(USER.approver, ORG.cisa), redDraft).allowed).toBe(true);
      expect(decideRead(cisaPublisher, redDraft)).toEqual({ allowed: false, rule: 'R11' });
      expect(decideRead(georgian, redDraft)).toEqual({ allowed: false, rule: 'R11' });
    });

    it('R11: a RED draft without a named approver is seen by its author only', () => {
      const redDraft = aRevision({ tier: Tier.RED, status: DRAFT, approverUserId: null });
      expect(decideRead(aUser(USER.approver, ORG.cisa), redDraft).allowed).toBe(false);
      expect(decideRead(anApiKey(ORG.cisa), redDraft).allowed).toBe(false);
    });

    it('R11: the approver of a non-RED draft sees it only as a PUBLISHER of an originator', () => {
      const draft = aRevision({ tier: Tier.AMBER, status: DRAFT });
      expect(decideRead(aUser(USER.approver, ORG.cisa), draft).allowed).toBe(false);
      expect(decideRead(aUser(USER.approver, ORG.cisa, { roles: [Role.PUBLISHER] }), draft).allowed).toBe(true);
    });
  });

  describe('R12 each revision on its own marking', () => {
    it('R12: a GREEN reader reads the GREEN amendment but not the RED original of the same bulletin', () => {
      const original = aRevision({ tier: Tier.RED, recipientUserIds: [USER.recipient] });
      const sanitised = aRevision({ tier: Tier.GREEN });
      const greenReader = aUser(USER.outsider, ORG.vendor, { clearance: Tier.GREEN });
      expect(decideRead(greenReader, sanitised).allowed).toBe(true);
      expect(decideRead(greenReader, original).allowed).toBe(false);
    });

    it('R12: a recipient of the original is not a recipient of an amendment that drops them', () => {
      const original = aRevision({ tier: Tier.AMBER_STRICT, recipientOrgIds: [ORG.georgia] });
      const narrowed = aRevision({ tier: Tier.AMBER_STRICT, recipientOrgIds: [ORG.pennsylvania] });
      expect(decideRead(georgian, original).allowed).toBe(true);
      expect(decideRead(georgian, narrowed).allowed).toBe(false);
    });
  });

  describe('R13 retraction', () => {
    it('R13: a retracted revision stays visible to those who could read it', () => {
      expect(decideRead(georgian, { ...amberForGeorgia, status: RETRACTED })).toEqual({ allowed: true, rule: 'R3' });
      expect(decideRead(ANONYMOUS_VIEWER, aRevision({ status: RETRACTED })).allowed).toBe(true);
    });

    it('R13: a retracted revision stays hidden from those who could not', () => {
      expect(
        decideRead(aUser(USER.outsider, ORG.pennsylvania), { ...amberForGeorgia, status: RETRACTED }).allowed,
      ).toBe(false);
      expect(decideRead(ANONYMOUS_VIEWER, aRevision({ tier: Tier.GREEN, status: RETRACTED })).allowed).toBe(false);
    });
  });

  describe('R14 joint bulletins', () => {
    const joint = { originatorOrgIds: [ORG.cisa, ORG.fbi] };

    it('R14: members of every originating organization read AMBER and AMBER_STRICT', () => {
      const fbiAgent = aUser(USER.outsider, ORG.fbi);
      expect(decideRead(fbiAgent, { ...amberForGeorgia, ...joint }).allowed).toBe(true);
      expect(decideRead(fbiAgent, { ...strictForGeorgia, ...joint }).allowed).toBe(true);
      expect(decideRead(fbiAgent, strictForGeorgia).allowed).toBe(false);
    });

    it('R14: a PUBLISHER of a co-originator sees the joint draft', () => {
      const fbiPublisher = aUser(USER.outsider, ORG.fbi, { roles: [Role.PUBLISHER] });
      expect(decideRead(fbiPublisher, aRevision({ ...joint, status: DRAFT })).allowed).toBe(true);
      expect(decideRead(fbiPublisher, aRevision({ status: DRAFT })).allowed).toBe(false);
    });

    it('R14: being an originator does not open RED', () => {
      const fbiAgent = aUser(USER.outsider, ORG.fbi);
      expect(decideRead(fbiAgent, { ...redForRecipient, ...joint, status: PUBLISHED }).allowed).toBe(false);
    });
  });

  describe('R19 incident reports', () => {
    // aReport(): AMBER, reported by USER.author of Fulton County (a county of Georgia) to CISA.
    const fultonReporter = aUser(USER.author, ORG.fulton);
    const fultonColleague = aUser(USER.colleague, ORG.fulton);
    const cisaAnalystOfReport = aUser(USER.recipient, ORG.cisa, { roles: [Role.ANALYST] });

    it('R19: the reporting organization and every recipient organization read', () => {
      expect(decideRead(fultonReporter, aReport())).toEqual({ allowed: true, rule: 'R19' });
      expect(decideRead(fultonColleague, aReport()).allowed).toBe(true);
      expect(decideRead(cisaAnalystOfReport, aReport())).toEqual({ allowed: true, rule: 'R19' });
      expect(decideRead(anApiKey(ORG.cisa), aReport()).allowed).toBe(true);
    });

    it('R19: the parent of the reporting organization does not read', () => {
      expect(decideRead(aUser(USER.outsider, ORG.georgia), aReport())).toEqual({ allowed: false, rule: 'R19' });
    });

    it('R19: a descendant of a recipient organization does not read, even AMBER', () => {
      const toGeorgia = aReport({ originatorOrgIds: [ORG.pennsylvania], recipientOrgIds: [ORG.georgia] });
      expect(decideRead(aUser(USER.outsider, ORG.georgia), toGeorgia).allowed).toBe(true);
      expect(decideRead(fultonColleague, toGeorgia)).toEqual({ allowed: false, rule: 'R19' });
    });

    it('R19: CLEAR and GREEN reports stay with their organizations, never the community', () => {
      for (const tier of [Tier.CLEAR, Tier.GREEN]) {
        expect(decideRead(aUser(USER.outsider, ORG.vendor), aReport({ tier }))).toEqual({
          allowed: false,
          rule: 'R19',
        });
        expect(decideRead(fultonColleague, aReport({ tier })).allowed).toBe(true);
      }
    });

    it('R19: an anonymous viewer reads no report, even CLEAR, even claiming activity', () => {
      expect(decideRead(ANONYMOUS_VIEWER, aReport({ tier: Tier.CLEAR }))).toEqual({ allowed: false, rule: 'R19' });
      const forged = { ...ANONYMOUS_VIEWER, active: true, clearance: Tier.RED, organizationId: ORG.fulton };
      expect(decideRead(forged, aReport({ tier: Tier.CLEAR })).allowed).toBe(false);
    });

    it('R19, R8: a deactivated reporter or revoked key reads no report, even CLEAR', () => {
      const clear = aReport({ tier: Tier.CLEAR });
      expect(decideRead(aUser(USER.author, ORG.fulton, { active: false }), clear)).toEqual({
        allowed: false,
        rule: 'R8',
      });
      expect(decideRead(anApiKey(ORG.cisa, { active: false }), clear)).toEqual({ allowed: false, rule: 'R8' });
    });

    it('R19: a viewer without an organization reads no report', () => {
      const stray = aUser(USER.author, ORG.fulton, { organizationId: null, organizationAncestorIds: [] });
      expect(decideRead(stray, aReport({ tier: Tier.GREEN }))).toEqual({ allowed: false, rule: 'R19' });
    });

    it('R19, R6: a member of a recipient organization needs the clearance for the tier', () => {
      const amberCleared = aUser(USER.recipient, ORG.cisa, { clearance: Tier.AMBER });
      expect(decideRead(amberCleared, aReport({ tier: Tier.AMBER_STRICT }))).toEqual({ allowed: false, rule: 'R6' });
      expect(decideRead(aUser(USER.author, ORG.fulton, { clearance: Tier.GREEN }), aReport()).rule).toBe('R6');
    });

    it('R19, R5: a RED report is read by its reporter and named users of its organizations only', () => {
      const red = aReport({ tier: Tier.RED, recipientUserIds: [USER.recipient] });
      expect(decideRead(fultonReporter, red)).toEqual({ allowed: true, rule: 'R19' });
      expect(decideRead(cisaAnalystOfReport, red).allowed).toBe(true);
      expect(decideRead(fultonColleague, red)).toEqual({ allowed: false, rule: 'R19' });
      expect(decideRead(anApiKey(ORG.cisa), red)).toEqual({ allowed: false, rule: 'R19' });
      // Named, but of neither organization: R19 asks both.
      expect(decideRead(aUser(USER.recipient, ORG.pennsylvania), red).allowed).toBe(false);
    });

    it('R19: a report has no approver: one set on the marking opens nothing', () => {
      const red = aReport({ tier: Tier.RED, approverUserId: USER.approver });
      expect(decideRead(aUser(USER.approver, ORG.cisa), red)).toEqual({ allowed: false, rule: 'R19' });
    });

    it('R19: status is ignored, a report is never a draft', () => {
      for (const status of [DRAFT, IN_REVIEW, RETRACTED]) {
        expect(decideRead(cisaAnalystOfReport, aReport({ status })).allowed).toBe(true);
        expect(decideRead(aUser(USER.outsider, ORG.georgia), aReport({ status })).allowed).toBe(false);
      }
    });

    it('R19, R9: roles widen nothing, for publishers and administrators alike', () => {
      const admin = aUser(USER.outsider, ORG.platform, { roles: [Role.PLATFORM_ADMIN, Role.PUBLISHER] });
      expect(decideRead(admin, aReport({ tier: Tier.GREEN }))).toEqual({ allowed: false, rule: 'R19' });
      const cisaPublisherOfReport = aUser(USER.colleague, ORG.cisa, { roles: [Role.PUBLISHER, Role.ORG_ADMIN] });
      expect(decideRead(cisaPublisherOfReport, aReport({ tier: Tier.RED })).allowed).toBe(false);
      expect(decideRead(cisaPublisherOfReport, aReport({ status: DRAFT })).allowed).toBe(true);
    });

    it('R19: reportMarking names the reporting organization, the recipients and the reporter, and nobody else', () => {
      const marking = reportMarking({
        tier: Tier.AMBER_STRICT,
        reportingOrgId: ORG.fulton,
        recipientOrgIds: [ORG.georgia, ORG.cisa],
        reporterUserId: USER.author,
      });
      expect(marking).toEqual({
        kind: 'INCIDENT_REPORT',
        tier: Tier.AMBER_STRICT,
        status: PUBLISHED,
        originatorOrgIds: [ORG.fulton],
        recipientOrgIds: [ORG.georgia, ORG.cisa],
        recipientUserIds: [],
        authorUserId: USER.author,
        approverUserId: null,
      });
      expect(decideRead(aUser(USER.outsider, ORG.georgia), marking).allowed).toBe(true);
    });

    it('R19: a marking without a kind, or marked BULLETIN, is a bulletin revision', () => {
      const green = aRevision({ tier: Tier.GREEN });
      const vendor = aUser(USER.outsider, ORG.vendor);
      expect(decideRead(vendor, green)).toEqual({ allowed: true, rule: 'R2' });
      expect(decideRead(vendor, { ...green, kind: 'BULLETIN' })).toEqual({ allowed: true, rule: 'R2' });
      expect(decideRead(vendor, { ...green, kind: 'INCIDENT_REPORT' })).toEqual({ allowed: false, rule: 'R19' });
    });
  });
});
