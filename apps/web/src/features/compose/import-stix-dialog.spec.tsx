import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ImportStixButton } from './import-stix-dialog';
import { IMPORT_STIX_BUNDLE, STIX_IMPORT_LIMIT, STIX_IMPORT_PREVIEW } from './stix-import-query';

const JSON_TEXT = '{"type":"bundle","id":"bundle--00000000-0000-4000-8000-000000000001","objects":[]}';
const LINK = 'A link between two objects (relationship): Bulwark does not keep links.';
const WHO = 'An organization or person (identity): the draft’s originator is your own organization.';

const skipped = (id: string, type: string, reason: string) => ({
  __typename: 'SkippedStixObject' as const,
  id,
  type,
  reason,
});

const preview: MockLink.MockedResponse = {
  request: { query: STIX_IMPORT_PREVIEW, variables: { json: JSON_TEXT } },
  result: {
    data: {
      stixImportPreview: {
        __typename: 'StixImportPreview',
        title: 'Lures aimed at poll workers',
        tier: 'GREEN',
        category: 'CYBER_THREAT',
        severity: 'MEDIUM',
        indicatorCount: 2,
        skipped: [
          skipped('relationship--1', 'relationship', LINK),
          skipped('identity--1', 'identity', WHO),
          skipped('relationship--2', 'relationship', LINK),
        ],
      },
    },
  },
};

const imported: MockLink.MockedResponse = {
  request: { query: IMPORT_STIX_BUNDLE, variables: { input: { json: JSON_TEXT } } },
  result: {
    data: {
      importStixBundle: {
        __typename: 'StixImportResult',
        bulletin: { __typename: 'Bulletin', id: 'draft-7' },
        skipped: [],
      },
    },
  },
};

/** The server's body limit, as serverInfo answers it: 100 KB, the default. */
const limit: MockLink.MockedResponse = {
  request: { query: STIX_IMPORT_LIMIT },
  result: { data: { serverInfo: { __typename: 'ServerInfo', maxRequestBytes: 100 * 1024 } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function EditPage() {
  return <p>Editing {useParams()['id']}</p>;
}

function show(mocks: MockLink.MockedResponse[]) {
  const view = render(
    <MantineProvider>
      <MockedProvider mocks={[limit, ...mocks]}>
        <MemoryRouter>
          <Routes>
            <Route path="/" element={<ImportStixButton />} />
            <Route path="/bulletins/:id/edit" element={<EditPage />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
  return { ...view, user: userEvent.setup() };
}

async function choose(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.click(screen.getByRole('button', { name: 'Import a STIX bundle' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import a STIX bundle' });
  const input = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  await user.upload(input, file);
  return dialog;
}

describe('Import a STIX bundle', () => {
  it('shows what the draft will be and what it leaves out, in words, then opens the new draft', async () => {
    const { user } = show([preview, imported]);
    const dialog = await choose(user, new File([JSON_TEXT], 'bundle.json', { type: 'application/json' }));
    const summary = await within(dialog).findByRole('group', { name: 'What the draft will be' });
    expect(summary).toHaveTextContent('“Lures aimed at poll workers”');
    expect(summary).toHaveTextContent('The bundle is marked TLP:GREEN, so the draft is too.');
    expect(summary).toHaveTextContent('2 indicators');
    const left = within(summary).getByRole('list', { name: 'Left out of the draft' });
    expect(
      within(left)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([`${LINK} (2 of these)`, WHO]);
    await user.click(within(dialog).getByRole('button', { name: 'Make the draft' }));
    expect(await screen.findByText('Editing draft-7')).toBeInTheDocument();
  });

  it('says, before sending it, that a bundle is larger than this server takes, and what to do', async () => {
    const { user } = show([]);
    await user.click(screen.getByRole('button', { name: 'Import a STIX bundle' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import a STIX bundle' });
    // The limit is read when the dialog opens, and shown under the file box; the file comes after.
    await within(dialog).findByText('This server takes requests of at most 100 KB, the bundle included.');
    const input = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const big = JSON_TEXT.replace('"objects":[]', `"objects":[],"x_padding":"${'x'.repeat(150_000)}"`);
    await user.upload(input, new File([big], 'opencti-report.json', { type: 'application/json' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /“opencti-report\.json” is 149 KB as sent, and this server takes requests of at most 100 KB\. Import a smaller bundle, or ask your administrator to raise the limit/,
    );
    expect(within(dialog).getByRole('button', { name: 'Make the draft' })).toBeDisabled();
  });

  it('says why a file that is not JSON cannot be imported, and asks the API nothing', async () => {
    const { user } = show([]);
    const dialog = await choose(user, new File(['%PDF'], 'advisory.pdf', { type: 'application/json' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('“advisory.pdf” is not a .json file.');
    expect(within(dialog).getByRole('button', { name: 'Make the draft' })).toBeDisabled();
  });

  it('shows the API’s refusal of a bundle it cannot import, naming the object and field', async () => {
    const message =
      "This STIX bundle cannot be imported: objects[1] (indicator--1), field 'pattern': must be a string.";
    const { user } = show([
      {
        request: { query: STIX_IMPORT_PREVIEW, variables: { json: JSON_TEXT } },
        result: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] },
      },
    ]);
    const dialog = await choose(user, new File([JSON_TEXT], 'bundle.json', { type: 'application/json' }));
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Make the draft' })).toBeDisabled();
  });
});
