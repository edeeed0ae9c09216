import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

/** The unit the current async call chain runs in, while it is open. */
const current = new AsyncLocalStorage<{ open: boolean }>();

/**
 * The one way the API opens a transaction: `run(work)` commits what `work` wrote when it resolves and rolls it all
 * back when it throws, the error passing through unchanged. Repositories never open their own; they take the
 * `manager` of the unit they are called in. For a change that must be on the audit trail, services use
 * AuditedUnitOfWork, which writes the records in the same unit.
 */
@Injectable()
export class UnitOfWork {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Not from inside another unit: on PGlite (one connection) the inner transaction would wait for the outer one
   * forever, and on PostgreSQL it would commit apart from it. Such a call fails at once; pass the outer `manager`.
   */
  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (current.getStore()?.open) {
      throw new Error('A unit of work was opened inside another: pass the open one its manager instead.');
    }
    const unit = { open: true };
    try {
      return await current.run(unit, () => this.dataSource.transaction(work));
    } finally {
      unit.open = false;
    }
  }
}
