import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@api/config/app-config';
import { retryDelayMs, type RetryPolicy } from '@api/common/retry-backoff';
import { UnitOfWork } from '@api/database/unit-of-work';
import { MailComposer } from './mail-composer';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MailTransport, SEND_LANES } from './mail-transport';
import type { Composition, QueuedMail } from './mail-types';

/** Mails claimed per round. */
const CLAIM_BATCH = 20;

/** How long a claim lasts beyond the time a send may take: a worker that dies mid-send delays a mail this long. */
const LEASE_MARGIN_MS = 10_000;
/** A send may wait for the connection, the greeting and the answer to the data, each up to MAIL_SEND_TIMEOUT_MS. */
const SEND_PHASES = 3;

export type MailOutcome = 'sent' | 'failed' | 'dead' | 'skipped' | 'lost';

/**
 * Each claimed mail: composed for its recipient as they are now (R17), sent, and the outcome recorded on
 * its row — SENT with the server's answer and only the bulletins it carried, FAILED with a backoff, DEAD after the
 * last attempt or at once on a permanent (5xx) refusal, SKIPPED with the composer's reason. A worker that crashes
 * after sending and before recording leaves the claim to run out: the mail goes once more, with its Message-ID.
 */
@Injectable()
export class MailDispatcher {
  private readonly logger = new Logger(MailDispatcher.name);
  private readonly retry: RetryPolicy;

  constructor(
    private readonly outbox: MailOutboxRepository,
    private readonly composer: MailComposer,
    private readonly transport: MailTransport,
    private readonly unit: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.retry = {
      baseMs: config.mail.retryBaseMs,
      capMs: config.mail.retryCapMs,
      maxAttempts: config.mail.maxAttempts,
    };
  }

  /** How long a claim lasts. */
  get leaseMs(): number {
    return this.config.mail.sendTimeoutMs * SEND_PHASES + LEASE_MARGIN_MS;
  }

  /**
   * Claims one round of due mail and sends it on SEND_LANES lanes at once (one SMTP connection each); how many were
   * claimed. `stopping` is asked before each send; what was not sent is handed back once the lanes are idle.
   */
  async sendDue(leaseId: string, stopping: () => boolean): Promise<number> {
    const claimed = await this.outbox.claimDue(leaseId, CLAIM_BATCH, this.leaseMs);
    const waiting = [...claimed];
    let stopped = false;
    const lane = async () => {
      for (let mail = waiting.shift(); mail; mail = waiting.shift()) {
        if (stopping()) {
          stopped = true;
          return;
        }
        await this.dispatch(mail, leaseId);
      }
    };
    const lanes = await Promise.allSettled(Array.from({ length: SEND_LANES }, lane));
    if (stopped) await this.outbox.release(leaseId);
    const failure = lanes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
    return claimed.length;
  }

  async dispatch(mail: QueuedMail, leaseId: string): Promise<MailOutcome> {
    let composition: Composition;
    try {
      composition = await this.composer.compose(mail);
    } catch (error) {
      this.logger.error(`mail ${mail.id} could not be composed: ${(error as Error).message}`);
      return this.failed(mail, leaseId, 'Not sent: the mail could not be put together; it will be tried again.', false);
    }
    if (composition.kind === 'skip') {
      const recorded = await this.unit.run((manager) =>
        this.outbox.recordSkipped(manager, mail.id, leaseId, composition.reason),
      );
      return recorded ? 'skipped' : 'lost';
    }

    const composed = composition.mail;
    const result = await this.transport.send({ ...composed, mailId: mail.id, messageId: mail.messageId });
    if (!result.ok) return this.failed(mail, leaseId, result.response, result.permanent);
    const recorded = await this.unit.run((manager) =>
      this.outbox.recordSent(manager, mail.id, leaseId, {
        response: result.response,
        toAddress: composed.to,
        bulletinIds: composed.bulletinIds,
      }),
    );
    return recorded ? 'sent' : 'lost';
  }

  private async failed(mail: QueuedMail, leaseId: string, response: string, permanent: boolean): Promise<MailOutcome> {
    const retryIn = permanent ? null : retryDelayMs(this.retry, mail.attempts + 1);
    const recorded = await this.unit.run((manager) =>
      this.outbox.recordFailed(manager, mail.id, leaseId, response, retryIn),
    );
    if (!recorded) return 'lost';
    return retryIn === null ? 'dead' : 'failed';
  }
}
