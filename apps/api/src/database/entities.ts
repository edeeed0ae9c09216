import { ApiKeyEntity } from '@api/modules/api-keys/entities/api-key.entity';
import { OrganizationEntity } from '@api/modules/organizations/entities/organization.entity';
import { RefreshTokenEntity } from '@api/modules/sessions/entities/refresh-token.entity';
import { SessionEntity } from '@api/modules/sessions/entities/session.entity';
import { UserEntity } from '@api/modules/users/entities/user.entity';

/** Every TypeORM entity of the application: the data source, the migration generator and drift check read this list. */
export const ENTITIES: Function[] = [OrganizationEntity, UserEntity, SessionEntity, RefreshTokenEntity, ApiKeyEntity];
