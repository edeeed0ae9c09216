import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { DraftEditor } from './draft-editor';
import { PREVIEW_BODY } from './use-body-preview';
import type { DraftApi } from './use-draft-autosave';

const CISA = { id: '0b5f2c1e-1111-4c1e-9a0e-000000000001', name: 'CISA', shortName: 'CISA' };

const previewOf = (body: string, html: string): MockLink.MockedResponse => ({
  request: { query: PREVIEW_BODY, variables: { body } },
  result: { data: { previewBulletinBody: html } },
});

describe('the live preview', () => {
  it('shows the API’s rendering of the text before the draft is ever saved', async () => {
    const create = vi.fn();
    const api: DraftApi = { create, update: vi.fn(), fetch: vi.fn(), submit: vi.fn() };
    render(
      <MantineProvider>
        <MockedProvider
          mocks={[previewOf('## Steps\n\n- Block it', '<h2>Steps</h2>\n<ul>\n<li>Block it</li>\n</ul>\n')]}
        >
          <MemoryRouter>
            <DraftEditor
              api={api}
              viewer={{ organization: CISA, clearance: 'RED' }}
              initial={null}
              onCreated={vi.fn()}
            />
          </MemoryRouter>
        </MockedProvider>
      </MantineProvider>,
    );
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(preview).toHaveTextContent('Nothing written yet.');
    fireEvent.change(screen.getByRole('textbox', { name: /^Text/ }), { target: { value: '## Steps\n\n- Block it' } });
    expect(within(preview).getByTestId('preview-status')).toHaveTextContent('Updating…');
    expect(await within(preview).findByRole('heading', { name: 'Steps' }, { timeout: 3_000 })).toBeInTheDocument();
    expect(within(preview).getByRole('listitem')).toHaveTextContent('Block it');
    expect(within(preview).getByTestId('preview-status')).toHaveTextContent('As readers will see it.');
    expect(create).not.toHaveBeenCalled();
  });
});
