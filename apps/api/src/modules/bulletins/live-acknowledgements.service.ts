import { Injectable } from '@nestjs/common';
import type { RequestViewer, ViewerCarrier } from '@api/auth/request-viewer';
import { StandingCredentials, tokenExpired } from '@api/auth/standing-credentials';
import { badInput, ErrorCode, forbidden, notFound } from '@api/common/app-errors';
import type { PushChannel } from '@api/graphql/push/push-channel';
import { Pushed } from '@api/graphql/push/pushed';
import { RequestLoaders } from '@api/graphql/request-loaders';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { AuditService } from '@api/modules/audit/audit.service';
import { AcknowledgementWatch } from './acknowledgement-watch';
import { AcknowledgementsService } from './acknowledgements.service';
import { BulletinsService } from './bulletins.service';
import type { Bulletin } from './models/bulletin.model';

/** The socket a subscription runs on. */
export interface ReportSocket {
  push?: PushChannel;
  signal?: AbortSignal;
  closeSocket?: (code: number, reason: string) => void;
}

/**
 * A bulletin's acknowledgement report, live: pushed at once, then each time it changes (a receipt, or a new revision
 * that resets it), from any instance (AcknowledgementWatch). Before each push the subscriber is authenticated again
 * and checked again, as they are then (R8, R17): exactly who may read `Bulletin.acknowledgements`, publishers of
 * an originating organization, on a bulletin they may read (else NOT_FOUND, R15). A failed check ends the
 * subscription with its error.
 */
@Injectable()
export class LiveAcknowledgementsService {
  constructor(
    private readonly bulletins: BulletinsService,
    private readonly reports: AcknowledgementsService,
    private readonly watch: AcknowledgementWatch,
    private readonly credentials: StandingCredentials,
    private readonly audit: AuditService,
  ) {}

  // eslint-disable-next-line require-yield -- graphql-ws needs an iterator; the pushes go through socket.push
  async *stream(carrier: ViewerCarrier, bulletinId: string, socket: ReportSocket): AsyncGenerator<never> {
    const { push, signal, closeSocket } = socket;
    if (!push || !signal) throw badInput('Subscriptions are served over graphql-ws, at /graphql.');
    const credential = await this.credentials.hold(carrier);
    const watcher = this.watch.watch(bulletinId);
    try {
      // Where the report stands before it is first read: a change from here on is pushed again.
      await watcher.begin();
      let viewer = await credential.current();
      // At subscribe: a read of the bulletin, on the record as any (R18), and so is a refusal (R15).
      let bulletin = await this.allowed(viewer, bulletinId, true);
      while (!signal.aborted) {
        const report = await this.reports.report(new RequestLoaders(), bulletin);
        if (signal.aborted) break;
        if (!push.write(await push.render(new Pushed(report, viewer)))) await push.drained();
        await watcher.changed(signal);
        if (signal.aborted) break;
        watcher.seen();
        if (credential.expired()) {
          closeSocket?.(4401, 'Access token expired: refresh it, reconnect and subscribe again.');
          throw tokenExpired();
        }
        // R8, R17: who they are now, and whether they may still read who acknowledged.
        viewer = await credential.current();
        bulletin = await this.allowed(viewer, bulletinId, false);
      }
    } finally {
      watcher.dispose();
    }
  }

  /**
   * The bulletin, if this viewer may read its acknowledgement report: NOT_FOUND when they may not read the
   * bulletin (R15), FORBIDDEN when they may read it but not who received it. `audited`: read and refusals on the
   * record (at subscribe; later pushes carry the report, not the bulletin's text).
   */
  private async allowed(viewer: RequestViewer | null, bulletinId: string, audited: boolean): Promise<Bulletin> {
    if (!viewer) throw notFound('Bulletin');
    const bulletin = audited
      ? await this.bulletins.get(viewer, bulletinId)
      : await this.bulletins.getAfterWrite(viewer, bulletinId);
    if (!bulletin) throw notFound('Bulletin');
    if (!this.reports.mayReport(viewer, bulletin)) {
      const refusal = forbidden('Only publishers of an originating organization see who acknowledged.');
      if (audited) {
        await this.audit.recordDenial(viewer, AuditTargetType.BULLETIN, bulletinId, {
          attempted: AuditAction.BULLETIN_READ,
          answered: ErrorCode.FORBIDDEN,
        });
      }
      throw refusal;
    }
    return bulletin;
  }
}
