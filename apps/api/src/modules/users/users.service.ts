import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrganizationKind, Permission, Role, tierCovers } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';
import { PasswordHasher } from '@api/auth/password-hasher';
import { SessionEndings } from '@api/auth/session-endings';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '@api/common/app-errors';
import { isUniqueViolation } from '@api/common/database-errors';
import { type Connection, decodeCursor, toConnection } from '@api/graphql/pagination';
import type { RequestLoaders } from '@api/graphql/request-loaders';
import { AuditAction, AuditOutcome, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditService } from '@api/modules/audit/audit.service';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import type { Organization } from '@api/modules/organizations/models/organization.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import type { ChangePasswordInput } from './dto/change-password.input';
import type { CreateUserInput } from './dto/create-user.input';
import type { UpdateUserInput } from './dto/update-user.input';
import type { UsersArgs } from './dto/users.args';
import type { UserEntity } from './entities/user.entity';
import type { User } from './models/user.model';
import { LOCK_AFTER_FAILURES, type SignInRecord, UsersRepository } from './users.repository';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    email: entity.email,
    displayName: entity.displayName,
    roles: [...entity.roles].sort(),
    clearance: entity.clearance,
    active: entity.active,
    lockedUntil: entity.lockedUntil && entity.lockedUntil > new Date() ? entity.lockedUntil : null,
    lastSignInAt: entity.lastSignInAt,
    createdAt: entity.createdAt,
    organizationId: entity.organizationId,
  };
}

/** What USER_UPDATED records before and after: the grant, and the name (no password, ever). */
function grantOf(entity: UserEntity): Record<string, unknown> {
  return { displayName: entity.displayName, roles: [...entity.roles].sort(), clearance: entity.clearance };
}

const SELF_CHANGE = 'Nobody changes their own roles, clearance or active state: ask another administrator.';

/**
 * Accounts. An organization administrator manages their own organization's users; a platform administrator
 * manages anyone's. A user outside the caller's scope is NOT_FOUND, exactly like a missing one.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsService,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
    private readonly audited: AuditedUnitOfWork,
    private readonly sessionEndings: SessionEndings,
  ) {}

  async list(viewer: RequestViewer, args: UsersArgs): Promise<Connection<User>> {
    const scope = this.managesEveryone(viewer) ? null : viewer.organizationId;
    const { rows, total } = await this.users.page(scope, args.filter ?? {}, decodeCursor(args.after), args.first);
    return toConnection(rows.map(toUser), args.first, total, (u) => ({ key: u.email, id: u.id }));
  }

  async getManaged(viewer: RequestViewer, id: string): Promise<User | null> {
    const entity = await this.users.findById(id);
    return entity && this.inScope(viewer, entity) ? toUser(entity) : null;
  }

  /** The signed-in user themselves. */
  async getSelf(id: string): Promise<User | null> {
    const entity = await this.users.findById(id);
    return entity && toUser(entity);
  }

  /** What signing in (the sessions module) checks of the account with this normalised email, or null. */
  signInRecord(email: string): Promise<SignInRecord | null> {
    return this.users.signInRecord(email);
  }

  /**
   * One more failed sign-in (a wrong password, second factor or passkey): all count toward one lockout. A failure that
   * starts a lock puts it on the account's audit trail.
   */
  async countFailedSignIn(user: { id: string; organizationId: string }): Promise<void> {
    const lockedUntil = await this.users.recordFailedSignIn(user.id, LOCK_AFTER_FAILURES);
    if (!lockedUntil || lockedUntil <= new Date()) return;
    await this.audit.recordStandalone({
      actor: { kind: 'USER', userId: user.id, apiKeyId: null, organizationId: user.organizationId },
      action: AuditAction.ACCOUNT_LOCKED,
      outcome: AuditOutcome.DENIED,
      targetType: AuditTargetType.USER,
      targetId: user.id,
      details: { lockedUntil: lockedUntil.toISOString() },
    });
  }

  /** A successful sign-in, in the caller's transaction. */
  recordSignIn(id: string, manager: EntityManager): Promise<void> {
    return this.users.recordSignIn(id, manager);
  }

  async create(viewer: RequestViewer, input: CreateUserInput): Promise<User> {
    const organizationId = input.organizationId ?? viewer.organizationId;
    if (!organizationId || (!this.managesEveryone(viewer) && organizationId !== viewer.organizationId))
      throw notFound('Organization');
    const organization = await this.organizations.get(organizationId);
    if (!organization) throw notFound('Organization');
    this.checkGrant(viewer, organization, input.roles, input.clearance, true);
    const entity = this.users.create({
      email: normaliseEmail(input.email),
      displayName: input.displayName.trim(),
      organizationId,
      roles: input.roles,
      clearance: input.clearance,
      active: true,
      passwordHash: await this.passwords.hash(input.initialPassword),
    });
    try {
      return await this.audited.run(async (manager) => {
        const saved = await this.users.save(entity, manager);
        return {
          result: toUser(saved),
          audit: {
            actor: viewer,
            action: AuditAction.USER_CREATED,
            targetType: AuditTargetType.USER,
            targetId: saved.id,
            details: { email: saved.email, organizationId, roles: [...saved.roles].sort(), clearance: saved.clearance },
          },
        };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_key')) throw conflict('A user with this email exists.');
      throw error;
    }
  }

  async update(viewer: RequestViewer, input: UpdateUserInput): Promise<User> {
    const entity = await this.requireManaged(viewer, input.id);
    const changesAccess = input.roles !== undefined || input.clearance !== undefined;
    if (changesAccess && entity.id === viewer.userId) throw forbidden(SELF_CHANGE);
    if (changesAccess) {
      const organization = await this.organizations.get(entity.organizationId);
      if (!organization) throw notFound('Organization');
      this.checkGrant(
        viewer,
        organization,
        input.roles ?? entity.roles,
        input.clearance ?? entity.clearance,
        input.clearance !== undefined,
      );
    }
    const before = grantOf(entity);
    if (input.displayName !== undefined) entity.displayName = input.displayName.trim();
    if (input.roles !== undefined) entity.roles = input.roles;
    if (input.clearance !== undefined) entity.clearance = input.clearance;
    return this.audited.run(async (manager) => {
      const saved = await this.users.save(entity, manager);
      return {
        result: toUser(saved),
        audit: {
          actor: viewer,
          action: AuditAction.USER_UPDATED,
          targetType: AuditTargetType.USER,
          targetId: saved.id,
          details: { before, after: grantOf(saved) },
        },
      };
    });
  }

  async setActive(viewer: RequestViewer, id: string, active: boolean): Promise<User> {
    const entity = await this.requireManaged(viewer, id);
    if (entity.id === viewer.userId) throw forbidden(SELF_CHANGE);
    const endedSessions = await this.audited.run(async (manager) => {
      const ended = await this.users.setActive(id, active, manager);
      return {
        result: ended,
        audit: {
          actor: viewer,
          action: active ? AuditAction.USER_REACTIVATED : AuditAction.USER_DEACTIVATED,
          targetType: AuditTargetType.USER,
          targetId: id,
          details: { wasActive: entity.active },
        },
      };
    });
    // Their open sockets close now, not at their next push.
    this.sessionEndings.announce(endedSessions);
    return toUser({ ...entity, active });
  }

  async changePassword(viewer: RequestViewer, input: ChangePasswordInput): Promise<boolean> {
    if (!viewer.userId) throw forbidden('API keys have no password.');
    const hash = await this.users.passwordHash(viewer.userId);
    if (!(await this.passwords.verify(hash, input.currentPassword))) {
      // Counts toward the sign-in lockout: a stolen access token must not allow unlimited password guesses.
      await this.users.recordFailedSignIn(viewer.userId, LOCK_AFTER_FAILURES);
      await this.audit.recordStandalone({
        actor: viewer,
        action: AuditAction.PASSWORD_CHANGE_FAILED,
        outcome: AuditOutcome.FAILED,
        targetType: AuditTargetType.USER,
        targetId: viewer.userId,
      });
      throw unauthenticated('The current password is not correct.');
    }
    if (input.newPassword === input.currentPassword)
      throw badInput('The new password must differ from the current one.');
    const userId = viewer.userId;
    const newHash = await this.passwords.hash(input.newPassword);
    return this.audited.run(async (manager) => {
      await this.users.setPasswordHash(userId, newHash, manager);
      return {
        result: true,
        audit: {
          actor: viewer,
          action: AuditAction.PASSWORD_CHANGED,
          targetType: AuditTargetType.USER,
          targetId: userId,
        },
      };
    });
  }

  /** `manager`: inside a transaction, read through it. */
  /**
   * Active people of active organizations across the community, by display name: RED's possible named recipients.
   * Only for callers the bulletins module has checked (a person cleared for RED who may write RED).
   */
  async activePeople(search: string | null, after: string | null, first: number): Promise<Connection<User>> {
    const { rows, total } = await this.users.activePeoplePage(search, decodeCursor(after), first);
    return toConnection(rows.map(toUser), first, total, (u) => ({ key: u.displayName, id: u.id }));
  }

  /** Loads users by id in one query per GraphQL operation. */
  loadById(loaders: RequestLoaders, id: string): Promise<User | null> {
    return loaders.get('userById', (ids: readonly string[]) => this.byIds(ids)).load(id);
  }

  async byIds(ids: readonly string[], manager?: EntityManager): Promise<(User | null)[]> {
    const found = new Map((await this.users.findByIds(ids, manager)).map((entity) => [entity.id, toUser(entity)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  private managesEveryone(viewer: RequestViewer): boolean {
    return viewer.permissions.includes(Permission.ALL_USERS_MANAGE);
  }

  private inScope(viewer: RequestViewer, user: UserEntity): boolean {
    return this.managesEveryone(viewer) || user.organizationId === viewer.organizationId;
  }

  private async requireManaged(viewer: RequestViewer, id: string): Promise<UserEntity> {
    const entity = await this.users.findById(id);
    if (!entity || !this.inScope(viewer, entity)) throw notFound('User');
    return entity;
  }

  /** Clearance within the organization's vetting (R6); PLATFORM_ADMIN only by a platform administrator, only to platform staff. */
  private checkGrant(
    viewer: RequestViewer,
    organization: Organization,
    roles: readonly Role[],
    clearance: UserEntity['clearance'],
    settingClearance: boolean,
  ): void {
    if (!tierCovers(organization.vettedTier, clearance)) {
      throw badInput(`Clearance ${clearance} is above ${organization.name}'s vetting (${organization.vettedTier}).`, [
        { field: 'clearance', problems: [`at most ${organization.vettedTier}`] },
      ]);
    }
    // R9: an administrator acting outside their own organization (a platform administrator) cannot mint an account
    // cleared above themselves and sign in with it; that grant is the organization's own administrators' to make.
    if (settingClearance && organization.id !== viewer.organizationId && !tierCovers(viewer.clearance, clearance)) {
      throw forbidden(`Clearance ${clearance} is above your own: ${organization.name}'s administrators grant it.`);
    }
    if (roles.includes(Role.PLATFORM_ADMIN)) {
      if (!this.managesEveryone(viewer)) throw forbidden('Only a platform administrator grants PLATFORM_ADMIN.');
      if (organization.kind !== OrganizationKind.PLATFORM) {
        throw badInput('PLATFORM_ADMIN is for members of a platform organization.', [
          { field: 'roles', problems: ['PLATFORM_ADMIN not allowed here'] },
        ]);
      }
    }
  }
}
