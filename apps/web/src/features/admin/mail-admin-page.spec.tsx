import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fultonClerkAnswer } from '@web/auth/viewer-fixtures';
import * as zones from '@web/features/mail/time-zones';
import { GEORGIA, renderWithApi } from './admin-test-kit';
import {
  CREATE_MAILBOX,
  CREATE_MAILBOX_SUBSCRIPTION,
  MAIL_ADMIN_CONTEXT,
  ORGANIZATION_MAILBOXES,
  ORGANIZATION_MAILS,
  SET_ORGANIZATION_MAIL_DETAIL,
} from './mail-admin-queries';
import { MailAdminPage } from './mail-admin-page';

const MAILBOX_ID = 'd0000000-0000-4000-8000-000000000001';

const context: MockLink.MockedResponse = {
  request: { query: MAIL_ADMIN_CONTEXT },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        organization: { __typename: 'Organization', ...GEORGIA, vettedTier: 'AMBER_STRICT', mailDetail: 'STANDARD' },
      },
    },
  },
};

const noMails: MockLink.MockedResponse = {
  request: { query: ORGANIZATION_MAILS, variables: { first: 25, after: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      organizationMails: {
        __typename: 'MailRecordConnection',
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
};

const HOURLY = {
  immediateMinSeverity: null,
  digest: 'HOURLY',
  digestHour: 7,
  timeZone: 'America/New_York',
} as const;

const subscription = {
  __typename: 'MailboxSubscription',
  id: 'e0000000-0000-4000-8000-000000000001',
  name: 'Georgia, high and above',
  createdAt: '2026-12-07T12:00:00.000Z',
  filter: {
    __typename: 'EventFilter',
    categories: null,
    minSeverity: 'HIGH',
    jurisdictions: null,
    originatorIds: null,
    tiers: null,
    tags: null,
    types: null,
  },
  mail: { __typename: 'MailDelivery', ...HOURLY, nextDigestAt: '2026-12-07T13:00:00.000Z' },
};

const mailbox = (subscriptions: unknown[]) => ({
  __typename: 'OrganizationMailbox',
  id: MAILBOX_ID,
  name: 'Elections office',
  address: 'elections@sos.ga.gov',
  active: true,
  createdAt: '2026-12-07T12:00:00.000Z',
  subscriptions,
});

const mailboxes = (list: unknown[]): MockLink.MockedResponse => ({
  request: { query: ORGANIZATION_MAILBOXES },
  result: { data: { organizationMailboxes: list } },
});

describe('organization e-mail', () => {
  beforeEach(() => {
    vi.spyOn(zones, 'browserTimeZone').mockReturnValue('America/New_York');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('explains each level of detail in words, and saves the one chosen', async () => {
    const save: MockLink.MockedResponse = {
      request: { query: SET_ORGANIZATION_MAIL_DETAIL, variables: { input: { detail: 'HEADLINES' } } },
      result: {
        data: { setOrganizationMailDetail: { __typename: 'Organization', id: GEORGIA.id, mailDetail: 'HEADLINES' } },
      },
    };
    renderWithApi(<MailAdminPage />, [context, mailboxes([]), noMails, save]);
    const panel = await screen.findByRole('region', { name: 'What e-mail may say' });
    expect(panel).toHaveTextContent('a TLP:RED bulletin’s e-mail says only that it awaits in Bulwark');
    expect(within(panel).getByRole('radio', { name: 'Standard' })).toBeChecked();
    expect(panel).toHaveTextContent('For TLP:CLEAR and TLP:GREEN bulletins, the short summary as well.');
    expect(panel).toHaveTextContent('Never a summary, at any tier.');
    expect(panel).toHaveTextContent('Only that a bulletin awaits in Bulwark, its sharing tier and a link: no title.');
    const saveButton = within(panel).getByRole('button', { name: 'Save' });
    expect(saveButton).toBeDisabled();
    await userEvent.click(within(panel).getByRole('radio', { name: 'Headlines only' }));
    await userEvent.click(saveButton);
    expect(await within(panel).findByRole('status')).toHaveTextContent(
      'Saved: e-mail to Georgia Secretary of State is now “Headlines only”.',
    );
    await waitFor(() => expect(saveButton).toBeDisabled());
    expect(await screen.findByText('No e-mail sent yet.')).toBeVisible();
  });

  it('adds a shared mailbox, then a subscription with the feed’s filters and a delivery', async () => {
    const create: MockLink.MockedResponse = {
      request: {
        query: CREATE_MAILBOX,
        variables: { input: { name: 'Elections office', address: 'elections@sos.ga.gov' } },
      },
      result: { data: { createOrganizationMailbox: mailbox([]) } },
    };
    const subscribe: MockLink.MockedResponse = {
      request: {
        query: CREATE_MAILBOX_SUBSCRIPTION,
        variables: {
          input: {
            mailboxId: MAILBOX_ID,
            name: 'Georgia, high and above',
            filter: { minSeverity: 'HIGH' },
            delivery: HOURLY,
          },
        },
      },
      result: { data: { createMailboxSubscription: subscription } },
    };
    renderWithApi(<MailAdminPage />, [
      context,
      fultonClerkAnswer(['ORG_ADMIN'], ['ORG_USERS_MANAGE']),
      mailboxes([]),
      noMails,
      create,
      mailboxes([mailbox([])]),
      subscribe,
      mailboxes([mailbox([subscription])]),
    ]);
    const section = await screen.findByRole('region', { name: 'Shared mailboxes' });
    expect(section).toHaveTextContent('never a TLP:RED bulletin');
    expect(await within(section).findByText('No shared mailboxes yet.')).toBeVisible();
    await userEvent.click(within(section).getByRole('button', { name: 'Add a mailbox' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a shared mailbox' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Elections office');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^E-mail address/ }), 'Elections@SOS.ga.gov');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add the mailbox' }));
    const item = await within(section).findByRole('listitem', { name: 'Elections office' });
    expect(item).toHaveTextContent('No subscriptions: nothing is sent');

    await userEvent.click(within(item).getByRole('button', { name: 'Add a subscription to Elections office' }));
    const form = await screen.findByRole('dialog', { name: 'Add a subscription to “Elections office”' });
    await userEvent.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Georgia, high and above');
    // The feed editor's own filter controls.
    const filters = within(form).getByRole('region', { name: 'Filters' });
    await userEvent.click(within(filters).getByRole('textbox', { name: 'Minimum severity' }));
    await userEvent.click(await screen.findByRole('option', { name: 'High and above', hidden: true }));
    await userEvent.click(within(form).getByRole('radio', { name: 'Hourly digest' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Add the subscription' }));

    const added = await within(section).findByRole('listitem', { name: 'Georgia, high and above' });
    expect(added).toHaveTextContent('High severity and above');
    expect(added).toHaveTextContent('Hourly digest');
    expect(added).toHaveTextContent('Next digest: Mon, Dec 7, 8:00 AM EST');
    expect(form).not.toBeInTheDocument();
  }, 20_000);
});
