import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { fultonClerkAnswer } from '@web/auth/viewer-fixtures';
import type { ReportIncidentInput } from '@web/graphql/generated/graphql';
import { REPORT_INCIDENT, REPORT_INCIDENT_OPTIONS, type RecipientOption } from './incident-query';
import { ReportIncidentForm, ReportIncidentPage } from './report-incident-page';

const office = (id: string, name: string, shortName: string, kind: string, vettedTier: string): RecipientOption =>
  ({
    __typename: 'Organization',
    id,
    name,
    shortName,
    kind,
    jurisdiction: kind === 'STATE' ? 'GA' : null,
    vettedTier,
  }) as RecipientOption;

const GEORGIA = office('org-ga', 'Georgia Secretary of State', 'GA-SOS', 'STATE', 'AMBER_STRICT');
const EI_ISAC = office('org-ei', 'Elections Infrastructure ISAC', 'EI-ISAC', 'ISAC', 'AMBER_STRICT');
const CISA = office('org-cisa', 'Cybersecurity and Infrastructure Security Agency', 'CISA', 'FEDERAL', 'RED');
const EAC = office('org-eac', 'Election Assistance Commission', 'EAC', 'FEDERAL', 'AMBER');
const OPTIONS = [CISA, EAC, EI_ISAC, GEORGIA];

const options: MockLink.MockedResponse = {
  request: { query: REPORT_INCIDENT_OPTIONS },
  result: { data: { incidentRecipientOptions: OPTIONS } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const REPORT_ID = 'f1e2d3c4-0000-4000-8000-000000000001';

/** Where the form went after sending, and what it said it sent. */
function Opened() {
  const { id } = useParams();
  const state = useLocation().state as { reported?: string } | null;
  return (
    <p data-testid="opened">
      {id} {state?.reported}
    </p>
  );
}

function show(page: ReactNode, mocks: MockLink.MockedResponse[]) {
  render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={['/incidents/new']}>
          <Routes>
            <Route path="/incidents/new" element={page} />
            <Route path="/incidents/:id" element={<Opened />} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </MantineProvider>,
  );
}

const field = (name: RegExp) => screen.getByRole('textbox', { name });
const errorOf = (input: HTMLElement) => {
  const id = input
    .getAttribute('aria-describedby')
    ?.split(' ')
    .find((part) => part.endsWith('-error'));
  return id ? (document.getElementById(id)?.textContent ?? '') : '';
};

/** Pasted rather than typed key by key: the same change events, in a fraction of the time. */
async function write(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.paste(text);
}

async function fillTheFirstPart() {
  await write(field(/^What happened, in one line/), 'Phishing emails posing as the state portal');
  await write(field(/^Details/), 'Three staff got emails asking them to log in at a look-alike site.');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^What kind of incident/ }), 'CYBER_THREAT');
  await userEvent.click(screen.getByRole('radio', { name: 'Voting slowed or partly affected' }));
}

describe('Report an incident', () => {
  it('opens with the state office and the EI-ISAC ticked and said so, TLP:AMBER chosen, the rest folded', async () => {
    show(<ReportIncidentPage />, [fultonClerkAnswer(['VIEWER'], ['INCIDENT_REPORT']), options]);
    const recipients = await screen.findByRole('group', { name: 'Who receives it' });
    expect(within(recipients).getByRole('checkbox', { name: 'Georgia Secretary of State' })).toBeChecked();
    expect(within(recipients).getByRole('checkbox', { name: 'Elections Infrastructure ISAC' })).toBeChecked();
    expect(within(recipients).getByRole('checkbox', { name: CISA.name })).not.toBeChecked();
    expect(screen.getByTestId('recipient-defaults')).toHaveTextContent(
      'Ticked for you: Georgia Secretary of State and Elections Infrastructure ISAC.',
    );
    expect(screen.getByRole('radio', { name: 'TLP:AMBER' })).toBeChecked();
    // The clerk is cleared to AMBER: a stricter report would be one they could not read themselves.
    expect(screen.getByRole('radio', { name: 'TLP:AMBER+STRICT' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: /^State/ })).toHaveValue('GA');
    expect(screen.getByRole('checkbox', { name: /^A bulletin may name Fulton County Elections/ })).not.toBeChecked();
    expect(screen.getByText(/^More detail \(optional\)/).closest('details')).not.toHaveAttribute('open');
  });

  it('names every missing required field beside it and in a list, and sends nothing', async () => {
    let sent = 0;
    const report: MockLink.MockedResponse = {
      request: { query: REPORT_INCIDENT, variables: () => true },
      result: () => {
        sent += 1;
        return { data: { reportIncident: { __typename: 'IncidentReport', id: REPORT_ID, reference: 'X' } } };
      },
    };
    show(<ReportIncidentPage />, [fultonClerkAnswer(['VIEWER'], ['INCIDENT_REPORT']), options, report]);
    const recipients = await screen.findByRole('group', { name: 'Who receives it' });
    await userEvent.click(within(recipients).getByRole('checkbox', { name: 'Georgia Secretary of State' }));
    await userEvent.click(within(recipients).getByRole('checkbox', { name: 'Elections Infrastructure ISAC' }));
    await userEvent.click(screen.getByRole('button', { name: 'Send the report' }));

    const list = await screen.findByRole('alert');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Say what happened, in one line.',
      'Describe what you saw and what you have done so far.',
      'Choose what kind of incident it is.',
      'Say whether voting is affected.',
      'Choose at least one office to send it to.',
    ]);
    expect(within(list).getByRole('link', { name: 'Say what happened, in one line.' })).toHaveAttribute(
      'href',
      '#incident-title',
    );
    expect(errorOf(field(/^What happened, in one line/))).toBe('Say what happened, in one line.');
    expect(errorOf(field(/^Details/))).toBe('Describe what you saw and what you have done so far.');
    expect(document.getElementById('incident-recipients-error')).toHaveTextContent(
      'Choose at least one office to send it to.',
    );
    expect(sent).toBe(0);

    // Filled in, the problems go as the fields are fixed.
    await fillTheFirstPart();
    await userEvent.click(within(recipients).getByRole('checkbox', { name: CISA.name }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('sends the report once, with the defaults for what was left alone, and opens its page', async () => {
    const inputs: ReportIncidentInput[] = [];
    const report: MockLink.MockedResponse = {
      request: {
        query: REPORT_INCIDENT,
        variables: (variables: { input: ReportIncidentInput }) => {
          inputs.push(variables.input);
          return true;
        },
      },
      result: {
        data: { reportIncident: { __typename: 'IncidentReport', id: REPORT_ID, reference: 'GA-FULTON-IR-2026-0001' } },
      },
      delay: 50,
    };
    show(<ReportIncidentPage />, [fultonClerkAnswer(['VIEWER'], ['INCIDENT_REPORT']), options, report]);
    await screen.findByRole('group', { name: 'Who receives it' });
    await fillTheFirstPart();
    await write(screen.getByRole('textbox', { name: /^Indicators/ }), 'hxxps://sos-ga-verify[.]example/login');
    const send = screen.getByRole('button', { name: 'Send the report' });
    await userEvent.dblClick(send);

    expect(await screen.findByTestId('opened')).toHaveTextContent(`${REPORT_ID} GA-FULTON-IR-2026-0001`);
    expect(inputs).toHaveLength(1);
    const [input] = inputs;
    expect(input).toMatchObject({
      title: 'Phishing emails posing as the state portal',
      description: 'Three staff got emails asking them to log in at a look-alike site.',
      category: 'CYBER_THREAT',
      impact: 'DEGRADED',
      tier: 'AMBER',
      jurisdiction: 'GA',
      reporterMayBeNamed: false,
      indicators: [{ type: 'URL', value: 'https://sos-ga-verify.example/login' }],
    });
    expect([...(input?.recipientOrganizationIds ?? [])].sort()).toEqual([EI_ISAC.id, GEORGIA.id].sort());
    expect(input).not.toHaveProperty('location');
    // "When it began" defaulted to now (to the minute, in the reporter's time zone).
    expect(Math.abs(Date.now() - new Date(String(input?.startedAt)).getTime())).toBeLessThan(2 * 60_000);
  });

  it("puts the API's BAD_USER_INPUT refusal beside the field it names, and keeps the form as filled", async () => {
    const refused: MockLink.MockedResponse = {
      request: { query: REPORT_INCIDENT, variables: () => true },
      result: {
        errors: [
          new GraphQLError('Invalid input: title must not contain only punctuation', {
            extensions: {
              code: 'BAD_USER_INPUT',
              requestId: 'req-7',
              fields: [{ field: 'title', problems: ['title must not contain only punctuation'] }],
            },
          }),
        ],
      },
    };
    show(<ReportIncidentPage />, [fultonClerkAnswer(['VIEWER'], ['INCIDENT_REPORT']), options, refused]);
    await screen.findByRole('group', { name: 'Who receives it' });
    await fillTheFirstPart();
    await userEvent.click(screen.getByRole('button', { name: 'Send the report' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Something in the request needs changing');
    expect(notice).toHaveTextContent('Code BAD_USER_INPUT · request req-7');
    expect(errorOf(field(/^What happened, in one line/))).toBe('Title must not contain only punctuation.');
    expect(field(/^Details/)).toHaveValue('Three staff got emails asking them to log in at a look-alike site.');
    // Changing the form clears the refusal: the next send is judged afresh.
    await userEvent.type(field(/^What happened, in one line/), '!');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(errorOf(field(/^What happened, in one line/))).toBe('');
  });

  it('will not send to an office not cleared for the chosen level, and opens "More detail" to show why', async () => {
    show(
      <ReportIncidentForm
        viewer={{ clearance: 'AMBER_STRICT', organization: { name: 'Georgia Secretary of State', jurisdiction: 'GA' } }}
        options={OPTIONS}
      />,
      [],
    );
    const recipients = screen.getByRole('group', { name: 'Who receives it' });
    await userEvent.click(within(recipients).getByRole('checkbox', { name: EAC.name }));
    await userEvent.click(screen.getByRole('radio', { name: 'TLP:AMBER+STRICT' }));
    // Chosen before the level changed: kept, named as unfit, and no longer offered to others.
    expect(within(recipients).getByRole('checkbox', { name: EAC.name })).toBeChecked();
    expect(
      within(recipients).getByText(/Cleared only up to TLP:AMBER: it cannot receive a TLP:AMBER\+STRICT report/),
    ).toBeInTheDocument();
    await fillTheFirstPart();
    await userEvent.clear(screen.getByLabelText(/^When it began/));
    await userEvent.click(screen.getByRole('button', { name: 'Send the report' }));
    const list = await screen.findByRole('alert');
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Election Assistance Commission cannot receive TLP:AMBER+STRICT: untick it or choose a lower sharing level.',
      'Give the date and time it began.',
    ]);
    expect(screen.getByText(/^More detail \(optional\)/).closest('details')).toHaveAttribute('open');
  });
});
