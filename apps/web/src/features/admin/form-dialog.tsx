import { Button, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Dialog, DialogFooter } from './dialog';
import type { DialogForm } from './use-dialog-form';

interface FormDialogProps {
  readonly title: string;
  readonly submitLabel: string;
  /** The form's state, from useDialogForm. */
  readonly form: DialogForm;
  /** The fields. */
  readonly children: ReactNode;
}

/** A form in a dialog (add a person, create an API key, register a webhook, add an organization). */
export function FormDialog({ title, submitLabel, form, children }: FormDialogProps) {
  return (
    <Dialog title={title} onClose={form.close} size="lg">
      <form onSubmit={(event) => void form.submit(event)} noValidate>
        <Stack gap="md">
          {children}
          <DialogFooter error={form.error} onCancel={form.close}>
            <Button type="submit" loading={form.busy}>
              {submitLabel}
            </Button>
          </DialogFooter>
        </Stack>
      </form>
    </Dialog>
  );
}
