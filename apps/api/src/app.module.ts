import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AccessGuard } from './auth/access.guard';
import { AuthModule } from './auth/auth.module';
import { SessionSockets } from './auth/session-sockets';
import { ViewerAuthenticator } from './auth/viewer-authenticator';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import type { DatabaseHandle } from './database/database-handle';
import './graphql/enums';
import { AppErrorFilter } from './graphql/app-error.filter';
import { graphqlOptions } from './graphql/graphql-options';
import { validationPipeOptions } from './graphql/validation';
import { HealthModule } from './health/health.module';
import { HttpHygieneModule } from './http/http-hygiene.module';
import { SocketConnectionCounter } from './http/socket-connection-counter';
import { ROOT_LOGGER } from './logging/root-logger.token';
import { ApiKeysModule } from './modules/api-keys/api-keys.module';
import { BulletinsModule } from './modules/bulletins/bulletins.module';
import { EventsModule } from './modules/events/events.module';
import { FeedsModule } from './modules/feeds/feeds.module';
import { NotesModule } from './modules/notes/notes.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { IncidentsModule } from './modules/incidents/incidents.module';
import { StixModule } from './modules/stix/stix.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { AuditModule } from './modules/audit/audit.module';
import { SecondFactorApiModule } from './modules/second-factor/second-factor-api.module';
import { SessionsModule } from './modules/sessions/sessions.module';
import { SingleSignOnModule } from './modules/single-sign-on/single-sign-on.module';
import { SystemModule } from './modules/system/system.module';
import { TaxiiModule } from './modules/taxii/taxii.module';
import { UsersModule } from './modules/users/users.module';
import { ViewerModule } from './modules/viewer/viewer.module';
import { WebhooksModule } from './modules/webhooks/webhooks.module';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimitModule } from './rate-limit/rate-limit.module';

export interface AppModuleOptions {
  readonly config: AppConfig;
  readonly database: DatabaseHandle;
  readonly logger: Logger;
}

@Global()
@Module({})
export class AppModule {
  /** The whole application, on a database that is already open and migrated (see create-app.ts). */
  static forRoot({ config, database, logger }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => database.dataSource.options,
          dataSourceFactory: () => Promise.resolve(database.dataSource),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule, HttpHygieneModule],
          inject: [ViewerAuthenticator, SocketConnectionCounter, SessionSockets],
          useFactory: (
            authenticator: ViewerAuthenticator,
            sockets: SocketConnectionCounter,
            sessions: SessionSockets,
          ) => graphqlOptions(config, logger, authenticator, sockets, sessions),
        }),
        HealthModule,
        HttpHygieneModule,
        RateLimitModule,
        AuthModule,
        AuditModule,
        SystemModule,
        OrganizationsModule,
        UsersModule,
        ApiKeysModule,
        SessionsModule,
        SingleSignOnModule,
        SecondFactorApiModule,
        ViewerModule,
        BulletinsModule,
        FeedsModule,
        NotesModule,
        IncidentsModule,
        StixModule,
        TaxiiModule,
        EventsModule,
        WebhooksModule,
        NotificationsModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: APP_GUARD, useClass: AccessGuard },
        // After AccessGuard (global guards run in registration order): it needs the viewer AccessGuard found.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_FILTER, useClass: AppErrorFilter },
        { provide: APP_PIPE, useValue: new ValidationPipe(validationPipeOptions) },
      ],
      exports: [APP_CONFIG, ROOT_LOGGER],
    };
  }
}
