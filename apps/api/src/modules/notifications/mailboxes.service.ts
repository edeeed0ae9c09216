import { Injectable } from '@nestjs/common';
import type { RequestViewer } from '@api/auth/request-viewer';
import { badInput, conflict, notFound } from '@api/common/app-errors';
import { isUniqueViolation } from '@api/common/database-errors';
import type { SqlExecutor } from '@api/database/typed-sql';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import type { AuditEntry } from '@api/modules/audit/audit.service';
import { AuditedUnitOfWork } from '@api/modules/audit/audited-unit-of-work';
import type { BulletinEventFilter } from '@api/modules/events/dto/bulletin-events.args';
import type { EventFilter } from '@api/modules/events/models/event-filter.model';
import { OrganizationsService } from '@api/modules/organizations/organizations.service';
import type {
  CreateMailboxSubscriptionInput,
  CreateOrganizationMailboxInput,
  OrganizationMailboxesArgs,
  UpdateMailboxSubscriptionInput,
  UpdateOrganizationMailboxInput,
} from './dto/mailbox.inputs';
import { administeredOrganization, administers } from '@api/auth/organization-scope';
import { changeDelivery, deliveryDetails } from './mail-delivery-settings';
import {
  MAX_SUBSCRIPTIONS_PER_MAILBOX,
  MailSubscriptionsRepository,
  type SubscriptionRow,
  storedDeliveryOf,
} from './mail-subscriptions.repository';
import { MailWorker } from './mail-worker';
import { MAX_MAILBOXES_PER_ORGANIZATION, type MailboxRow, MailboxesRepository } from './mailboxes.repository';
import type { MailboxSubscription, OrganizationMailbox } from './models/organization-mailbox.model';

const FILTER_KEYS = ['types', 'tiers', 'categories', 'minSeverity', 'jurisdictions', 'originatorIds', 'tags'] as const;

/** Only the filter's own fields, without the empty ones, as stored and as shown. */
function storedFilter(filter: BulletinEventFilter): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) if (filter[key] !== undefined && filter[key] !== null) stored[key] = filter[key];
  return stored;
}

function toSubscription(row: SubscriptionRow): MailboxSubscription {
  return {
    id: row.id,
    name: row.name ?? '',
    filter: (row.filter ?? {}) as EventFilter,
    mail: storedDeliveryOf(row),
    createdAt: row.created_at,
  };
}

function toMailbox(row: MailboxRow, subscriptions: readonly SubscriptionRow[]): OrganizationMailbox {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    address: row.address,
    active: row.active,
    createdAt: row.created_at,
    subscriptions: subscriptions.filter((s) => s.mailbox_id === row.id).map(toSubscription),
  };
}

function mailboxChange(viewer: RequestViewer, action: AuditAction, mailbox: MailboxRow, extra = {}): AuditEntry {
  return {
    actor: viewer,
    action,
    targetType: AuditTargetType.ORGANIZATION_MAILBOX,
    targetId: mailbox.id,
    details: {
      organizationId: mailbox.organization_id,
      name: mailbox.name,
      address: mailbox.address,
      active: mailbox.active,
      ...extra,
    },
  };
}

function subscriptionChange(
  viewer: RequestViewer,
  action: AuditAction,
  mailbox: MailboxRow,
  subscription: SubscriptionRow,
): AuditEntry {
  return {
    actor: viewer,
    action,
    targetType: AuditTargetType.MAIL_SUBSCRIPTION,
    targetId: subscription.id,
    details: {
      organizationId: mailbox.organization_id,
      mailboxId: mailbox.id,
      name: subscription.name,
      delivery: deliveryDetails(storedDeliveryOf(subscription)),
    },
  };
}

const normalAddress = (address: string) => address.trim().toLowerCase();

/**
 * Organizations' shared mailboxes and their subscriptions, managed by the organization's administrators (platform
 * administrators: any organization's). Another organization's mailbox or subscription is NOT_FOUND. Bounded: at
 * most MAX_MAILBOXES_PER_ORGANIZATION mailboxes, MAX_SUBSCRIPTIONS_PER_MAILBOX subscriptions each.
 */
@Injectable()
export class MailboxesService {
  constructor(
    private readonly mailboxes: MailboxesRepository,
    private readonly subscriptions: MailSubscriptionsRepository,
    private readonly organizations: OrganizationsService,
    private readonly audited: AuditedUnitOfWork,
    private readonly worker: MailWorker,
  ) {}

  async list(viewer: RequestViewer, args: OrganizationMailboxesArgs): Promise<OrganizationMailbox[]> {
    const organizationId = await this.existingOrganization(viewer, args.organizationId);
    const rows = await this.mailboxes.ofOrganization(organizationId);
    const subscriptions = await this.subscriptions.ofMailboxes(rows.map((row) => row.id));
    return rows.map((row) => toMailbox(row, subscriptions));
  }

  async create(viewer: RequestViewer, input: CreateOrganizationMailboxInput): Promise<OrganizationMailbox> {
    const organizationId = administeredOrganization(viewer, input.organizationId);
    const mailbox = await this.unique(() =>
      this.audited.run(async (manager) => {
        if (!(await this.mailboxes.lockOrganization(manager, organizationId))) throw notFound('Organization');
        if ((await this.mailboxes.count(manager, organizationId)) >= MAX_MAILBOXES_PER_ORGANIZATION)
          throw badInput(`An organization has at most ${MAX_MAILBOXES_PER_ORGANIZATION} mailboxes.`);
        const saved = await this.mailboxes.insert(manager, {
          organizationId,
          name: input.name.trim(),
          address: normalAddress(input.address),
          createdByUserId: viewer.userId,
        });
        return { result: saved, audit: mailboxChange(viewer, AuditAction.ORGANIZATION_MAILBOX_CREATED, saved) };
      }),
    );
    return toMailbox(mailbox, []);
  }

  async update(viewer: RequestViewer, input: UpdateOrganizationMailboxInput): Promise<OrganizationMailbox> {
    const before = await this.requireMailbox(viewer, input.id);
    const fields = {
      ...(input.name === undefined ? {} : { name: input.name.trim() }),
      ...(input.address === undefined ? {} : { address: normalAddress(input.address) }),
      ...(input.active === undefined ? {} : { active: input.active }),
    };
    const saved = await this.unique(() =>
      this.audited.run(async (manager) => {
        const updated = await this.mailboxes.update(manager, before.id, fields);
        if (!updated) throw notFound('Mailbox');
        const was = { name: before.name, address: before.address, active: before.active };
        return {
          result: updated,
          audit: mailboxChange(viewer, AuditAction.ORGANIZATION_MAILBOX_UPDATED, updated, { before: was }),
        };
      }),
    );
    this.worker.kick();
    return toMailbox(saved, await this.subscriptions.ofMailboxes([saved.id]));
  }

  /** Removes the mailbox, its subscriptions and its delivery records. */
  async delete(viewer: RequestViewer, id: string): Promise<boolean> {
    const mailbox = await this.requireMailbox(viewer, id);
    return this.audited.run(async (manager) => {
      await this.mailboxes.delete(manager, mailbox.id);
      return { result: true, audit: mailboxChange(viewer, AuditAction.ORGANIZATION_MAILBOX_DELETED, mailbox) };
    });
  }

  async createSubscription(viewer: RequestViewer, input: CreateMailboxSubscriptionInput): Promise<MailboxSubscription> {
    const mailbox = await this.requireMailbox(viewer, input.mailboxId);
    const created = await this.audited.run(async (manager) => {
      if (!(await this.mailboxes.lock(manager, mailbox.id))) throw notFound('Mailbox');
      if ((await this.subscriptions.countOfMailbox(manager, mailbox.id)) >= MAX_SUBSCRIPTIONS_PER_MAILBOX)
        throw badInput(`A mailbox has at most ${MAX_SUBSCRIPTIONS_PER_MAILBOX} subscriptions.`);
      const { delivery } = changeDelivery(null, input.delivery, new Date());
      const saved = await this.subscriptions.insert(
        manager,
        { mailboxId: mailbox.id, name: input.name.trim(), filter: storedFilter(input.filter) },
        delivery,
        await this.subscriptions.head(manager),
      );
      return {
        result: saved,
        audit: subscriptionChange(viewer, AuditAction.MAILBOX_SUBSCRIPTION_CREATED, mailbox, saved),
      };
    });
    this.worker.kick();
    return toSubscription(created);
  }

  async updateSubscription(viewer: RequestViewer, input: UpdateMailboxSubscriptionInput): Promise<MailboxSubscription> {
    const updated = await this.audited.run(async (manager) => {
      const { mailbox, subscription } = await this.requireSubscription(viewer, input.id, manager);
      await this.subscriptions.rename(manager, subscription.id, {
        ...(input.name === undefined ? {} : { name: input.name.trim() }),
        ...(input.filter === undefined ? {} : { filter: storedFilter(input.filter) }),
      });
      let saved = subscription;
      if (input.delivery) {
        const change = changeDelivery(storedDeliveryOf(subscription), input.delivery, new Date());
        const head = change.activated ? await this.subscriptions.head(manager) : null;
        saved = await this.subscriptions.updateDelivery(manager, subscription.id, change.delivery, head);
        if (change.digestDropped) await this.subscriptions.dropDigestItems(manager, subscription.id);
      }
      const current = (await this.subscriptions.lock(manager, subscription.id)) ?? saved;
      return {
        result: current,
        audit: subscriptionChange(viewer, AuditAction.MAILBOX_SUBSCRIPTION_UPDATED, mailbox, current),
      };
    });
    this.worker.kick();
    return toSubscription(updated);
  }

  async deleteSubscription(viewer: RequestViewer, id: string): Promise<boolean> {
    return this.audited.run(async (manager) => {
      const { mailbox, subscription } = await this.requireSubscription(viewer, id, manager);
      await this.subscriptions.delete(manager, subscription.id);
      return {
        result: true,
        audit: subscriptionChange(viewer, AuditAction.MAILBOX_SUBSCRIPTION_DELETED, mailbox, subscription),
      };
    });
  }

  /** The organization named (or the viewer's own), if the viewer administers it and it exists. */
  private async existingOrganization(viewer: RequestViewer, requested: string | undefined): Promise<string> {
    const organizationId = administeredOrganization(viewer, requested);
    if (!(await this.organizations.get(organizationId))) throw notFound('Organization');
    return organizationId;
  }

  private async requireMailbox(viewer: RequestViewer, id: string): Promise<MailboxRow> {
    const mailbox = await this.mailboxes.findById(id);
    if (!mailbox || !administers(viewer, mailbox.organization_id)) throw notFound('Mailbox');
    return mailbox;
  }

  /** A mailbox's subscription, locked; a feed's, or another organization's, is NOT_FOUND. */
  private async requireSubscription(
    viewer: RequestViewer,
    id: string,
    manager: SqlExecutor,
  ): Promise<{ mailbox: MailboxRow; subscription: SubscriptionRow }> {
    const subscription = await this.subscriptions.lock(manager, id);
    const mailbox = subscription?.mailbox_id ? await this.mailboxes.findById(subscription.mailbox_id, manager) : null;
    if (!subscription || !mailbox || !administers(viewer, mailbox.organization_id)) throw notFound('Subscription');
    return { mailbox, subscription };
  }

  private async unique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'organization_mailboxes_organization_id_address_key'))
        throw conflict('The organization already has a mailbox with this address.');
      throw error;
    }
  }
}
