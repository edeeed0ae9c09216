import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { containsPattern } from '@api/common/database-errors';
import { returnedRows } from '@api/common/sql-results';
import type { Cursor } from '@api/graphql/pagination';
import type { OrganizationFilter } from './dto/organizations.args';
import { OrganizationEntity } from './entities/organization.entity';

@Injectable()
export class OrganizationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(OrganizationEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<OrganizationEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  findByIds(ids: readonly string[], manager?: EntityManager): Promise<OrganizationEntity[]> {
    return ids.length ? this.repo(manager).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  findChildren(parentIds: readonly string[]): Promise<OrganizationEntity[]> {
    return parentIds.length
      ? this.repo().find({ where: { parentId: In([...parentIds]) }, order: { name: 'ASC', id: 'ASC' } })
      : Promise.resolve([]);
  }

  /** One page ordered by name, plus the total that matches the filter. */
  async page(
    filter: OrganizationFilter,
    after: Cursor | null,
    first: number,
  ): Promise<{ rows: OrganizationEntity[]; total: number }> {
    const query = this.repo().createQueryBuilder('o');
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.jurisdiction)
      query.andWhere('o.jurisdiction = :jurisdiction', { jurisdiction: filter.jurisdiction.toUpperCase() });
    if (filter.parentId) query.andWhere('o.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.active !== undefined) query.andWhere('o.active = :active', { active: filter.active });
    if (filter.search) {
      query.andWhere('(o.name ILIKE :search OR o.short_name ILIKE :search)', {
        search: containsPattern(filter.search),
      });
    }
    const total = await query.clone().getCount();
    if (after) query.andWhere('(o.name, o.id) > (:afterName, :afterId)', { afterName: after.key, afterId: after.id });
    const rows = await query
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return { rows, total };
  }

  /** The organization's ancestors' ids, nearest first (bounded: a tree deeper than 32 is refused elsewhere). */
  async ancestorIds(id: string, manager?: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await (manager ?? this.dataSource.manager).query(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT p.id, p.parent_id, 1 FROM organizations o JOIN organizations p ON p.id = o.parent_id WHERE o.id = $1
         UNION ALL
         SELECT p.id, p.parent_id, up.depth + 1 FROM organizations p JOIN up ON p.id = up.parent_id WHERE up.depth < 64
       ) SELECT id FROM up ORDER BY depth`,
      [id],
    );
    return rows.map((row) => row.id);
  }

  save(entity: OrganizationEntity, manager?: EntityManager): Promise<OrganizationEntity> {
    return this.repo(manager).save(entity);
  }

  create(fields: Partial<OrganizationEntity>): OrganizationEntity {
    return this.repo().create(fields);
  }

  /** Runs `work` with the organization tree locked against concurrent re-parenting, so no cycle can slip in. */
  inTreeTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE organizations IN SHARE ROW EXCLUSIVE MODE');
      return work(manager);
    });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Returns false when there is no such organization. */
  async setActive(id: string, active: boolean, manager: EntityManager): Promise<boolean> {
    const updated = returnedRows<unknown>(
      await manager.query('UPDATE organizations SET active = $2, updated_at = now() WHERE id = $1 RETURNING id', [
        id,
        active,
      ]),
    );
    if (updated.length === 0) return false;
    if (!active) {
      await manager.query(
        `UPDATE sessions SET revoked_at = now(), revoked_reason = 'ORGANIZATION_DEACTIVATED'
            WHERE revoked_at IS NULL AND user_id IN (SELECT id FROM users WHERE organization_id = $1)`,
        [id],
      );
    }
    return true;
  }
}
