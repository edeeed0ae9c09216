import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@web/api/api-error';
import type { UpdateBulletinInput } from '@web/graphql/generated/graphql';
import type { DraftBulletin } from './compose-query';
import { DraftEditor, type EditorViewer } from './draft-editor';
import { AUTOSAVE_DELAY_MS, type DraftApi } from './use-draft-autosave';

const CISA = { id: '0b5f2c1e-1111-4c1e-9a0e-000000000001', name: 'CISA', shortName: 'CISA' };
const viewer: EditorViewer = { organization: CISA, clearance: 'RED' };
const SAVE_WAIT = { timeout: AUTOSAVE_DELAY_MS + 2_000 };

function aDraft(overrides: Partial<DraftBulletin> = {}): DraftBulletin {
  return {
    id: 'd7e1b7a0-2222-4c1e-9a0e-000000000002',
    version: 1,
    status: 'DRAFT',
    title: 'Phishing aimed at county election staff',
    summary: 'Emails pretending to be the state office ask for passwords.',
    body: '## What happened\n\nSee below.',
    bodyHtml: '<h2>What happened</h2>\n<p>See below.</p>\n',
    category: 'CYBER_THREAT',
    severity: 'HIGH',
    tier: 'GREEN',
    jurisdictions: [],
    tags: [],
    references: [],
    expiresAt: null,
    updatedAt: '2026-12-05T10:00:00.000Z',
    originators: [{ id: CISA.id, name: CISA.name, shortName: CISA.shortName, kind: 'FEDERAL' }],
    recipientOrganizations: [],
    recipientUserIds: [],
    indicators: [],
    reviewComments: null,
    ...overrides,
  };
}

/** A server that keeps one draft: each save bumps its version, as the API does. */
function fakeApi(start: DraftBulletin | null = null) {
  let stored = start;
  const saved = (input: Partial<UpdateBulletinInput>) => {
    const base = stored ?? aDraft({ version: 0 });
    const { expectedVersion: _expected, id: _id, indicators, ...fields } = input;
    stored = {
      ...base,
      ...(fields as Partial<DraftBulletin>),
      ...(indicators && { indicators: indicators.map((i) => ({ __typename: 'Indicator' as const, ...i })) }),
      version: base.version + 1,
    };
    return stored;
  };
  const api = {
    create: vi.fn((input) => Promise.resolve(saved(input))),
    update: vi.fn((input) => Promise.resolve(saved(input))),
    fetch: vi.fn(() => Promise.resolve(stored)),
    submit: vi.fn(() => Promise.resolve({ ...(stored ?? aDraft()), status: 'IN_REVIEW' as const })),
  } satisfies DraftApi;
  return {
    api,
    /** Someone else saves in between: the server's version moves on. */
    changeElsewhere: (fields: Partial<DraftBulletin>) => {
      stored = { ...(stored ?? aDraft()), ...fields, version: (stored?.version ?? 0) + 1 };
    },
  };
}

function show(api: DraftApi, initial: DraftBulletin | null = null, onCreated = vi.fn()) {
  render(
    <MantineProvider>
      <MockedProvider mocks={[]}>
        <MemoryRouter>
          <DraftEditor api={api} viewer={viewer} initial={initial} onCreated={onCreated} />
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
  return onCreated;
}

const field = (name: RegExp) => screen.getByRole('textbox', { name });
const saveStatus = () => screen.getByTestId('save-status');
/** Replaces a field's text in one change, as a paste does. */
const paste = (name: RegExp, text: string) => fireEvent.change(field(name), { target: { value: text } });

describe('DraftEditor saving as you go', () => {
  it('creates the draft once it has a title and a summary, then updates it with the version it was given', async () => {
    const server = fakeApi();
    const onCreated = show(server.api);
    expect(saveStatus()).toHaveTextContent('Not saved yet. Give it a title of at least 3 characters.');

    paste(/^Title/, 'Phishing aimed at county election staff');
    paste(/^Summary/, 'Emails pretending to be the state office ask for passwords.');
    await waitFor(() => expect(server.api.create).toHaveBeenCalledOnce(), SAVE_WAIT);
    expect(server.api.create.mock.calls[0]?.[0]).toMatchObject({
      title: 'Phishing aimed at county election staff',
      tier: 'GREEN',
      originatorOrganizationIds: [CISA.id],
      // GREEN goes to everyone it reaches: no recipient lists, sent empty so a tier change clears them.
      recipientOrganizationIds: [],
      recipientUserIds: [],
    });
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Draft saved at/));
    expect(onCreated).toHaveBeenCalledWith(aDraft().id);

    paste(/^Text/, '## What to do\n\nReport it.');
    await waitFor(() => expect(server.api.update).toHaveBeenCalledOnce(), SAVE_WAIT);
    expect(server.api.update.mock.calls[0]?.[0]).toMatchObject({
      id: aDraft().id,
      expectedVersion: 1,
      body: '## What to do\n\nReport it.',
    });
    expect(server.api.create).toHaveBeenCalledOnce();
  });

  it('waits for a quiet moment: a burst of typing is one save', async () => {
    const server = fakeApi(aDraft());
    show(server.api, aDraft());
    const user = userEvent.setup();
    await user.type(field(/^Title/), ' today');
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Draft saved/), SAVE_WAIT);
    await waitFor(() => expect(server.api.update).toHaveBeenCalled(), SAVE_WAIT);
    expect(server.api.update).toHaveBeenCalledOnce();
    expect(server.api.update.mock.calls[0]?.[0]).toMatchObject({
      title: 'Phishing aimed at county election staff today',
      expectedVersion: 1,
    });
  });

  it('on CONFLICT shows both versions side by side and sends nothing until the writer chooses', async () => {
    const server = fakeApi(aDraft({ version: 3 }));
    server.changeElsewhere({
      title: 'Phishing aimed at election staff in three states',
      updatedAt: '2026-12-05T10:05:00Z',
    });
    server.api.update.mockRejectedValueOnce(new ApiError('CONFLICT', 'The bulletin was changed.', 'req-1'));
    show(server.api, aDraft({ version: 3 }));

    paste(/^Title/, 'Phishing aimed at Georgia county staff');
    const conflict = await screen.findByRole('alert', { name: 'Someone else changed this draft' }, SAVE_WAIT);
    expect(server.api.fetch).toHaveBeenCalledWith(aDraft().id);
    expect(saveStatus()).toHaveTextContent('Not saved: someone else changed this draft.');
    const mine = within(conflict).getByText('Yours (not saved)').parentElement;
    const theirs = within(conflict).getByText('Saved (version 4)').parentElement;
    expect(mine).toHaveTextContent('Phishing aimed at Georgia county staff');
    expect(theirs).toHaveTextContent('Phishing aimed at election staff in three states');
    // Only what differs is compared.
    expect(
      within(conflict)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Title']);

    // More typing while the choice is open saves nothing either.
    paste(/^Summary/, 'Changed while the conflict is open.');
    await act(() => new Promise((wait) => setTimeout(wait, AUTOSAVE_DELAY_MS + 300)));
    expect(server.api.update).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeDisabled();

    await userEvent.click(within(conflict).getByRole('button', { name: 'Keep my version' }));
    await waitFor(() => expect(server.api.update).toHaveBeenCalledTimes(2), SAVE_WAIT);
    expect(server.api.update.mock.calls[1]?.[0]).toMatchObject({
      expectedVersion: 4,
      title: 'Phishing aimed at Georgia county staff',
      summary: 'Changed while the conflict is open.',
    });
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Draft saved/));
    expect(screen.queryByRole('alert', { name: 'Someone else changed this draft' })).not.toBeInTheDocument();
  });

  it('taking the saved version replaces the page with it and sends nothing', async () => {
    const server = fakeApi(aDraft({ version: 3 }));
    server.changeElsewhere({ title: 'Their title for it' });
    server.api.update.mockRejectedValueOnce(new ApiError('CONFLICT', 'The bulletin was changed.'));
    show(server.api, aDraft({ version: 3 }));

    paste(/^Title/, 'My title for it');
    const conflict = await screen.findByRole('alert', { name: 'Someone else changed this draft' }, SAVE_WAIT);
    await userEvent.click(within(conflict).getByRole('button', { name: 'Use the saved version' }));
    expect(field(/^Title/)).toHaveValue('Their title for it');
    expect(saveStatus()).toHaveTextContent(/^Draft saved/);

    // The next change goes on top of the version just taken.
    paste(/^Title/, 'Their title for it, edited');
    await waitFor(() => expect(server.api.update).toHaveBeenCalledTimes(2), SAVE_WAIT);
    expect(server.api.update.mock.calls[1]?.[0]).toMatchObject({ expectedVersion: 4 });
  });

  it('a draft that was submitted meanwhile cannot be saved over: it says so, and offers no "keep mine"', async () => {
    const server = fakeApi(aDraft());
    server.changeElsewhere({ status: 'IN_REVIEW' });
    server.api.update.mockRejectedValueOnce(new ApiError('CONFLICT', 'Only a draft can be edited.'));
    show(server.api, aDraft());

    paste(/^Title/, 'A late change');
    const conflict = await screen.findByRole('alert', { name: 'Someone else changed this draft' }, SAVE_WAIT);
    expect(conflict).toHaveTextContent('can no longer be edited here');
    expect(within(conflict).queryByRole('button', { name: 'Keep my version' })).not.toBeInTheDocument();
    expect(within(conflict).getByRole('link', { name: 'Open the bulletin' })).toBeInTheDocument();
  });

  it('another failure keeps the text on the page, says why, and tries again only when asked', async () => {
    const server = fakeApi(aDraft());
    server.api.update.mockRejectedValueOnce(new ApiError('NETWORK', 'Bulwark cannot be reached.'));
    show(server.api, aDraft());
    paste(/^Title/, 'Phishing, updated');
    await waitFor(() => expect(saveStatus()).toHaveTextContent('Not saved: Bulwark cannot be reached.'), SAVE_WAIT);
    await act(() => new Promise((wait) => setTimeout(wait, AUTOSAVE_DELAY_MS + 300)));
    expect(server.api.update).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(saveStatus()).toHaveTextContent(/^Draft saved/));
    expect(server.api.update.mock.calls[1]?.[0]).toMatchObject({ title: 'Phishing, updated', expectedVersion: 1 });
  });
});

describe('DraftEditor indicators and submitting', () => {
  it('names the bad line, refuses to submit until it is fixed, then submits the saved version', async () => {
    const server = fakeApi(aDraft());
    show(server.api, aDraft());
    paste(/^Indicators/, '203.0.113.7\nscan-relay.example\n203.0.113.300\nCVE-2024-3400');

    expect(screen.getByTestId('indicator-summary')).toHaveTextContent('3 indicators ready · 1 line to fix');
    const lines = screen.getByRole('list', { name: 'Lines to fix' });
    expect(lines).toHaveTextContent("Line 3 203.0.113.300 IPv4 octet '300' is out of range 0–255.");
    const submit = screen.getByRole('button', { name: 'Submit for review' });
    expect(submit).toBeDisabled();
    expect(screen.getByRole('link', { name: 'Fix or remove indicator line 3.' })).toHaveAttribute(
      'href',
      '#draft-indicators',
    );

    paste(/^Indicators/, '203.0.113.7\nscan-relay.example\n203.0.113.30\nCVE-2024-3400');
    expect(screen.queryByRole('list', { name: 'Lines to fix' })).not.toBeInTheDocument();
    await waitFor(() => expect(server.api.update).toHaveBeenCalledOnce(), SAVE_WAIT);
    expect(server.api.update.mock.calls[0]?.[0].indicators).toEqual([
      { type: 'IPV4', value: '203.0.113.7' },
      { type: 'DOMAIN', value: 'scan-relay.example' },
      { type: 'IPV4', value: '203.0.113.30' },
      { type: 'CVE', value: 'CVE-2024-3400' },
    ]);
    await waitFor(() => expect(submit).toBeEnabled());
    await userEvent.click(submit);
    await screen.findByRole('heading', { name: 'Submitted for review' });
    expect(server.api.submit).toHaveBeenCalledWith({ id: aDraft().id, expectedVersion: 2 });
  });

  it('while indicator lines are bad, saves the rest and leaves the saved indicators alone', async () => {
    const server = fakeApi(aDraft());
    show(server.api, aDraft());
    paste(/^Indicators/, '203.0.113.7\nnot-a-thing');
    paste(/^Title/, 'Phishing aimed at county election staff, updated');
    await waitFor(() => expect(server.api.update).toHaveBeenCalledOnce(), SAVE_WAIT);
    expect(server.api.update.mock.calls[0]?.[0]).not.toHaveProperty('indicators');
    await waitFor(() => expect(saveStatus()).toHaveTextContent('without the new indicators'));
  });

  it('an AMBER+STRICT draft is not saved until it names a recipient organization', async () => {
    const server = fakeApi(aDraft());
    show(server.api, aDraft());
    await userEvent.click(screen.getByRole('radio', { name: 'TLP:AMBER+STRICT' }));
    expect(saveStatus()).toHaveTextContent('Latest changes not saved. Choose at least one recipient organization');
    await act(() => new Promise((wait) => setTimeout(wait, AUTOSAVE_DELAY_MS + 300)));
    expect(server.api.update).not.toHaveBeenCalled();
    expect(
      within(screen.getByRole('region', { name: 'Recipients' })).getByRole('searchbox', {
        name: /^Find organizations/,
      }),
    ).toBeInTheDocument();
  });
});
