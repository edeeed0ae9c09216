import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { AcknowledgePanel } from './acknowledge-panel';
import { aBulletin } from './bulletin-fixtures';

const wrap = (node: ReactNode) => (
  <MantineProvider>
    <MockedProvider mocks={[]}>{node}</MockedProvider>
  </MantineProvider>
);

describe('AcknowledgePanel', () => {
  it('after an amendment it saw come in, says the acknowledgement was for the revision before', () => {
    const view = render(wrap(<AcknowledgePanel bulletin={aBulletin({ revision: 1, acknowledgedByMe: true })} />));
    expect(screen.getByText('Acknowledged ✓')).toBeInTheDocument();

    view.rerender(wrap(<AcknowledgePanel bulletin={aBulletin({ revision: 2, acknowledgedByMe: false })} />));
    expect(screen.getByText('Amended since you acknowledged — acknowledge the new revision')).toBeInTheDocument();
    expect(screen.getByText('You acknowledged revision 1; this is revision 2.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Acknowledge receipt' })).toBeInTheDocument();
    expect(screen.queryByText('Acknowledged ✓')).not.toBeInTheDocument();
  });

  it("does not carry one bulletin's acknowledgement over to another", () => {
    const view = render(wrap(<AcknowledgePanel bulletin={aBulletin({ revision: 1, acknowledgedByMe: true })} />));
    const other = aBulletin({ id: 'b0a6b1a4-95f4-4a7e-8f0e-2f9d3a6c1e22', revision: 2, acknowledgedByMe: false });
    view.rerender(wrap(<AcknowledgePanel bulletin={other} />));
    expect(screen.queryByText(/Amended since you acknowledged/)).not.toBeInTheDocument();
  });

  it('asks nothing of a retracted bulletin', () => {
    render(wrap(<AcknowledgePanel bulletin={aBulletin({ status: 'RETRACTED', bodyHtml: null })} />));
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText('Your receipt')).not.toBeInTheDocument();
  });
});
