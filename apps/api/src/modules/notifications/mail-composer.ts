import { Inject, Injectable } from '@nestjs/common';
import { MailKind } from '@bulwark/domain';
import type { ViewerContext } from '@bulwark/policy';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { BulletinReader, type CheckedBulletin } from '@api/modules/bulletins/bulletins.reader';
import type { Bulletin } from '@api/modules/bulletins/models/bulletin.model';
import { mailContent } from './mail-content';
import { MailPlanRepository } from './mail-plan.repository';
import { isReachable, type RecipientRow, recipientViewer } from './mail-recipient';
import { digestMail, immediateMail, type MailEntry, type RenderedMail, retractionMail } from './mail-templates';
import type { Composition, QueuedMail } from './mail-types';
import { UnsubscribeLinks } from './unsubscribe-links';

const skip = (reason: string): Composition => ({ kind: 'skip', reason });

/** Why one bulletin may no longer be mailed, in the words of a delivery record (which never names it). */
function refusal(check: CheckedBulletin | undefined): string {
  if (!check) return 'Not sent: the bulletin no longer exists.';
  if (check.retracted) return 'Not sent: the bulletin has been retracted.';
  if (!check.readable) return 'Not sent: the recipient may no longer read the bulletin (access policy at sending).';
  return "Not sent: the bulletin no longer matches the subscription's filter.";
}

/**
 * Decides, when a mail is about to be sent, what it carries for its recipient as they are at that moment (R17): a
 * deactivated recipient gets nothing; each bulletin at its current revision, only if the recipient may read it
 * now, it still matches the subscription's filter and it is not retracted; then no more of it than the tier and the
 * organization's MailDetail allow (mail-content.ts). Nothing is decided from what was true when it was queued.
 */
@Injectable()
export class MailComposer {
  constructor(
    private readonly plans: MailPlanRepository,
    private readonly bulletins: BulletinReader,
    private readonly links: UnsubscribeLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async compose(mail: QueuedMail): Promise<Composition> {
    const ref = mail.userId ? { userId: mail.userId } : mail.mailboxId ? { mailboxId: mail.mailboxId } : null;
    const recipient = ref && (await this.plans.recipient(ref));
    if (!recipient) return skip('Not sent: the recipient no longer exists.');
    if (!isReachable(recipient)) return skip('Not sent: the recipient is deactivated.');
    const viewer = recipientViewer(recipient);
    if (mail.kind === MailKind.RETRACTION) return this.retraction(mail, recipient, viewer);

    const subscription = mail.subscriptionId ? await this.plans.subscription(mail.subscriptionId) : null;
    if (!subscription) return skip('Not sent: the subscription has been removed.');
    if (!subscription.active) return skip('Not sent: the subscription no longer sends mail.');
    const items = await this.plans.items(mail.id);
    if (items.length === 0 && mail.bulletinId) items.push({ bulletinId: mail.bulletinId, amended: false });
    const checks = await this.bulletins.currentForMail(
      viewer,
      items.map((item) => item.bulletinId),
      subscription.filter ?? {},
    );
    const mailable = checks.filter((check) => check.readable && check.matches && !check.retracted);
    if (mailable.length === 0) {
      if (mail.kind === MailKind.IMMEDIATE) return skip(refusal(checks[0]));
      return skip(
        'Not sent: none of its bulletins may still be mailed to the recipient (access policy, filter or retraction at sending).',
      );
    }
    const amended = new Set(items.filter((item) => item.amended).map((item) => item.bulletinId));
    const entries: MailEntry[] = mailable.map(({ bulletin }) => ({
      content: this.content(bulletin, recipient),
      amended: amended.has(bulletin.id),
    }));
    const footer = {
      subscriptionName: subscription.name ?? 'your feed',
      recipient: recipient.kind,
      manageUrl: subscription.feed_id ? `${this.base()}/feeds/${subscription.feed_id}` : null,
      unsubscribeUrl: this.links.urlFor(subscription.id),
    };
    const rendered =
      mail.kind === MailKind.DIGEST
        ? digestMail(entries, subscription.digest, footer)
        : immediateMail(entries[0], footer);
    const bulletinIds = mailable.map(({ bulletin }) => bulletin.id);
    return this.send(recipient, rendered, bulletinIds, footer.unsubscribeUrl);
  }

  private async retraction(mail: QueuedMail, recipient: RecipientRow, viewer: ViewerContext): Promise<Composition> {
    if (!mail.bulletinId) return skip('Not sent: the mail names no bulletin.');
    const retraction = await this.bulletins.retractionFor(viewer, mail.bulletinId);
    if (!retraction) return skip('Not sent: the bulletin is not retracted.');
    if (!retraction.readable)
      return skip('Not sent: the recipient may no longer read the bulletin (access policy at sending).');
    const content = this.content(retraction.bulletin, recipient);
    const footer = { subscriptionName: null, recipient: recipient.kind, manageUrl: null, unsubscribeUrl: null };
    return this.send(recipient, retractionMail(content, footer), [retraction.bulletin.id], null);
  }

  private content(bulletin: Bulletin, recipient: RecipientRow) {
    return mailContent(bulletin, recipient.mail_detail, `${this.base()}/bulletins/${bulletin.id}`);
  }

  private send(
    recipient: RecipientRow,
    rendered: RenderedMail,
    bulletinIds: string[],
    unsubscribeUrl: string | null,
  ): Composition {
    return {
      kind: 'send',
      mail: {
        to: recipient.address,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        tier: rendered.tier,
        bulletinIds,
        unsubscribeUrl,
      },
    };
  }

  private base(): string {
    return this.config.auth.publicUrl.replace(/\/+$/, '');
  }
}
