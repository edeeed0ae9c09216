import { Button, Stack, Text } from '@mantine/core';
import { Dialog, DialogFooter } from './dialog';
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
    <Dialog title={title} opened={opened} onClose={close}>
      <Stack gap="sm">
        {consequences.map((line) => (
          <Text key={line} size="sm">
            {line}
          </Text>
        ))}
        <DialogFooter error={error} onCancel={close}>
          <Button color={danger ? 'red.8' : 'blue.8'} loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </DialogFooter>
      </Stack>
    </Dialog>
  );
}
