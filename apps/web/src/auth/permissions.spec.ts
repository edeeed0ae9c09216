import { describe, expect, it } from 'vitest';
import type { Permission } from '@web/graphql/generated/graphql';
import { administrationPages, menuPages } from './permissions';

const menu = (permissions: Permission[]) => menuPages({ permissions }).map((page) => `${page.label} → ${page.to}`);

describe('menuPages', () => {
  it("gives a clerk reporting and their office's reports, nothing of bulletins or administration", () => {
    expect(menu(['BULLETIN_READ', 'INCIDENT_REPORT'])).toEqual([
      'Report an incident → /incidents/new',
      'Incident reports → /incidents',
    ]);
  });

  it('takes a handler\'s "Incident reports" to the triage queue, whose page offers reporting', () => {
    expect(menu(['BULLETIN_READ', 'BULLETIN_DRAFT', 'INCIDENT_REPORT', 'INCIDENT_TRIAGE'])).toEqual([
      'Write a bulletin → /compose',
      'My drafts → /drafts',
      'Incident reports → /incidents/queue',
    ]);
  });

  it("gives an organization's administrator one Administration section, whose tabs are the pages they may open", () => {
    const admin: Permission[] = ['ORG_USERS_MANAGE', 'ORG_WEBHOOKS_MANAGE'];
    expect(menu(admin)).toEqual(['Administration → /admin']);
    expect(administrationPages({ permissions: admin }).map((page) => `${page.label} → ${page.to}`)).toEqual([
      'Users → /admin/users',
      'Webhooks → /admin/webhooks',
      'E-mail → /admin/mail',
    ]);
    expect(administrationPages({ permissions: ['ORGANIZATIONS_MANAGE'] }).map((page) => page.label)).toEqual([
      'Organizations',
    ]);
  });

  it('never lists a page without its permission', () => {
    expect(menu([])).toEqual([]);
    expect(administrationPages({ permissions: ['BULLETIN_READ', 'INCIDENT_REPORT'] })).toEqual([]);
    expect(menu(['INCIDENT_TRIAGE']), 'the queue under its own name when it replaces nothing').toEqual([
      'Triage queue → /incidents/queue',
    ]);
  });
});
