import { Injectable } from '@nestjs/common';
import { Category, IncidentCategory, Severity, Tier, VotingImpact } from '@bulwark/domain';
import { plainToInstance } from 'class-transformer';
import type { RequestViewer } from '@api/auth/request-viewer';
import { notFound } from '@api/common/app-errors';
import { AuditAction, AuditTargetType } from '@api/modules/audit/audit-action';
import { BulletinLifecycleService } from '@api/modules/bulletins/bulletin-lifecycle.service';
import { BulletinsService } from '@api/modules/bulletins/bulletins.service';
import { CreateBulletinInput } from '@api/modules/bulletins/dto/bulletin-content.input';
import type { Bulletin } from '@api/modules/bulletins/models/bulletin.model';
import type { DraftBulletinFromIncidentInput } from './dto/draft-bulletin-from-incident.input';
import { neutralOfficeDescription, withoutReporter } from './incident-draft-anonymiser';
import { type DraftSource, IncidentDraftRepository } from './incident-draft.repository';
import { IncidentsService } from './incidents.service';

const CATEGORY_OF: Readonly<Record<IncidentCategory, Category>> = {
  [IncidentCategory.CYBER_THREAT]: Category.CYBER_THREAT,
  [IncidentCategory.VULNERABILITY]: Category.VULNERABILITY,
  [IncidentCategory.FOREIGN_INFLUENCE]: Category.FOREIGN_INFLUENCE,
  [IncidentCategory.PHYSICAL_THREAT]: Category.PHYSICAL_THREAT,
  [IncidentCategory.OPERATIONAL_ISSUE]: Category.OPERATIONAL_ISSUE,
  [IncidentCategory.GENERAL]: Category.GENERAL,
  [IncidentCategory.EQUIPMENT_FAILURE]: Category.OPERATIONAL_ISSUE,
  [IncidentCategory.VOTER_FACING_DISRUPTION]: Category.OPERATIONAL_ISSUE,
};

/** A first guess for the handler to correct: halted voting is serious whatever the cause. */
const SEVERITY_OF: Readonly<Record<VotingImpact, Severity>> = {
  [VotingImpact.NONE]: Severity.LOW,
  [VotingImpact.DEGRADED]: Severity.MEDIUM,
  [VotingImpact.HALTED]: Severity.HIGH,
};

const IMPACT_WORDS: Readonly<Record<VotingImpact, string>> = {
  [VotingImpact.NONE]: 'none reported',
  [VotingImpact.DEGRADED]: 'degraded',
  [VotingImpact.HALTED]: 'halted',
};

/**
 * "Draft a bulletin from this report" (issue 17): the report's text and indicators, carried into a draft of the
 * handler's organization by createBulletin's own path, so review, R7 and the two-person rule apply as to any draft.
 * The reporting office is described, never named, unless the reporter agreed; the reporter is never named, nor
 * their email. The link from report to draft is written, and audited, in the draft's transaction.
 */
@Injectable()
export class IncidentDraftService {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly drafts: IncidentDraftRepository,
    private readonly lifecycle: BulletinLifecycleService,
    private readonly bulletins: BulletinsService,
  ) {}

  async draft(viewer: RequestViewer, input: DraftBulletinFromIncidentInput): Promise<Bulletin> {
    await this.incidents.requireHandler(viewer, input.id, AuditAction.INCIDENT_BULLETIN_DRAFTED);
    const source = await this.drafts.sourceOf(input.id);
    if (!source) throw notFound('Incident report');
    const create = plainToInstance(CreateBulletinInput, draftContent(source, input.tier ?? Tier.GREEN));
    const bulletinId = await this.lifecycle.create(viewer, create, async (manager, id) => {
      await this.drafts.link(manager, input.id, id);
      return [
        {
          actor: viewer,
          action: AuditAction.INCIDENT_BULLETIN_DRAFTED,
          targetType: AuditTargetType.INCIDENT_REPORT,
          targetId: input.id,
          details: { bulletinId: id, reportingOfficeNamed: source.report.reporterMayBeNamed },
        },
      ];
    });
    const bulletin = await this.bulletins.getAfterWrite(viewer, bulletinId);
    if (!bulletin) throw notFound('Bulletin');
    return bulletin;
  }
}

/** The draft's fields: exported for its unit test, which checks that nothing names the reporter. */
export function draftContent(source: DraftSource, tier: Tier): Partial<CreateBulletinInput> {
  const { report, office, person } = source;
  const named = report.reporterMayBeNamed;
  const scrub = (text: string): string =>
    named
      ? withoutReporter(text, { ...office, name: '', shortName: '' }, person)
      : withoutReporter(text, office, person);
  const who = named ? office.name : neutralOfficeDescription(office);
  const title = scrub(report.title);
  const body = [
    `${capitalised(who)} reported this incident. It began ${utc(report.startedAt)}; ` +
      `impact on voting operations: ${IMPACT_WORDS[report.impact]}.`,
    '## What was reported',
    scrub(report.description),
  ].join('\n\n');
  return {
    title,
    summary: `${capitalised(who)} reported: ${title}`.slice(0, 2000),
    body,
    category: CATEGORY_OF[report.category],
    severity: SEVERITY_OF[report.impact],
    tier,
    // A state names the office's whereabouts more closely than the neutral description does.
    jurisdictions: named && report.jurisdiction ? [report.jurisdiction] : [],
    tags: ['from-incident-report'],
    indicators: report.indicators.map(({ type, value }) => ({ type, value })),
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function utc(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
