import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork } from '@api/database/unit-of-work';
import { type AuditEntry, AuditService } from './audit.service';

/**
 * What an audited unit's work gives back: its result, and the audit records of the change it made, in order. A
 * path that changed nothing worth a record says so with `[]`.
 */
export interface Audited<T> {
  readonly result: T;
  readonly audit: AuditEntry | readonly AuditEntry[];
}

/**
 * "Change, audit record, result" as one transaction (R18): the records `work` returns are appended to the trail
 * after it, in its transaction, so a record exists exactly when its change does, and a failure of either rolls
 * back both. The way every service writes a change that belongs on the trail.
 */
@Injectable()
export class AuditedUnitOfWork {
  constructor(
    private readonly unit: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  run<T>(work: (manager: EntityManager) => Promise<Audited<T>>): Promise<T> {
    return this.unit.run(async (manager) => {
      const { result, audit } = await work(manager);
      await this.audit.record(manager, audit);
      return result;
    });
  }
}
