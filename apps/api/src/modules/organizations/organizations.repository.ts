import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { containsPattern } from '@api/common/database-errors';
import { NOW, run, sqlOf } from '@api/database/typed-sql';
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
    const rows = await run(
      manager ?? this.dataSource,
      sqlOf((db) =>
        db
          .withRecursive('up(id, parent_id, depth)', (up) =>
            up
              .selectFrom('organizations as o')
              .innerJoin('organizations as p', 'p.id', 'o.parent_id')
              .select((eb) => ['p.id', 'p.parent_id', eb.lit(1).as('depth')])
              .where('o.id', '=', id)
              .unionAll((next) =>
                next
                  .selectFrom('organizations as p')
                  .innerJoin('up', 'p.id', 'up.parent_id')
                  .select((eb) => ['p.id', 'p.parent_id', eb('up.depth', '+', eb.lit(1)).as('depth')])
                  .where((eb) => eb('up.depth', '<', eb.lit(64))),
              ),
          )
          .selectFrom('up')
          .select('id')
          .orderBy('depth'),
      ),
    );
    return rows.map((row) => row.id);
  }

  save(entity: OrganizationEntity, manager?: EntityManager): Promise<OrganizationEntity> {
    return this.repo(manager).save(entity);
  }

  create(fields: Partial<OrganizationEntity>): OrganizationEntity {
    return this.repo().create(fields);
  }

  /** Locks the organization tree against concurrent re-parenting until the transaction ends, so no cycle slips in. */
  async lockTree(manager: EntityManager): Promise<void> {
    await manager.query('LOCK TABLE organizations IN SHARE ROW EXCLUSIVE MODE');
  }

  /**
   * Deactivation ends its members' sessions. Returns those sessions and the organization's API keys, whose open
   * sockets must close (announce them after commit: SessionEndings); null when there is no such organization.
   */
  async setActive(id: string, active: boolean, manager: EntityManager): Promise<string[] | null> {
    const updated = await run(
      manager,
      sqlOf((db) =>
        db.updateTable('organizations').set({ active, updated_at: NOW }).where('id', '=', id).returning('id'),
      ),
    );
    if (updated.length === 0) return null;
    if (active) return [];
    const ended = await run(
      manager,
      sqlOf((db) =>
        db
          .updateTable('sessions')
          .set({ revoked_at: NOW, revoked_reason: 'ORGANIZATION_DEACTIVATED' })
          .where('revoked_at', 'is', null)
          .where('user_id', 'in', (users) => users.selectFrom('users').select('id').where('organization_id', '=', id))
          .returning('id'),
      ),
    );
    const keys = await run(
      manager,
      sqlOf((db) => db.selectFrom('api_keys').select('id').where('organization_id', '=', id)),
    );
    return [...ended, ...keys].map((row) => row.id);
  }
}
