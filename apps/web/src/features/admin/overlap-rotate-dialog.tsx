import { Button, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { OVERLAP_CHOICES } from './admin-words';
import { Dialog, DialogFooter } from './dialog';
import { usePendingAction } from './use-pending-action';

interface OverlapRotateDialogProps {
  readonly title: string;
  /** What rotating does, in words, before anyone presses the button. */
  readonly explanation: string;
  /** The overlap select's label: "The old key", "The old secret". */
  readonly oldLabel: string;
  readonly submitLabel: string;
  readonly onSubmit: (overlapSeconds: number) => Promise<void>;
  readonly onClose: () => void;
}

/** Rotating a credential (an API key, a webhook's signing secret): a new one, the old one kept for the overlap chosen. */
export function OverlapRotateDialog({
  title,
  explanation,
  oldLabel,
  submitLabel,
  onSubmit,
  onClose,
}: OverlapRotateDialogProps) {
  const [overlap, setOverlap] = useState('86400');
  const { busy, error, run } = usePendingAction();
  const submit = async () => {
    if (await run(() => onSubmit(Number(overlap)))) onClose();
  };
  return (
    <Dialog title={title} onClose={onClose}>
      <Stack gap="md">
        <Text size="sm">{explanation}</Text>
        <NativeSelect
          label={oldLabel}
          data={OVERLAP_CHOICES}
          value={overlap}
          onChange={(event) => setOverlap(event.currentTarget.value)}
        />
        <DialogFooter error={error} onCancel={onClose}>
          <Button loading={busy} onClick={() => void submit()}>
            {submitLabel}
          </Button>
        </DialogFooter>
      </Stack>
    </Dialog>
  );
}
