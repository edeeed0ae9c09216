import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { createPasskey } from '@web/auth/second-factor/passkey-ceremony';
import { PasskeySetup } from '@web/auth/second-factor/passkey-setup';
import { BEGIN_PASSKEY_REGISTRATION, FINISH_PASSKEY_REGISTRATION } from '@web/auth/second-factor/second-factor-queries';
import { PASSKEY_EXPLAINED } from '@web/auth/second-factor/second-factor-words';
import { DateTime } from '@web/components/date-time';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { Dialog, DialogFooter } from '@web/features/admin/dialog';
import { RowAction } from '@web/features/admin/row-action';
import { usePendingAction } from '@web/features/admin/use-pending-action';
import type { PasskeyFieldsFragment } from '@web/graphql/generated/graphql';
import { REMOVE_PASSKEY, RENAME_PASSKEY } from './account-queries';
import classes from './account.module.css';

interface PasskeysSectionProps {
  readonly passkeys: readonly PasskeyFieldsFragment[];
  /** Removing the last factor of an account that needs one is refused: said before anyone tries. */
  readonly lastFactorWarning: boolean;
  /** After any change: the status is read again. */
  readonly onChanged: () => Promise<unknown>;
  /** A first factor brings recovery codes, to show once. */
  readonly onRecoveryCodes: (codes: readonly string[]) => void;
}

export function PasskeysSection({ passkeys, lastFactorWarning, onChanged, onRecoveryCodes }: PasskeysSectionProps) {
  const [adding, setAdding] = useState(false);
  const [renaming, setRenaming] = useState<PasskeyFieldsFragment | null>(null);
  const [removing, setRemoving] = useState<PasskeyFieldsFragment | null>(null);
  const [begin] = useMutation(BEGIN_PASSKEY_REGISTRATION, { fetchPolicy: 'no-cache' });
  const [finish] = useMutation(FINISH_PASSKEY_REGISTRATION, { fetchPolicy: 'no-cache' });
  const [remove] = useMutation(REMOVE_PASSKEY);

  const add = async (name: string) => {
    const { data } = await begin({ variables: {} });
    const response = await createPasskey(data?.beginPasskeyRegistration);
    const finished = await finish({ variables: { input: { name, response } } });
    setAdding(false);
    const codes = finished.data?.finishPasskeyRegistration.recoveryCodes ?? [];
    if (codes.length) onRecoveryCodes(codes);
    await onChanged();
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="passkeys-heading">
      <Title order={3} size="h4" id="passkeys-heading">
        Passkeys and security keys
      </Title>
      <Text size="sm" c="dimmed">
        {PASSKEY_EXPLAINED}
      </Text>
      {passkeys.length === 0 ? (
        <Text size="sm">You have no passkey or security key yet.</Text>
      ) : (
        <ul className={classes['list']} aria-label="Your passkeys and security keys">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className={classes['row']} aria-label={passkey.name}>
              <div className={classes['cell']}>
                <Group gap="xs">
                  <span className={classes['name']}>{passkey.name}</span>
                  {passkey.backedUp && (
                    <Badge
                      variant="light"
                      color="gray.8"
                      title="Kept by your password manager or phone on all your devices"
                    >
                      Synced
                    </Badge>
                  )}
                </Group>
                <span className={classes['muted']}>
                  Added <DateTime value={passkey.createdAt} /> ·{' '}
                  {passkey.lastUsedAt ? (
                    <>
                      last used <DateTime value={passkey.lastUsedAt} />
                    </>
                  ) : (
                    'not used to sign in yet'
                  )}
                </span>
              </div>
              <div className={classes['actions']}>
                <RowAction label={`Rename ${passkey.name}`} onClick={() => setRenaming(passkey)}>
                  Rename
                </RowAction>
                <RowAction label={`Remove ${passkey.name}`} color="red" onClick={() => setRemoving(passkey)}>
                  Remove
                </RowAction>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Group>
        <Button
          variant={passkeys.length ? 'default' : 'filled'}
          onClick={() => setAdding(true)}
          h="auto"
          py={6}
          styles={{ label: { whiteSpace: 'normal' } }}
        >
          {passkeys.length ? 'Add another passkey or security key' : 'Add a passkey or security key'}
        </Button>
      </Group>

      {adding && (
        <Dialog title="Add a passkey or security key" onClose={() => setAdding(false)}>
          <PasskeySetup onAdd={add} onCancel={() => setAdding(false)} />
        </Dialog>
      )}
      {renaming && <RenameDialog passkey={renaming} onClose={() => setRenaming(null)} />}
      {removing && (
        <ConfirmDialog
          opened
          title={`Remove ${removing.name}?`}
          consequences={[
            'It will no longer sign you in to Bulwark. The key itself is not erased: remove Bulwark from it in your device’s settings if you wish.',
            ...(lastFactorWarning
              ? ['It is your only second factor, and your account needs one: add another first, or Bulwark refuses.']
              : []),
          ]}
          confirmLabel="Remove"
          danger
          onConfirm={async () => {
            await remove({ variables: { input: { id: removing.id } } });
            await onChanged();
          }}
          onClose={() => setRemoving(null)}
        />
      )}
    </Stack>
  );
}

function RenameDialog({ passkey, onClose }: { passkey: PasskeyFieldsFragment; onClose: () => void }) {
  const [name, setName] = useState(passkey.name);
  const [rename] = useMutation(RENAME_PASSKEY);
  const { busy, error, run } = usePendingAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => rename({ variables: { input: { id: passkey.id, name: name.trim() } } }))) onClose();
  };
  return (
    <Dialog title={`Rename ${passkey.name}`} onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Name"
            required
            maxLength={60}
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <DialogFooter error={error} onCancel={onClose}>
            <Button type="submit" loading={busy} disabled={!name.trim()}>
              Save the name
            </Button>
          </DialogFooter>
        </Stack>
      </form>
    </Dialog>
  );
}
