import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { tierCovers } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';
import { randomToken, sha256 } from '@api/auth/secrets';
import { SessionEndings } from '@api/auth/session-endings';
import { badInput, notFound } from '@api/common/app-errors';
import { type Connection, decodeCursor, toConnection } from '@api/graphql/pagination';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import { ApiKeysRepository } from './api-keys.repository';
import type { ApiKeysArgs, CreateApiKeyInput, RotateApiKeyInput } from './dto/api-key.inputs';
import type { ApiKeyEntity } from './entities/api-key.entity';
import type { ApiKey, ApiKeyWithSecret } from './models/api-key.model';

const MAX_LIFETIME_MS = 2 * 365 * 24 * 3600 * 1000;
const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function newPrefix(): string {
  return [...randomBytes(12)].map((byte) => PREFIX_ALPHABET[byte % PREFIX_ALPHABET.length]).join('');
}

function isActive(entity: ApiKeyEntity, now = new Date()): boolean {
  return entity.revokedAt === null && (entity.expiresAt === null || entity.expiresAt > now);
}

function toApiKey(entity: ApiKeyEntity): ApiKey {
  return {
    id: entity.id,
    name: entity.name,
    prefix: entity.prefix,
    roles: [...entity.roles].sort(),
    clearance: entity.clearance,
    expiresAt: entity.expiresAt,
    revokedAt: entity.revokedAt,
    lastUsedAt: entity.lastUsedAt,
    rotatedFromId: entity.rotatedFromId,
    createdAt: entity.createdAt,
    active: isActive(entity),
    organizationId: entity.organizationId,
  };
}

/** What API_KEY_* records: the key's public part and grant, never its secret. */
function grantOf(key: ApiKey): Record<string, unknown> {
  return {
    name: key.name,
    prefix: key.prefix,
    roles: key.roles,
    clearance: key.clearance,
    expiresAt: key.expiresAt?.toISOString() ?? null,
  };
}

/** API keys of the caller's own organization, managed by its administrators. Another organization's key is NOT_FOUND. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly keys: ApiKeysRepository,
    private readonly organizations: OrganizationsService,
    private readonly audited: AuditedUnitOfWork,
    private readonly endings: SessionEndings,
  ) {}

  async list(viewer: RequestViewer, args: ApiKeysArgs): Promise<Connection<ApiKey>> {
    const organizationId = this.organizationOf(viewer);
    const { rows, total } = await this.keys.page(organizationId, args.active, decodeCursor(args.after), args.first);
    return toConnection(rows.map(toApiKey), args.first, total, (key) => ({
      key: key.createdAt.toISOString(),
      id: key.id,
    }));
  }

  async getById(id: string): Promise<ApiKey | null> {
    const entity = await this.keys.findById(id);
    return entity && toApiKey(entity);
  }

  async create(viewer: RequestViewer, input: CreateApiKeyInput): Promise<ApiKeyWithSecret> {
    const organizationId = this.organizationOf(viewer);
    await this.checkClearance(organizationId, input.clearance);
    if (
      input.expiresAt &&
      (input.expiresAt <= new Date() || input.expiresAt.getTime() - Date.now() > MAX_LIFETIME_MS)
    ) {
      throw badInput('expiresAt must be in the future and at most two years ahead.', [
        { field: 'expiresAt', problems: ['out of range'] },
      ]);
    }
    return this.audited.run(async (manager) => {
      const issued = await this.issue(
        {
          organizationId,
          name: input.name.trim(),
          roles: input.roles,
          clearance: input.clearance,
          expiresAt: input.expiresAt ?? null,
          createdByUserId: viewer.userId,
          rotatedFromId: null,
        },
        manager,
      );
      return {
        result: issued,
        audit: {
          actor: viewer,
          action: AuditAction.API_KEY_CREATED,
          targetType: AuditTargetType.API_KEY,
          targetId: issued.apiKey.id,
          details: grantOf(issued.apiKey),
        },
      };
    });
  }

  async revoke(viewer: RequestViewer, id: string): Promise<ApiKey> {
    const entity = await this.requireOwn(viewer, id);
    const wasRevoked = entity.revokedAt !== null;
    entity.revokedAt ??= new Date();
    const revoked = await this.audited.run(async (manager) => {
      const saved = toApiKey(await this.keys.save(entity, manager));
      return {
        result: saved,
        audit: {
          actor: viewer,
          action: AuditAction.API_KEY_REVOKED,
          targetType: AuditTargetType.API_KEY,
          targetId: saved.id,
          details: { prefix: saved.prefix, alreadyRevoked: wasRevoked },
        },
      };
    });
    // Its open sockets close now, not at their next push.
    this.endings.announce([revoked.id]);
    return revoked;
  }

  /** A new key with the same settings; the old one stops now, or after the grace period asked for. */
  async rotate(viewer: RequestViewer, input: RotateApiKeyInput): Promise<ApiKeyWithSecret> {
    const old = await this.requireOwn(viewer, input.id);
    if (!isActive(old)) throw badInput('Only an active key can be rotated.');
    await this.checkClearance(old.organizationId, old.clearance);
    const rotated = await this.audited.run(async (manager) => {
      const graceEnds = new Date(Date.now() + input.expireOldAfterSeconds * 1000);
      // The new key keeps the old key's own expiry; only the old key is cut short.
      const originalExpiry = old.expiresAt;
      if (input.expireOldAfterSeconds === 0) old.revokedAt = graceEnds;
      else if (!old.expiresAt || old.expiresAt > graceEnds) old.expiresAt = graceEnds;
      await this.keys.save(old, manager);
      const issued = await this.issue(
        {
          organizationId: old.organizationId,
          name: old.name,
          roles: old.roles,
          clearance: old.clearance,
          expiresAt: originalExpiry,
          createdByUserId: viewer.userId,
          rotatedFromId: old.id,
        },
        manager,
      );
      return {
        result: issued,
        audit: {
          actor: viewer,
          action: AuditAction.API_KEY_ROTATED,
          targetType: AuditTargetType.API_KEY,
          targetId: issued.apiKey.id,
          details: { ...grantOf(issued.apiKey), rotatedFromId: old.id, oldKeyEnds: graceEnds.toISOString() },
        },
      };
    });
    // Without a grace period the old key is revoked: its open sockets close now.
    if (input.expireOldAfterSeconds === 0) this.endings.announce([old.id]);
    return rotated;
  }

  private async issue(
    fields: Partial<ApiKeyEntity>,
    manager?: Parameters<ApiKeysRepository['save']>[1],
  ): Promise<ApiKeyWithSecret> {
    const prefix = newPrefix();
    const secret = randomToken(32);
    const entity = await this.keys.save(
      this.keys.create({ ...fields, prefix, secretHash: sha256(secret), revokedAt: null }),
      manager,
    );
    return { apiKey: toApiKey(entity), secret: `bwk_${prefix}_${secret}` };
  }

  private organizationOf(viewer: RequestViewer): string {
    if (!viewer.organizationId) throw notFound('Organization');
    return viewer.organizationId;
  }

  private async requireOwn(viewer: RequestViewer, id: string): Promise<ApiKeyEntity> {
    const entity = await this.keys.findById(id);
    if (!entity || entity.organizationId !== viewer.organizationId) throw notFound('API key');
    return entity;
  }

  private async checkClearance(organizationId: string, clearance: ApiKeyEntity['clearance']): Promise<void> {
    const organization = await this.organizations.get(organizationId);
    if (!organization) throw notFound('Organization');
    if (!tierCovers(organization.vettedTier, clearance)) {
      throw badInput(`Clearance ${clearance} is above ${organization.name}'s vetting (${organization.vettedTier}).`, [
        { field: 'clearance', problems: [`at most ${organization.vettedTier}`] },
      ]);
    }
  }
}
