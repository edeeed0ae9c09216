import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FeedEntity } from './entities/feed.entity';

export const MAX_FEEDS_PER_USER = 50;

/** Saved feeds, always read and written for their owner only. */
@Injectable()
export class FeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(FeedEntity);
  }

  ofUser(userId: string): Promise<FeedEntity[]> {
    return this.repo.find({ where: { userId }, order: { name: 'ASC' }, take: MAX_FEEDS_PER_USER });
  }

  owned(id: string, userId: string): Promise<FeedEntity | null> {
    return this.repo.findOneBy({ id, userId });
  }

  count(userId: string): Promise<number> {
    return this.repo.countBy({ userId });
  }

  save(feed: Partial<FeedEntity>, manager: EntityManager): Promise<FeedEntity> {
    return manager.getRepository(FeedEntity).save(feed);
  }

  async delete(id: string, userId: string, manager: EntityManager): Promise<boolean> {
    const result = await manager.getRepository(FeedEntity).delete({ id, userId });
    return (result.affected ?? 0) > 0;
  }
}
