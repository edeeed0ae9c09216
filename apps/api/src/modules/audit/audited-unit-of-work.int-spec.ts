import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { countStatements, startTestApp, type TestApp } from '@bulwark/testing';
import { AuditAction, AuditTargetType } from './audit-action';
import { AuditRepository } from './audit.repository';
import { ANONYMOUS_ACTOR, type AuditEntry, AuditService } from './audit.service';
import { AuditedUnitOfWork } from './audited-unit-of-work';
import { verifyAuditChain } from './audit-verifier';

/** The change under test: a new organization, the id chosen here so a rolled-back one can be looked for. */
async function insertOrganization(manager: EntityManager, id: string): Promise<void> {
  await manager.query(
    `INSERT INTO organizations (id, name, short_name, kind, vetted_tier) VALUES ($1, $2, $3, 'PRIVATE', 'GREEN')`,
    [id, `Unit of work ${id}`, `UOW${id.slice(0, 8).toUpperCase()}`],
  );
}

function created(id: string, details: Record<string, unknown> = {}): AuditEntry {
  return {
    actor: ANONYMOUS_ACTOR,
    action: AuditAction.ORGANIZATION_CREATED,
    targetType: AuditTargetType.ORGANIZATION,
    targetId: id,
    details,
  };
}

describe('AuditedUnitOfWork: change, audit record and result in one transaction (R18)', () => {
  let t: TestApp;
  let audited: AuditedUnitOfWork;

  const organizationExists = async (id: string): Promise<boolean> =>
    (await t.dataSource.query<unknown[]>('SELECT 1 FROM organizations WHERE id = $1', [id])).length === 1;
  const records = async (id: string): Promise<{ action: string; details: Record<string, unknown> }[]> =>
    t.dataSource.query('SELECT action, details FROM audit_events WHERE target_id = $1 ORDER BY position', [id]);
  const head = async (): Promise<string> =>
    (await t.dataSource.query<{ p: string }[]>('SELECT last_position::text AS p FROM audit_sequence'))[0]?.p ?? '';

  beforeAll(async () => {
    t = await startTestApp();
    audited = t.app.get(AuditedUnitOfWork);
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => t.close());

  it("commits the change with its record, and gives back the work's result", async () => {
    const id = randomUUID();
    const result = await audited.run(async (manager) => {
      await insertOrganization(manager, id);
      return { result: `made ${id}`, audit: created(id) };
    });
    expect(result).toBe(`made ${id}`);
    expect(await organizationExists(id)).toBe(true);
    expect(await records(id)).toEqual([{ action: AuditAction.ORGANIZATION_CREATED, details: {} }]);
    expect((await verifyAuditChain(t.dataSource)).intact).toBe(true);
  });

  it('appends several records in the order given, and none for [] without a statement on the trail', async () => {
    const id = randomUUID();
    await audited.run(async (manager) => {
      await insertOrganization(manager, id);
      return { result: null, audit: [created(id, { n: 1 }), created(id, { n: 2 })] };
    });
    expect((await records(id)).map((record) => record.details)).toEqual([{ n: 1 }, { n: 2 }]);

    const quiet = randomUUID();
    const { statements } = await countStatements(t, () =>
      audited.run(async (manager) => {
        await insertOrganization(manager, quiet);
        return { result: null, audit: [] };
      }),
    );
    expect(await organizationExists(quiet)).toBe(true);
    expect(statements.filter((sql) => /audit_(events|sequence)/.test(sql))).toEqual([]);
  });

  it("rolls back the change when the work fails after making it: no record, and the work's own error", async () => {
    const id = randomUUID();
    const before = await head();
    const failure = new Error('the work failed');
    await expect(
      audited.run(async (manager) => {
        await insertOrganization(manager, id);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await organizationExists(id)).toBe(false);
    expect(await records(id)).toEqual([]);
    expect(await head()).toBe(before);
  });

  it('rolls back the change and its record when writing the audit fails after the record was written', async () => {
    const repository = t.app.get(AuditRepository);
    const append = repository.append.bind(repository);
    const failure = new Error('the audit failed');
    vi.spyOn(repository, 'append').mockImplementationOnce(async (manager, rows) => {
      await append(manager, rows);
      expect((await manager.query('SELECT 1 FROM audit_events WHERE id = $1', [rows[0]?.id])).length).toBe(1);
      throw failure;
    });
    const id = randomUUID();
    const before = await head();
    await expect(
      audited.run(async (manager) => {
        await insertOrganization(manager, id);
        return { result: id, audit: created(id) };
      }),
    ).rejects.toBe(failure);
    expect(await organizationExists(id)).toBe(false);
    expect(await records(id)).toEqual([]);
    expect(await head()).toBe(before);
    expect((await verifyAuditChain(t.dataSource)).intact).toBe(true);
  });

  it('refuses a second transaction opened from inside the work at once, where PGlite would wait forever', async () => {
    const audit = t.app.get(AuditService);
    const id = randomUUID();
    await audit.recordStandalone(created(id)); // outside any unit: written
    const nested = randomUUID();
    await expect(
      audited.run(async (manager) => {
        await insertOrganization(manager, nested);
        await audit.recordStandalone(created(nested));
        return { result: null, audit: [] };
      }),
    ).rejects.toThrow('A unit of work was opened inside another');
    expect(await organizationExists(nested)).toBe(false);
    expect(await records(nested)).toEqual([]);
    expect(await records(id)).toHaveLength(1);
  });
});
