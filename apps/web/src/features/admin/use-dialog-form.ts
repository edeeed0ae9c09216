import { type FormEvent, useState } from 'react';
import { usePendingAction } from './use-pending-action';

interface DialogFormOptions {
  /** Each field's problem, or null: nothing is sent while one is left. */
  readonly problems: readonly (string | null)[];
  /** Sends what the form holds; the dialog closes once it succeeds. */
  readonly send: () => Promise<unknown>;
  readonly onClose: () => void;
}

/**
 * A form in a dialog: the fields show their problems once the user has tried to submit, the API's refusal stays in
 * the dialog, and the dialog closes when the action succeeds.
 */
export function useDialogForm({ problems, send, onClose }: DialogFormOptions) {
  const [tried, setTried] = useState(false);
  const { busy, error, run, clearError } = usePendingAction();
  const close = () => {
    clearError();
    setTried(false);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.some((problem) => problem !== null)) return;
    if (await run(send)) close();
  };
  return { tried, busy, error, close, submit };
}

export type DialogForm = ReturnType<typeof useDialogForm>;
