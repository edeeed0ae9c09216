import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { EditorViewer } from '@web/features/compose/draft-fields';
import { draftFromBulletin } from '@web/features/compose/draft-form';
import { parseIndicatorLines } from '@web/features/compose/indicator-lines';
import { amendInput, amendProblems, changeNoteProblem } from './amend-form';
import { AmendEditor } from './amend-page';
import { AMEND_BULLETIN, type AmendSource } from './amend-query';

const CISA = { id: '0b5f2c1e-1111-4c1e-9a0e-000000000001', name: 'CISA', shortName: 'CISA' };
const viewer: EditorViewer = { organization: CISA, clearance: 'RED' };
const ID = 'd7e1b7a0-2222-4c1e-9a0e-000000000002';

function aSource(overrides: Partial<AmendSource> = {}): AmendSource {
  return {
    __typename: 'Bulletin',
    id: ID,
    version: 4,
    status: 'PUBLISHED',
    reference: 'CISA-2026-0007',
    revision: 1,
    pendingAmendment: null,
    title: 'Phishing aimed at county election staff',
    summary: 'Emails pretending to be the state office ask for passwords.',
    // No text: the preview asks the API nothing.
    body: '',
    bodyHtml: '',
    category: 'CYBER_THREAT',
    severity: 'HIGH',
    tier: 'GREEN',
    jurisdictions: [],
    tags: [],
    references: [],
    expiresAt: null,
    updatedAt: '2026-12-05T10:00:00.000Z',
    originators: [
      { __typename: 'Organization', id: CISA.id, name: CISA.name, shortName: CISA.shortName, kind: 'FEDERAL' },
    ],
    recipientOrganizations: [],
    recipientUserIds: [],
    indicators: [],
    reviewComments: null,
    ...overrides,
  } as AmendSource;
}

function amendMock(changeNote: string): MockLink.MockedResponse {
  const source = aSource();
  const form = draftFromBulletin(source);
  const input = amendInput(form, parseIndicatorLines(form.indicatorsText), {
    id: ID,
    expectedRevision: 1,
    changeNote,
    approverId: null,
  });
  return {
    request: { query: AMEND_BULLETIN, variables: { input } },
    result: {
      data: {
        amendBulletin: {
          __typename: 'Bulletin',
          id: ID,
          version: 5,
          revision: 2,
          tier: 'GREEN',
          status: 'PUBLISHED',
          pendingAmendment: null,
          review: null,
        },
      },
    },
  };
}

function renderEditor(mocks: MockLink.MockedResponse[] = [], source = aSource()) {
  return render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[`/bulletins/${ID}/amend`]}>
          <Routes>
            <Route path="/bulletins/:id/amend" element={<AmendEditor source={source} viewer={viewer} />} />
            <Route path="/bulletins/:id" element={<p>The bulletin page</p>} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}

describe('the change note', () => {
  it('is required, at least 3 characters, at most 2,000', () => {
    expect(changeNoteProblem('')).toMatch(/^Say what changed and why/);
    expect(changeNoteProblem('   ')).toMatch(/^Say what changed and why/);
    expect(changeNoteProblem('ok')).toBe('Write at least 3 characters about what changed.');
    expect(changeNoteProblem('x'.repeat(2001))).toBe('Shorten the note to 2,000 characters.');
    expect(changeNoteProblem('Victim names removed.')).toBeNull();
  });

  it('comes first among what keeps an amendment from being sent', () => {
    const form = draftFromBulletin(aSource());
    const problems = amendProblems(form, parseIndicatorLines(''), '');
    expect(problems[0]?.field).toBe('amend-change-note');
    expect(amendProblems(form, parseIndicatorLines(''), 'Lowered to GREEN')).toEqual([]);
  });
});

describe('AmendEditor', () => {
  it('starts from the current revision and sends nothing without a change note', async () => {
    const user = userEvent.setup();
    renderEditor();
    expect(screen.getByRole('heading', { name: 'Amend CISA-2026-0007', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Title/ })).toHaveValue('Phishing aimed at county election staff');
    await user.click(screen.getByRole('button', { name: 'Publish revision 2' }));
    expect(
      await screen.findByText(/^Say what changed and why: readers see this note/, { selector: 'p, div' }),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: /^Change note/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText('The bulletin page')).not.toBeInTheDocument();
  });

  it('with a change note, publishes the new revision and opens the bulletin', async () => {
    const user = userEvent.setup();
    renderEditor([amendMock('Lowered to GREEN: the victims are no longer named.')]);
    await user.type(
      screen.getByRole('textbox', { name: /^Change note/ }),
      'Lowered to GREEN: the victims are no longer named.',
    );
    await user.click(screen.getByRole('button', { name: 'Publish revision 2' }));
    await waitFor(() => expect(screen.getByText('The bulletin page')).toBeInTheDocument());
  });

  it('into AMBER+STRICT or RED says it becomes a pending amendment', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.click(screen.getByRole('radio', { name: 'TLP:AMBER+STRICT' }));
    const note = await screen.findByTestId('pending-note');
    expect(note).toHaveTextContent('This becomes a pending amendment');
    expect(note).toHaveTextContent('revision 2 waits for another publisher of CISA to release it');
    expect(screen.getByRole('button', { name: 'Send the amendment for release' })).toBeInTheDocument();
  });
});
