import { IncidentCategory, IndicatorType, OrganizationKind, Severity, Tier, VotingImpact } from '@bulwark/domain';
import { describe, expect, it } from 'vitest';
import type { DraftSource } from './incident-draft.repository';
import { draftContent } from './incident-draft.service';

const SOURCE: DraftSource = {
  report: {
    title: 'Phishing wave against Fulton County poll workers',
    description:
      'Dana Whitfield at Fulton County Elections (dana@fultoncountyga.gov) saw 40 emails from vote-gov.example.',
    category: IncidentCategory.EQUIPMENT_FAILURE,
    impact: VotingImpact.HALTED,
    startedAt: new Date('2026-11-03T13:05:00Z'),
    jurisdiction: 'GA',
    reporterMayBeNamed: false,
    indicators: [{ type: IndicatorType.DOMAIN, value: 'vote-gov.example' }],
  },
  office: { name: 'Fulton County Elections', shortName: 'FULTON', kind: OrganizationKind.LOCAL, jurisdiction: 'GA' },
  person: { name: 'Dana Whitfield', email: 'dana@fultoncountyga.gov' },
};

describe('draftContent', () => {
  it('describes the office, names neither it nor the reporter, and keeps the threat', () => {
    const draft = draftContent(SOURCE, Tier.GREEN);
    const text = JSON.stringify(draft);
    for (const word of ['Fulton', 'FULTON', 'Dana', 'Whitfield', 'dana@', 'fultoncountyga.gov', 'Georgia'])
      expect(text).not.toContain(word);
    expect(draft.summary).toBe(
      'A county election office in the Southeast reported: Phishing wave against [the reporting office] poll workers',
    );
    expect(draft.body).toContain('vote-gov.example');
    expect(draft.body).toContain('2026-11-03 13:05 UTC');
    expect(draft.jurisdictions).toEqual([]);
    expect(draft.indicators).toEqual([{ type: IndicatorType.DOMAIN, value: 'vote-gov.example' }]);
    expect(draft).toMatchObject({ tier: Tier.GREEN, severity: Severity.HIGH, category: 'OPERATIONAL_ISSUE' });
  });

  it('names the office, and only the office, when the reporter agreed', () => {
    const draft = draftContent({ ...SOURCE, report: { ...SOURCE.report, reporterMayBeNamed: true } }, Tier.AMBER);
    const text = JSON.stringify(draft);
    expect(draft.summary).toMatch(/^Fulton County Elections reported: /);
    expect(draft.jurisdictions).toEqual(['GA']);
    for (const word of ['Dana', 'Whitfield', 'dana@']) expect(text).not.toContain(word);
  });
});
