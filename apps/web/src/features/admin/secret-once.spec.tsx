import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SecretOnce } from './secret-once';
import { temporaryPassword } from './temporary-password';

function Holder() {
  const [secret, setSecret] = useState<string | null>('bwk_abc_s3cr3t');
  return secret ? (
    <SecretOnce
      title="Secret of the new key"
      secret={secret}
      instructions="Send it as X-Api-Key."
      onDone={() => setSecret(null)}
    />
  ) : (
    <p>Hidden</p>
  );
}

describe('SecretOnce', () => {
  it('shows the secret with a copy button and says it will not be shown again; hidden for good once done', async () => {
    render(
      <MantineProvider>
        <Holder />
      </MantineProvider>,
    );
    const panel = screen.getByRole('region', { name: 'Secret of the new key' });
    expect(panel).toHaveTextContent('bwk_abc_s3cr3t');
    expect(panel).toHaveTextContent('you will not see it again');
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'I have stored it: hide it' }));
    expect(screen.queryByText('bwk_abc_s3cr3t')).not.toBeInTheDocument();
    expect(screen.getByText('Hidden')).toBeInTheDocument();
  });
});

describe('temporaryPassword', () => {
  it('is 20 unambiguous characters in groups of four, within the API’s 12–128', () => {
    const password = temporaryPassword();
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){4}$/);
    expect(temporaryPassword()).not.toBe(password);
  });

  it('skips the bytes that would bias the choice', () => {
    // 56 letters: bytes from 224 up are rejected; 0 is 'a'.
    const password = temporaryPassword((bytes) => bytes.fill(0).map((_, index) => (index % 2 ? 250 : 0)));
    expect(password).toBe('aaaa-aaaa-aaaa-aaaa-aaaa');
  });
});
