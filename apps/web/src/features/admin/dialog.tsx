import { Button, Group, type MantineSize, Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorNotice } from '@web/components/error-notice';

interface DialogProps {
  readonly title: string;
  readonly opened?: boolean;
  readonly onClose: () => void;
  readonly size?: MantineSize;
  readonly children: ReactNode;
}

/** Every administration dialog: centred, titled, its close button named for screen readers. */
export function Dialog({ title, opened = true, onClose, size, children }: DialogProps) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      size={size}
    >
      {children}
    </Modal>
  );
}

interface DialogFooterProps {
  /** What the last try failed with (the API's refusal, shown by ErrorNotice); null when there is nothing to say. */
  readonly error: unknown;
  readonly onCancel: () => void;
  /** The dialog's one action, beside Cancel. */
  readonly children: ReactNode;
}

/** The end of a dialog: why the last try failed, if it did, then Cancel and the dialog's action. */
export function DialogFooter({ error, onCancel, children }: DialogFooterProps) {
  return (
    <>
      {error !== null && <ErrorNotice error={error} />}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        {children}
      </Group>
    </>
  );
}
