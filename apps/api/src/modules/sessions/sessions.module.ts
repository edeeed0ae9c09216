import { AuditModule } from '@api/modules/audit/audit.module';
import { Module } from '@nestjs/common';
import { UsersModule } from '@api/modules/users/users.module';
import { RateLimitModule } from '@api/rate-limit/rate-limit.module';
import { BrowserSessionController } from './browser-session.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

@Module({
  imports: [UsersModule, AuditModule, RateLimitModule],
  controllers: [BrowserSessionController],
  providers: [SessionsResolver, SessionsService, SessionsRepository],
})
export class SessionsModule {}
