import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AdminAuditChainVerificationQuery } from '@web/graphql/generated/graphql';
import { ChainVerdict } from './chain-verdict';

type Verification = AdminAuditChainVerificationQuery['auditChainVerification'];

const base: Verification = {
  intact: true,
  checkedAt: '2026-12-05T10:00:00.000Z',
  reusedUntil: '2026-12-05T10:10:00.000Z',
  scope: 'ORGANIZATION',
  reason: null,
  verifiedThrough: { position: '120', occurredAt: '2026-12-05T09:59:00.000Z' },
  firstUnverified: null,
};

function show(verification: Verification) {
  render(
    <MantineProvider>
      <ChainVerdict verification={verification} />
    </MantineProvider>,
  );
  return screen.getByTestId('chain-verdict');
}

describe('ChainVerdict', () => {
  it('says intact, through which of the organization’s records, and when it was checked', () => {
    const verdict = show(base);
    expect(screen.getByRole('heading', { name: 'The audit chain is intact' })).toBeVisible();
    expect(verdict).toHaveTextContent("Confirmed through your organization's record no. 120");
    expect(verdict).toHaveTextContent(/Checked .*; checked again when asked after/);
  });

  it('on a break, names the organization’s records confirmed and not, and whom to tell', () => {
    const verdict = show({
      ...base,
      intact: false,
      firstUnverified: { position: '131', occurredAt: '2026-12-05T09:59:30.000Z' },
    });
    expect(screen.getByRole('heading', { name: 'The audit chain is broken' })).toBeVisible();
    expect(verdict).toHaveTextContent("Your organization's records up to record no. 120");
    expect(verdict).toHaveTextContent("From your organization's record no. 131");
    expect(verdict).toHaveTextContent('Tell the Bulwark platform operators');
    expect(verdict).not.toHaveTextContent('Why:');
  });

  it('gives a platform administrator the reason', () => {
    const verdict = show({
      ...base,
      intact: false,
      scope: 'PLATFORM',
      reason: 'hash does not match the record: it was changed after writing',
      firstUnverified: { position: '121', occurredAt: null },
    });
    expect(verdict).toHaveTextContent('Why: hash does not match the record');
  });
});
