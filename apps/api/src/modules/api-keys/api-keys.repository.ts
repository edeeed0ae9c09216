import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Cursor } from '@api/graphql/pagination';
import { ApiKeyEntity } from './entities/api-key.entity';

const ACTIVE = '(k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()))';

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ApiKeyEntity);
  }

  create(fields: Partial<ApiKeyEntity>): ApiKeyEntity {
    return this.repo().create(fields);
  }

  findById(id: string, manager?: EntityManager): Promise<ApiKeyEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  save(entity: ApiKeyEntity, manager?: EntityManager): Promise<ApiKeyEntity> {
    return this.repo(manager).save(entity);
  }

  /** Newest first. */
  async page(organizationId: string, active: boolean | undefined, after: Cursor | null, first: number) {
    const query = this.repo().createQueryBuilder('k').where('k.organization_id = :organizationId', { organizationId });
    if (active !== undefined) query.andWhere(active ? ACTIVE : `NOT ${ACTIVE}`);
    const total = await query.clone().getCount();
    // Cursors carry JavaScript's millisecond timestamps: compare and order at that precision.
    const createdAt = "date_trunc('milliseconds', k.created_at)";
    if (after) query.andWhere(`(${createdAt}, k.id) < (:afterAt, :afterId)`, { afterAt: after.key, afterId: after.id });
    const rows = await query
      .orderBy(createdAt, 'DESC')
      .addOrderBy('k.id', 'DESC')
      .limit(first + 1)
      .getMany();
    return { rows, total };
  }
}
