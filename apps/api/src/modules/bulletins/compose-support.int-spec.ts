import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountToken,
  attemptBulletinMutation,
  bulletinSnapshot,
  CISA_ANALYST,
  CISA_PUBLISHER,
  draftBulletin,
  errorOf,
  FBI_PUBLISHER,
  orgId,
  publishBulletin,
  startTestApp,
  SUBMIT_BULLETIN,
  type TestApp,
  UPDATE_BULLETIN,
  userId,
} from '@bulwark/testing';
import { MAX_BODY_LENGTH } from './dto/bulletin-content.input';

/*
 * What the compose page needs besides the lifecycle mutations: a Markdown preview by the API's own renderer,
 * co-senders editable on a draft (R14), and who may be named approver of an AMBER_STRICT or RED revision (R10).
 */

const EAC_PUBLISHER = 'publisher@eac.demo'; // PUBLISHER, clearance AMBER
const EI_ISAC_ANALYST = 'analyst@eiisac.demo'; // ANALYST + PUBLISHER, clearance AMBER_STRICT
const GA_OFFICIAL = 'official@ga.demo';

const PREVIEW = 'query ($body: String!) { previewBulletinBody(body: $body) }';

const BULLETIN = `query ($id: ID!) {
  bulletin(id: $id) { id version bodyHtml originators { id shortName } }
}`;

const APPROVERS = `query ($bulletinId: ID!, $tier: Tier, $first: Int, $after: String) {
  approverOptions(bulletinId: $bulletinId, tier: $tier, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name email organizationId organizationName offered reason reasonText } }
  }
}`;

interface ApproverOption {
  id: string;
  name: string;
  email: string;
  organizationId: string;
  organizationName: string;
  offered: boolean;
  reason: string | null;
  reasonText: string | null;
}

interface ApproverPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: ApproverOption }[];
}

interface ReadBulletin {
  id: string;
  version: number;
  bodyHtml: string | null;
  originators: { id: string; shortName: string }[];
}

describe('compose support: preview, co-senders, approver options', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  async function as(email: string | null) {
    return email ? { token: await accountToken(t, email) } : {};
  }

  async function read(email: string, id: string): Promise<ReadBulletin | null> {
    return (await t.gql.data<{ bulletin: ReadBulletin | null }>(BULLETIN, { id }, await as(email))).bulletin;
  }

  describe('previewBulletinBody', () => {
    const markdown = [
      '# Heading',
      '',
      'Patch **now**: see [the advisory](https://www.cisa.gov/advisory) and https://example.org.',
      '',
      '<script>alert("x")</script> and <b onclick="steal()">bold</b>',
      '',
      '[bad](javascript:alert(1))',
      '',
      '- one',
      '- two',
    ].join('\n');

    it("renders exactly as a saved draft's bodyHtml, raw HTML and scripts shown as text", async () => {
      const preview = (
        await t.gql.data<{ previewBulletinBody: string }>(PREVIEW, { body: markdown }, await as(CISA_ANALYST))
      ).previewBulletinBody;
      const draft = await draftBulletin(t, { tier: 'GREEN', body: markdown });
      const saved = await read(CISA_ANALYST, draft.id);
      expect(preview).toBe(saved?.bodyHtml);
      expect(preview).toContain('<h1>Heading</h1>');
      expect(preview).toContain('<a href="https://www.cisa.gov/advisory" rel="noopener noreferrer nofollow">');
      expect(preview).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(preview).not.toMatch(/<script|<b |onclick="|href="javascript/i);
    });

    it('takes a body as long as a bulletin may have (100,000 characters) and refuses one character more', async () => {
      const longest = 'a'.repeat(MAX_BODY_LENGTH);
      const ok = await t.gql.data<{ previewBulletinBody: string }>(PREVIEW, { body: longest }, await as(CISA_ANALYST));
      expect(ok.previewBulletinBody).toBe(`<p>${longest}</p>\n`);
      const over = await t.gql.request(PREVIEW, { body: `${longest}a` }, await as(CISA_ANALYST));
      expect(errorOf(over).code).toBe('BAD_USER_INPUT');
      expect(over.data).toBeNull();
    });

    it('is for people who may draft: a viewer is refused (FORBIDDEN), the anonymous must sign in', async () => {
      expect(await t.gql.errorCode(PREVIEW, { body: '# hi' }, await as(GA_OFFICIAL))).toBe('FORBIDDEN');
      expect(await t.gql.errorCode(PREVIEW, { body: '# hi' })).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateBulletin: originatorOrganizationIds (R14)', () => {
    it('makes a draft joint, with optimistic concurrency; the new co-sender sees it (R11), and stops when removed', async () => {
      const [cisa, fbi] = await Promise.all([orgId(t, 'CISA'), orgId(t, 'FBI')]);
      const draft = await draftBulletin(t, { tier: 'AMBER', recipientOrganizations: ['GA-SOS'] });
      expect(await read(FBI_PUBLISHER, draft.id)).toBeNull();

      const joint = await attemptBulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, {
        id: draft.id,
        expectedVersion: draft.version,
        originatorOrganizationIds: [cisa, fbi],
      });
      const updated = joint.data?.['updateBulletin'];
      expect(updated?.version).toBe(draft.version + 1);
      expect((await read(CISA_ANALYST, draft.id))?.originators.map((o) => o.shortName)).toEqual(['CISA', 'FBI']);
      expect((await read(FBI_PUBLISHER, draft.id))?.id).toBe(draft.id); // a publisher of an originator (R11)

      const stale = await attemptBulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, {
        id: draft.id,
        expectedVersion: draft.version,
        originatorOrganizationIds: [cisa],
      });
      expect(errorOf(stale).code).toBe('CONFLICT');
      expect((await read(FBI_PUBLISHER, draft.id))?.id).toBe(draft.id);

      await attemptBulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, {
        id: draft.id,
        expectedVersion: draft.version + 1,
        originatorOrganizationIds: [cisa],
      });
      expect(await read(FBI_PUBLISHER, draft.id)).toBeNull();
    });

    it('refuses, changing nothing: leaving out your own organization, an unknown one, duplicates, more than 10', async () => {
      const [cisa, fbi] = await Promise.all([orgId(t, 'CISA'), orgId(t, 'FBI')]);
      const draft = await draftBulletin(t, { tier: 'GREEN' });
      const before = await bulletinSnapshot(t, draft.id);
      const cases: [string[], string][] = [
        [[fbi], 'must include your organization'],
        [[], 'must include your organization'],
        [[cisa, randomUUID()], 'unknown organization'],
        [[cisa, cisa], ''],
        [[cisa, ...Array.from({ length: 10 }, () => randomUUID())], ''],
      ];
      for (const [originatorOrganizationIds, problem] of cases) {
        const response = await attemptBulletinMutation(t, CISA_ANALYST, UPDATE_BULLETIN, {
          id: draft.id,
          expectedVersion: draft.version,
          originatorOrganizationIds,
        });
        expect(errorOf(response).code, JSON.stringify(originatorOrganizationIds)).toBe('BAD_USER_INPUT');
        if (problem) expect(JSON.stringify(response.errors)).toContain(problem);
      }
      expect(await bulletinSnapshot(t, draft.id)).toEqual(before);
    });

    it('a co-sending publisher may edit them too, but keeps their own organization among them', async () => {
      const [cisa, fbi] = await Promise.all([orgId(t, 'CISA'), orgId(t, 'FBI')]);
      const draft = await draftBulletin(t, { tier: 'GREEN', originators: ['CISA', 'FBI'] });
      const dropsFbi = await attemptBulletinMutation(t, FBI_PUBLISHER, UPDATE_BULLETIN, {
        id: draft.id,
        expectedVersion: draft.version,
        originatorOrganizationIds: [cisa],
      });
      expect(errorOf(dropsFbi).code).toBe('BAD_USER_INPUT');
      const reordered = await attemptBulletinMutation(t, FBI_PUBLISHER, UPDATE_BULLETIN, {
        id: draft.id,
        expectedVersion: draft.version,
        originatorOrganizationIds: [fbi, cisa],
      });
      expect(reordered.errors).toBeUndefined();
      expect((await read(CISA_ANALYST, draft.id))?.originators.map((o) => o.shortName)).toEqual(['FBI', 'CISA']);
    });
  });

  describe('approverOptions (R10)', () => {
    async function approvers(email: string, variables: Record<string, unknown>): Promise<ApproverOption[]> {
      const page = (await t.gql.data<{ approverOptions: ApproverPage }>(APPROVERS, variables, await as(email)))
        .approverOptions;
      return page.edges.map((edge) => edge.node);
    }

    it("lists the originators' publishers with the verdict submitBulletin applies: cleared ones offered, others with the reason", async () => {
      const draft = await draftBulletin(t, {
        tier: 'RED',
        originators: ['CISA', 'FBI', 'EAC'],
        recipientUsers: [FBI_PUBLISHER],
      });
      const options = await approvers(CISA_ANALYST, { bulletinId: draft.id, first: 100 });
      const byEmail = new Map(options.map((option) => [option.email, option]));
      expect(byEmail.get(CISA_PUBLISHER)).toMatchObject({
        offered: true,
        reason: null,
        organizationName: 'Cybersecurity and Infrastructure Security Agency',
      });
      expect(byEmail.get(FBI_PUBLISHER)).toMatchObject({ offered: true, reason: null });
      expect(byEmail.get(EAC_PUBLISHER)).toMatchObject({
        offered: false,
        reason: 'CLEARANCE_BELOW_TIER',
        reasonText: 'clearance AMBER',
      });
      expect(byEmail.has(CISA_ANALYST)).toBe(false); // not a publisher
      const originators = await Promise.all(['CISA', 'FBI', 'EAC'].map((s) => orgId(t, s)));
      expect(options.every((option) => originators.includes(option.organizationId))).toBe(true);

      // The same verdict as submitting: the one not offered is refused, an offered one accepted.
      const refused = await attemptBulletinMutation(t, CISA_ANALYST, SUBMIT_BULLETIN, {
        id: draft.id,
        expectedVersion: draft.version,
        approverUserId: await userId(t, EAC_PUBLISHER),
      });
      expect(errorOf(refused).code).toBe('BAD_USER_INPUT');
      const accepted = await attemptBulletinMutation(t, CISA_ANALYST, SUBMIT_BULLETIN, {
        id: draft.id,
        expectedVersion: draft.version,
        approverUserId: await userId(t, FBI_PUBLISHER),
      });
      expect(accepted.data?.['submitBulletin']?.status).toBe('IN_REVIEW');
    });

    it('for an amendment into RED, the amending publisher is the author: listed, not offered', async () => {
      const published = await publishBulletin(t, { tier: 'GREEN', originators: ['CISA', 'FBI'] });
      const options = await approvers(CISA_PUBLISHER, { bulletinId: published.id, tier: 'RED' });
      const byEmail = new Map(options.map((option) => [option.email, option]));
      expect(byEmail.get(CISA_PUBLISHER)).toMatchObject({ offered: false, reason: 'WROTE_IT' });
      expect(byEmail.get(FBI_PUBLISHER)).toMatchObject({ offered: true });
    });

    it('pages by name', async () => {
      const draft = await draftBulletin(t, {
        tier: 'RED',
        originators: ['CISA', 'FBI'],
        recipientUsers: [FBI_PUBLISHER],
      });
      const first = await t.gql.data<{ approverOptions: ApproverPage }>(
        APPROVERS,
        { bulletinId: draft.id, first: 1 },
        await as(CISA_ANALYST),
      );
      expect(first.approverOptions.totalCount).toBeGreaterThanOrEqual(2);
      expect(first.approverOptions.pageInfo.hasNextPage).toBe(true);
      const rest = await approvers(CISA_ANALYST, {
        bulletinId: draft.id,
        after: first.approverOptions.pageInfo.endCursor,
        first: 100,
      });
      const firstId = first.approverOptions.edges[0]?.node.id;
      expect(rest.map((option) => option.id)).not.toContain(firstId);
      expect(rest.length + 1).toBe(first.approverOptions.totalCount);
    });

    it('R15: a bulletin the caller may not read is NOT_FOUND, like one that does not exist; others are refused', async () => {
      const draft = await draftBulletin(t, { tier: 'RED', recipientUsers: [FBI_PUBLISHER] });
      const hidden = await t.gql.request(APPROVERS, { bulletinId: draft.id }, await as(FBI_PUBLISHER));
      const missing = await t.gql.request(APPROVERS, { bulletinId: randomUUID() }, await as(FBI_PUBLISHER));
      expect(errorOf(hidden)).toEqual(errorOf(missing));
      expect(errorOf(hidden).code).toBe('NOT_FOUND');

      // A viewer may not draft; a tier that names no approver; a writer not cleared for RED lists no people.
      expect(await t.gql.errorCode(APPROVERS, { bulletinId: draft.id }, await as(GA_OFFICIAL))).toBe('FORBIDDEN');
      expect(await t.gql.errorCode(APPROVERS, { bulletinId: draft.id, tier: 'AMBER' }, await as(CISA_ANALYST))).toBe(
        'BAD_USER_INPUT',
      );
      const strict = await draftBulletin(t, {
        tier: 'AMBER_STRICT',
        author: EI_ISAC_ANALYST,
        recipientOrganizations: ['GA-SOS'],
      });
      expect(await t.gql.errorCode(APPROVERS, { bulletinId: strict.id }, await as(EI_ISAC_ANALYST))).toBe('FORBIDDEN');
    });
  });
});
