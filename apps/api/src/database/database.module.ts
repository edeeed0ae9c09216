import { Module } from '@nestjs/common';
import { UnitOfWork } from './unit-of-work';

/** Transactions for the feature modules; the DataSource itself comes from TypeOrmModule (see app.module.ts). */
@Module({ providers: [UnitOfWork], exports: [UnitOfWork] })
export class DatabaseModule {}
