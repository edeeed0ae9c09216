import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fultonClerkAnswer } from '@web/auth/viewer-fixtures';
import { renderWithApi } from '@web/features/admin/admin-test-kit';
import { FeedMailSettings } from './feed-mail-settings';
import { FEED_MAIL, SET_FEED_MAIL_DELIVERY } from './mail-queries';
import * as zones from './time-zones';

const FEED_ID = 'f0000000-0000-4000-8000-000000000001';
const NO_MAIL = {
  __typename: 'MailDelivery',
  immediateMinSeverity: null,
  digest: 'NONE',
  digestHour: 7,
  timeZone: 'UTC',
  nextDigestAt: null,
};
const URGENT_THEN_DAILY = {
  immediateMinSeverity: 'HIGH',
  digest: 'DAILY',
  digestHour: 6,
  timeZone: 'America/Chicago',
} as const;

function feedMail(mail: object): MockLink.MockedResponse {
  return {
    request: { query: FEED_MAIL, variables: { id: FEED_ID } },
    result: { data: { feed: { __typename: 'Feed', id: FEED_ID, mail } } },
  };
}

const setDelivery = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: SET_FEED_MAIL_DELIVERY, variables: { input: { feedId: FEED_ID, delivery: URGENT_THEN_DAILY } } },
  result,
});

async function chooseUrgentThenDaily() {
  await userEvent.click(await screen.findByRole('button', { name: 'Set up e-mail' }));
  const dialog = await screen.findByRole('dialog', { name: 'E-mail for “Georgia, high and above”' });
  // The address comes with the viewer's own query, which may answer after the feed's.
  await waitFor(() => expect(dialog).toHaveTextContent('to clerk@fulton.ga.demo'));
  // The hour and zone are asked for only when a daily digest is chosen.
  expect(within(dialog).queryByRole('combobox', { name: 'Daily digest at' })).not.toBeInTheDocument();
  await userEvent.click(
    within(dialog).getByRole('radio', { name: 'Immediately for HIGH and CRITICAL, the rest in a daily digest' }),
  );
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Daily digest at' }), '6');
  // The browser's own time zone by default.
  expect(within(dialog).getByRole('textbox', { name: 'Time zone' })).toHaveValue('Central Time (Chicago)');
  expect(within(dialog).getByTestId('next-digest')).toHaveTextContent(/Next digest: \w{3}, \w{3} \d+, 6:00 AM CST/);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Save e-mail settings' }));
  return dialog;
}

describe('a saved feed’s e-mail', () => {
  beforeEach(() => {
    vi.spyOn(zones, 'browserTimeZone').mockReturnValue('America/Chicago');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('saves the HIGH-and-above-at-once, daily-digest preset, then says so with the next digest', async () => {
    const saved = {
      __typename: 'Feed',
      id: FEED_ID,
      mail: { __typename: 'MailDelivery', ...URGENT_THEN_DAILY, nextDigestAt: '2026-12-08T12:00:00.000Z' },
    };
    renderWithApi(<FeedMailSettings feedId={FEED_ID} feedName="Georgia, high and above" />, [
      fultonClerkAnswer(['VIEWER'], ['FEED_MANAGE_OWN']),
      feedMail(NO_MAIL),
      setDelivery({ data: { setFeedMailDelivery: saved } }),
    ]);
    expect(await screen.findByTestId('feed-mail-summary')).toHaveTextContent(
      'No e-mail: new bulletins show here only.',
    );
    const dialog = await chooseUrgentThenDaily();

    const confirmation = await screen.findByRole('status');
    expect(confirmation).toHaveTextContent(
      'Saved: Immediately for HIGH and CRITICAL, the rest in a daily digest at 6:00 AM, Central Time (Chicago). Next digest: Tue, Dec 8, 6:00 AM CST.',
    );
    expect(within(confirmation).getByRole('link', { name: 'See the e-mail sent to you' })).toHaveAttribute(
      'href',
      '/account/mail',
    );
    expect(dialog).not.toBeInTheDocument();
    expect(screen.getByTestId('feed-mail-summary')).toHaveTextContent('Next digest: Tue, Dec 8, 6:00 AM CST');
    expect(screen.getByRole('button', { name: 'Change e-mail' })).toBeEnabled();
  });

  it('keeps the dialog open with the API’s refusal, in words and with its code', async () => {
    renderWithApi(<FeedMailSettings feedId={FEED_ID} feedName="Georgia, high and above" />, [
      fultonClerkAnswer(['VIEWER'], ['FEED_MANAGE_OWN']),
      feedMail(NO_MAIL),
      setDelivery({
        errors: [
          new GraphQLError('timeZone must be an IANA time zone, e.g. America/New_York', {
            extensions: { code: 'BAD_USER_INPUT', requestId: 'req-7' },
          }),
        ],
      }),
    ]);
    const dialog = await chooseUrgentThenDaily();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Something in the request needs changing');
    expect(alert).toHaveTextContent('timeZone must be an IANA time zone');
    expect(alert).toHaveTextContent('Code BAD_USER_INPUT');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('describes a delivery set through the API, and offers the presets to change it', async () => {
    renderWithApi(<FeedMailSettings feedId={FEED_ID} feedName="Everything" />, [
      fultonClerkAnswer(['VIEWER'], ['FEED_MANAGE_OWN']),
      feedMail({
        ...NO_MAIL,
        immediateMinSeverity: 'CRITICAL',
        digest: 'HOURLY',
        nextDigestAt: '2026-12-08T12:00:00.000Z',
      }),
    ]);
    expect(await screen.findByTestId('feed-mail-summary')).toHaveTextContent(
      'Immediately for CRITICAL, the rest in an hourly digest',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Change e-mail' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'Set now (through the API): Immediately for CRITICAL, the rest in an hourly digest',
    );
    expect(within(dialog).getByRole('button', { name: 'Save e-mail settings' })).toBeDisabled();
    expect(
      within(dialog)
        .getAllByRole('radio')
        .filter((radio) => (radio as HTMLInputElement).checked),
    ).toEqual([]);
  });
});
