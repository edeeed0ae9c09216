import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RequestViewer } from '@api/auth/request-viewer';
import { SessionEndings } from '@api/auth/session-endings';
import { badInput, conflict, notFound } from '@api/common/app-errors';
import { isUniqueViolation } from '@api/common/database-errors';
import { type Connection, decodeCursor, toConnection } from '@api/graphql/pagination';
import type { RequestLoaders } from '@api/graphql/request-loaders';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import type { CreateOrganizationInput } from './dto/create-organization.input';
import type { SetOrganizationAcceptsIncidentReportsInput, VetOrganizationInput } from './dto/organization-state.input';
import type { OrganizationsArgs } from './dto/organizations.args';
import type { UpdateOrganizationInput } from './dto/update-organization.input';
import type { OrganizationEntity } from './entities/organization.entity';
import type { Organization } from './models/organization.model';
import { OrganizationsRepository } from './organizations.repository';

const MAX_TREE_DEPTH = 32;

export function toOrganization(entity: OrganizationEntity): Organization {
  return {
    id: entity.id,
    name: entity.name,
    shortName: entity.shortName,
    kind: entity.kind,
    jurisdiction: entity.jurisdiction,
    vettedTier: entity.vettedTier,
    active: entity.active,
    acceptsIncidentReports: entity.acceptsIncidentReports,
    requireSecondFactor: entity.requireSecondFactor,
    allowPasswordless: entity.allowPasswordless,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    parentId: entity.parentId,
  };
}

/** What ORGANIZATION_* records before and after. */
function shapeOf(entity: OrganizationEntity): Record<string, unknown> {
  return {
    name: entity.name,
    shortName: entity.shortName,
    kind: entity.kind,
    parentId: entity.parentId,
    jurisdiction: entity.jurisdiction,
    vettedTier: entity.vettedTier,
  };
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly organizations: OrganizationsRepository,
    private readonly audited: AuditedUnitOfWork,
    private readonly sessionEndings: SessionEndings,
  ) {}

  async list(args: OrganizationsArgs): Promise<Connection<Organization>> {
    const { rows, total } = await this.organizations.page(args.filter ?? {}, decodeCursor(args.after), args.first);
    return toConnection(rows.map(toOrganization), args.first, total, (o) => ({ key: o.name, id: o.id }));
  }

  /** `manager`: inside a transaction, read through it (PGlite has one connection: another would wait forever). */
  async get(id: string, manager?: EntityManager): Promise<Organization | null> {
    const entity = await this.organizations.findById(id, manager);
    return entity && toOrganization(entity);
  }

  async byIds(ids: readonly string[], manager?: EntityManager): Promise<(Organization | null)[]> {
    const found = new Map(
      (await this.organizations.findByIds(ids, manager)).map((entity) => [entity.id, toOrganization(entity)]),
    );
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Loads organizations by id in one query per GraphQL operation. */
  async loadById(loaders: RequestLoaders, id: string): Promise<Organization | null> {
    return loaders.get('organizationById', (ids: readonly string[]) => this.byIds(ids)).load(id);
  }

  async loadChildren(loaders: RequestLoaders, id: string): Promise<Organization[]> {
    return loaders.get('organizationChildren', (ids: readonly string[]) => this.childrenOf(ids)).load(id);
  }

  private async childrenOf(parentIds: readonly string[]): Promise<Organization[][]> {
    const children = await this.organizations.findChildren(parentIds);
    return parentIds.map((id) => children.filter((child) => child.parentId === id).map(toOrganization));
  }

  async create(viewer: RequestViewer, input: CreateOrganizationInput): Promise<Organization> {
    return this.audited.run(async (manager) => {
      await this.organizations.lockTree(manager);
      if (input.parentId) await this.requireParent(input.parentId, null, manager);
      const entity = this.organizations.create({
        name: input.name.trim(),
        shortName: input.shortName,
        kind: input.kind,
        parentId: input.parentId ?? null,
        jurisdiction: input.jurisdiction ?? null,
        vettedTier: input.vettedTier,
        active: true,
      });
      const saved = await this.saveUnique(entity, manager);
      return {
        result: toOrganization(saved),
        audit: {
          actor: viewer,
          action: AuditAction.ORGANIZATION_CREATED,
          targetType: AuditTargetType.ORGANIZATION,
          targetId: saved.id,
          details: { after: shapeOf(saved) },
        },
      };
    });
  }

  async update(viewer: RequestViewer, input: UpdateOrganizationInput): Promise<Organization> {
    return this.audited.run(async (manager) => {
      await this.organizations.lockTree(manager);
      const entity = await this.organizations.findById(input.id, manager);
      if (!entity) throw notFound('Organization');
      const before = shapeOf(entity);
      if (input.parentId !== undefined) {
        if (input.parentId !== null) await this.requireParent(input.parentId, entity.id, manager);
        entity.parentId = input.parentId;
      }
      if (input.name !== undefined) entity.name = input.name.trim();
      if (input.shortName !== undefined) entity.shortName = input.shortName;
      if (input.kind !== undefined) entity.kind = input.kind;
      if (input.jurisdiction !== undefined) entity.jurisdiction = input.jurisdiction;
      const saved = await this.saveUnique(entity, manager);
      return {
        result: toOrganization(saved),
        audit: {
          actor: viewer,
          action: AuditAction.ORGANIZATION_UPDATED,
          targetType: AuditTargetType.ORGANIZATION,
          targetId: saved.id,
          details: { before, after: shapeOf(saved) },
        },
      };
    });
  }

  async vet(viewer: RequestViewer, input: VetOrganizationInput): Promise<Organization> {
    return this.audited.run(async (manager) => {
      const entity = await this.organizations.findById(input.id, manager);
      if (!entity) throw notFound('Organization');
      const before = entity.vettedTier;
      entity.vettedTier = input.vettedTier;
      const saved = await this.organizations.save(entity, manager);
      return {
        result: toOrganization(saved),
        audit: {
          actor: viewer,
          action: AuditAction.ORGANIZATION_VETTED,
          targetType: AuditTargetType.ORGANIZATION,
          targetId: saved.id,
          details: { before: { vettedTier: before }, after: { vettedTier: saved.vettedTier } },
        },
      };
    });
  }

  async setAcceptsIncidentReports(
    viewer: RequestViewer,
    input: SetOrganizationAcceptsIncidentReportsInput,
  ): Promise<Organization> {
    return this.audited.run(async (manager) => {
      const entity = await this.organizations.findById(input.organizationId, manager);
      if (!entity) throw notFound('Organization');
      const before = entity.acceptsIncidentReports;
      entity.acceptsIncidentReports = input.accepts;
      const saved = await this.organizations.save(entity, manager);
      return {
        result: toOrganization(saved),
        audit: {
          actor: viewer,
          action: AuditAction.ORGANIZATION_UPDATED,
          targetType: AuditTargetType.ORGANIZATION,
          targetId: saved.id,
          details: {
            before: { acceptsIncidentReports: before },
            after: { acceptsIncidentReports: saved.acceptsIncidentReports },
          },
        },
      };
    });
  }

  /**
   * Deactivation also ends its members' sessions, so reactivating later revives no old token (R8), and closes the
   * open sockets of those sessions and of its API keys.
   */
  async setActive(viewer: RequestViewer, id: string, active: boolean): Promise<Organization> {
    const { organization, endedSessions } = await this.audited.run(async (manager) => {
      const endedSessions = await this.organizations.setActive(id, active, manager);
      if (!endedSessions) throw notFound('Organization');
      return {
        result: { organization: (await this.get(id, manager)) as Organization, endedSessions },
        audit: {
          actor: viewer,
          action: active ? AuditAction.ORGANIZATION_REACTIVATED : AuditAction.ORGANIZATION_DEACTIVATED,
          targetType: AuditTargetType.ORGANIZATION,
          targetId: id,
        },
      };
    });
    // Their open sockets close now, not at their next push.
    this.sessionEndings.announce(endedSessions);
    return organization;
  }

  /** The parent must exist, and must not be the organization itself or one of its descendants. */
  private async requireParent(
    parentId: string,
    childId: string | null,
    manager: Parameters<OrganizationsRepository['findById']>[1],
  ) {
    const parent = await this.organizations.findById(parentId, manager);
    if (!parent)
      throw badInput('parentId names no organization.', [{ field: 'parentId', problems: ['unknown organization'] }]);
    const ancestors = await this.organizations.ancestorIds(parentId, manager);
    if (childId !== null && (parentId === childId || ancestors.includes(childId))) {
      throw badInput('An organization cannot be its own ancestor.', [
        { field: 'parentId', problems: ['would create a cycle'] },
      ]);
    }
    if (ancestors.length + 1 >= MAX_TREE_DEPTH) {
      throw badInput(`The organization tree may be at most ${MAX_TREE_DEPTH} levels deep.`, [
        { field: 'parentId', problems: ['too deep'] },
      ]);
    }
  }

  private async saveUnique(entity: OrganizationEntity, manager: EntityManager) {
    try {
      return await this.organizations.save(entity, manager);
    } catch (error) {
      if (isUniqueViolation(error, 'organizations_name_key')) throw conflict('An organization with this name exists.');
      if (isUniqueViolation(error, 'organizations_short_name_key'))
        throw conflict('An organization with this short name exists.');
      throw error;
    }
  }
}
