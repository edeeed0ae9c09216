import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements, startTestApp, type TestApp } from '@bulwark/testing';
import { UnitOfWork } from '@api/database/unit-of-work';
import { AuditAction } from './audit-action';
import { chainHash } from './audit-chain';
import { AuditRepository, type AuditRow } from './audit.repository';
import { ANONYMOUS_ACTOR, AuditService } from './audit.service';
import { verifyAuditChain } from './audit-verifier';

interface Link {
  position: string;
  previous_hash: string;
  hash: string;
}

async function chain(t: TestApp): Promise<Link[]> {
  return t.dataSource.query(
    'SELECT position::text AS position, previous_hash, hash FROM audit_events ORDER BY audit_events.position',
  );
}

async function expectOneChain(t: TestApp): Promise<Link[]> {
  const links = await chain(t);
  links.forEach((link, index) => {
    expect(link.position).toBe(String(index + 1));
    if (index > 0) expect(link.previous_hash).toBe(links[index - 1]?.hash);
  });
  expect(await verifyAuditChain(t.dataSource)).toEqual({ intact: true, records: links.length });
  return links;
}

const countRecords = async (t: TestApp, targetId: string): Promise<number> => {
  const rows: { n: number }[] = await t.dataSource.query(
    'SELECT count(*)::int AS n FROM audit_events WHERE target_id = $1',
    [targetId],
  );
  return rows[0]?.n ?? 0;
};

const unchained = {
  actorKind: 'ANONYMOUS',
  actorUserId: null,
  actorApiKeyId: null,
  actorOrganizationId: null,
  action: AuditAction.BULLETIN_READ,
  targetType: null,
  targetId: null,
  outcome: 'ALLOWED',
  requestId: null,
  clientAddress: null,
};

describe('audit trail, batched writes (R18)', () => {
  let t: TestApp;
  let audit: AuditService;

  beforeAll(async () => {
    t = await startTestApp();
    audit = t.app.get(AuditService);
  });
  afterAll(() => t.close());

  it('writes the reads of one push to 300 subscribers with a bounded number of statements', async () => {
    const bulletinId = randomUUID();
    const { statements } = await countStatements(t, () =>
      Promise.all(
        Array.from({ length: 300 }, (_, subscriber) =>
          audit.recordBulletinRead(ANONYMOUS_ACTOR, bulletinId, { via: 'push', subscriber }),
        ),
      ),
    );
    // The head's lock and one INSERT for all 300 (other statements are the app's background work).
    const written = statements.filter((statement) => /audit_(events|sequence)/.test(statement));
    expect(written).toHaveLength(2);
    expect(await countRecords(t, bulletinId)).toBe(300);
    await expectOneChain(t);
  });

  it('keeps one chain when batches and single records in their own transactions interleave', async () => {
    const before = (await chain(t)).length;
    const bulletinId = randomUUID();
    const single = (n: number) =>
      audit.recordStandalone({ actor: ANONYMOUS_ACTOR, action: AuditAction.SIGN_IN_FAILED, details: { n } });
    const reads = (from: number, count: number) =>
      Array.from({ length: count }, (_, n) => audit.recordBulletinRead(ANONYMOUS_ACTOR, bulletinId, { n: from + n }));
    const nextTick = () => new Promise((resolve) => setImmediate(resolve));

    // 700 reads in one tick are two batches (maxBatchSize 500); singles and a later batch run beside them.
    await Promise.all([
      ...reads(0, 700),
      ...Array.from({ length: 10 }, (_, n) => single(n)),
      nextTick().then(() => Promise.all([...reads(700, 120), single(10), ...reads(820, 80)])),
      nextTick().then(() => Promise.all([single(11), single(12)])),
    ]);

    expect(await countRecords(t, bulletinId)).toBe(900);
    expect((await expectOneChain(t)).length).toBe(before + 900 + 13);
  });

  it('splits a chain longer than one statement takes, and moves the head to its last record', async () => {
    const repository = t.app.get(AuditRepository);
    const { statements } = await countStatements(t, () =>
      t.app.get(UnitOfWork).run(async (manager) => {
        let head = await repository.lockHead(manager);
        const rows: AuditRow[] = [];
        for (let n = 0; n < 2100; n++) {
          const fields = {
            ...unchained,
            id: randomUUID(),
            occurredAt: new Date(),
            details: { n },
            position: (BigInt(head.position) + 1n).toString(),
            previousHash: head.hash,
          };
          head = { position: fields.position, hash: chainHash(fields) };
          rows.push({ ...fields, hash: head.hash });
        }
        await repository.append(manager, rows);
      }),
    );
    expect(statements.filter((statement) => /insert into "?audit_events"?/i.test(statement))).toHaveLength(3);
    await expectOneChain(t);
  });
});
