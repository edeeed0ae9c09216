import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ErrorNotice } from '@web/components/error-notice';
import { usePendingAction } from './use-pending-action';

interface ConfirmDialogProps {
  readonly opened: boolean;
  readonly title: string;
  /** What happens, in words, before anyone presses the button. */
  readonly consequences: readonly string[];
  readonly confirmLabel: string;
  readonly danger?: boolean;
  readonly onConfirm: () => Promise<unknown>;
  readonly onClose: () => void;
}

/** A confirmation that says what will happen; the API's refusal, if any, is shown in it. */
export function ConfirmDialog({
  opened,
  title,
  consequences,
  confirmLabel,
  danger = false,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { busy, error, run, clearError } = usePendingAction();
  const close = () => {
    clearError();
    onClose();
  };
  const confirm = async () => {
    const done = await run(async () => {
      await onConfirm();
    });
    if (done) close();
  };
  return (
    <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={opened} onClose={close} title={title} centered>
      <Stack gap="sm">
        {consequences.map((line) => (
          <Text key={line} size="sm">
            {line}
          </Text>
        ))}
        {error !== null && <ErrorNotice error={error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color={danger ? 'red.8' : 'blue.8'} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
