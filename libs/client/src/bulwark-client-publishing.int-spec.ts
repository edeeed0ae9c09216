import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  CISA_ANALYST,
  CISA_PUBLISHER,
  DEMO,
  startTestApp,
  type TestApp,
  signInEnrolling,
  uniqueBulletinTag,
} from '@bulwark/testing';
import { BulwarkClient } from './bulwark-client';
import { BulwarkError } from './errors';

describe('BulwarkClient: drafting, review, publication, amendment, retraction', () => {
  let t: TestApp;
  let analyst: BulwarkClient;
  let publisher: BulwarkClient;
  let clerk: BulwarkClient;
  beforeAll(async () => {
    t = await startTestApp();
    const { recoveryCodes } = await signInEnrolling(t, CISA_PUBLISHER);
    analyst = new BulwarkClient({ url: t.url, webSocketImpl: WebSocket });
    publisher = new BulwarkClient({ url: t.url });
    clerk = new BulwarkClient({ url: t.url, webSocketImpl: WebSocket });
    await analyst.signIn({ email: CISA_ANALYST, password: t.demoPassword });
    await publisher.signIn({
      email: CISA_PUBLISHER,
      password: t.demoPassword,
      secondFactor: () => Promise.resolve({ recoveryCode: recoveryCodes[0] }),
    });
    await clerk.signIn({ email: DEMO.fultonClerk, password: t.demoPassword });
  });
  afterAll(async () => {
    await Promise.all([analyst.close(), clerk.close()]);
    await t.close();
  });

  it('takes a draft through review to publication, then amends and retracts it; readers see each step', async () => {
    const tag = uniqueBulletinTag();
    const since = await clerk.latestEventSequence();
    const events = clerk.events({ since, filter: { tags: [tag] } });

    const draft = await analyst.createDraft({
      tier: 'GREEN',
      title: 'Phishing wave against county clerks',
      summary: 'Credential phishing',
      body: 'Block the sender.',
      category: 'CYBER_THREAT',
      severity: 'HIGH',
      tags: [tag],
      indicators: [{ type: 'DOMAIN', value: 'clerk-verify.example' }],
    });
    expect(draft).toMatchObject({ status: 'DRAFT', reference: null, revision: 1, tags: [tag] });
    expect(draft.indicators).toEqual([{ type: 'DOMAIN', value: 'clerk-verify.example' }]);
    expect(await clerk.bulletin(draft.id)).toBeNull();

    const submitted = await analyst.submit({ id: draft.id, expectedVersion: draft.version });
    expect(submitted.status).toBe('IN_REVIEW');
    const stale = await publisher.publish({ id: draft.id, expectedVersion: draft.version }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(BulwarkError);
    expect((stale as BulwarkError).code).toBe('CONFLICT');

    const published = await publisher.publish({ id: draft.id, expectedVersion: submitted.version });
    expect(published).toMatchObject({ status: 'PUBLISHED', reference: expect.stringMatching(/^CISA-\d{4}-\d+$/) });
    expect(await clerk.bulletinByReference(published.reference ?? '')).toMatchObject({
      id: draft.id,
      body: 'Block the sender.',
      originators: [expect.objectContaining({ shortName: 'CISA' })],
    });
    const bundle = JSON.parse(await clerk.stixBundle(draft.id)) as { type: string; objects: { type: string }[] };
    expect(bundle.type).toBe('bundle');
    expect(bundle.objects.map((object) => object.type)).toEqual(expect.arrayContaining(['report', 'indicator']));

    const amended = await publisher.amend({
      id: draft.id,
      expectedRevision: 1,
      severity: 'CRITICAL',
      changeNote: 'More counties hit',
    });
    expect(amended).toMatchObject({ revision: 2, severity: 'CRITICAL', changeNote: 'More counties hit' });
    expect(await clerk.bulletin(draft.id)).toMatchObject({ revision: 2, severity: 'CRITICAL' });

    const retracted = await publisher.retract({
      id: draft.id,
      reason: 'Sent in error',
      expectedVersion: amended.version,
    });
    expect(retracted).toMatchObject({ status: 'RETRACTED', body: null, retractionReason: 'Sent in error' });

    const seen: string[] = [];
    for await (const event of events) {
      expect(event.bulletin.id).toBe(draft.id);
      seen.push(event.type);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['PUBLISHED', 'AMENDED', 'RETRACTED']);
    expect(await clerk.latestEventSequence()).toBeGreaterThanOrEqual(since + 3);
  });
});
