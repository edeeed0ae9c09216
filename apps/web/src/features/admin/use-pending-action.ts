import { useCallback, useState } from 'react';

/**
 * One action of a form or dialog at a time: `busy` while it runs, and what it failed with (shown by ErrorNotice)
 * until the next try. `run` resolves true when the action succeeded.
 */
export function usePendingAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
