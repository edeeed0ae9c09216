import { AuditModule } from '@api/modules/audit/audit.module';
import { Module } from '@nestjs/common';
import { SecondFactorModule } from '@api/modules/second-factor/second-factor.module';
import { UsersModule } from '@api/modules/users/users.module';
import { RateLimitModule } from '@api/rate-limit/rate-limit.module';
import { ActiveSessionsRepository } from './active-sessions.repository';
import { ActiveSessionsResolver } from './active-sessions.resolver';
import { ActiveSessionsService } from './active-sessions.service';
import { BrowserSessionController } from './browser-session.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

@Module({
  imports: [UsersModule, AuditModule, RateLimitModule, SecondFactorModule],
  controllers: [BrowserSessionController],
  providers: [
    SessionsResolver,
    SessionsService,
    SessionsRepository,
    ActiveSessionsResolver,
    ActiveSessionsService,
    ActiveSessionsRepository,
  ],
  // ActiveSessionsRepository: for other paths that end a user's sessions (a second-factor reset).
  exports: [SessionsService, ActiveSessionsRepository],
})
export class SessionsModule {}
