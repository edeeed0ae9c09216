import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Permission } from '@bulwark/domain';
import type { RequestViewer } from '@api/auth/request-viewer';
import { notFound } from '@api/common/app-errors';
import { AuditRepository } from './audit.repository';
import { type ChainVerdict, verifyLiveAuditChain } from './audit-verifier';
import { AuditChainScope, type AuditChainVerification } from './models/audit-chain-verification.model';

/**
 * How long one walk of the chain answers every caller. The walk reads every record (a thousand per query) and hashes
 * each: cheap on a small trail, seconds on millions of records. Shared and reused, it runs at most once per this
 * interval per server process, however many administrators open the page, and the answer says when it ran.
 */
export const VERIFICATION_REUSED_FOR_MS = 10 * 60 * 1000;

interface Checked {
  readonly verdict: ChainVerdict;
  readonly checkedAt: Date;
}

/**
 * The audit chain's verdict for administrators (R18), from the same checks as `npm run audit:verify`.
 *
 * The chain is one for the whole platform: every organization's records are links of it. What an organization
 * administrator learns from it is kept to what they need to trust their own trail:
 * - whether the chain is intact (one bit about the platform, which they need: a break anywhere means the records
 *   after it cannot be confirmed, theirs included);
 * - their own organization's newest record the walk confirmed, and on a break their first record it could not:
 *   records they already read through auditEvents.
 * They are not told how many records the chain holds, where it broke, which record broke it or why: those are other
 * organizations' records and volumes. (Positions of their own records are global numbers and already hint at the
 * platform's volume between them; this answer adds nothing to that.) A platform administrator, who reads every
 * record anyway, gets the position of the break and its reason.
 */
@Injectable()
export class AuditChainVerificationService {
  private last: Checked | null = null;
  private running: Promise<Checked> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  async verification(viewer: RequestViewer): Promise<AuditChainVerification> {
    const platform = viewer.permissions.includes(Permission.PLATFORM_AUDIT_READ);
    // A viewer without an organization (none today) is told nothing rather than everything.
    if (!platform && !viewer.organizationId) throw notFound('Audit chain');
    const { verdict, checkedAt } = await this.checked();
    const verifiedPosition = String(verdict.records);
    const base = {
      intact: verdict.intact,
      checkedAt,
      reusedUntil: new Date(checkedAt.getTime() + VERIFICATION_REUSED_FOR_MS),
    };
    if (platform) {
      return {
        ...base,
        scope: AuditChainScope.PLATFORM,
        verifiedThrough: verdict.records > 0 ? await this.point(verifiedPosition) : null,
        firstUnverified: verdict.intact ? null : await this.point(verdict.position),
        reason: verdict.intact ? null : verdict.reason,
      };
    }
    const organizationId = viewer.organizationId as string;
    return {
      ...base,
      scope: AuditChainScope.ORGANIZATION,
      verifiedThrough:
        verdict.records > 0 ? await this.audit.newestOfOrganizationThrough(organizationId, verifiedPosition) : null,
      firstUnverified: verdict.intact
        ? null
        : await this.audit.firstOfOrganizationAfter(organizationId, verifiedPosition),
      reason: null,
    };
  }

  /** Drops the reused answer, so the next caller walks the chain again (tests, and after a repair). */
  forget(): void {
    this.last = null;
  }

  private async checked(): Promise<Checked> {
    if (this.last && Date.now() - this.last.checkedAt.getTime() < VERIFICATION_REUSED_FOR_MS) return this.last;
    // Callers who arrive during a walk wait for it rather than start another.
    this.running ??= verifyLiveAuditChain(this.dataSource)
      .then((verdict) => {
        this.last = { verdict, checkedAt: new Date() };
        return this.last;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async point(position: string): Promise<{ position: string; occurredAt: Date | null }> {
    return (await this.audit.pointAt(position)) ?? { position, occurredAt: null };
  }
}
