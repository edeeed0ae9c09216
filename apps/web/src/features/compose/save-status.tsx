import { Button, Loader } from '@mantine/core';
import type { Autosave } from './use-draft-autosave';
import classes from './compose.module.css';

const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** Where the draft stands, in words, always in view: saved when, saving, or why not. */
export function SaveStatus({
  autosave,
  firstProblem,
  indicatorsHeldBack,
}: {
  autosave: Autosave;
  /** The first thing keeping the draft from being saved, if any. */
  firstProblem: string | null;
  /** The indicator lines have problems: the rest is saved, the indicators are not. */
  indicatorsHeldBack: boolean;
}) {
  const { status, savedAt, error } = autosave;
  const saved = savedAt ? `Draft saved at ${TIME.format(savedAt)}` : 'Draft saved';
  let words: string;
  switch (status) {
    case 'incomplete':
      words = `Not saved yet. ${firstProblem ?? 'A draft is saved once it has a title and a summary.'}`;
      break;
    case 'blocked':
      words = `Latest changes not saved. ${firstProblem ?? ''}`;
      break;
    case 'pending':
      words = 'Unsaved changes…';
      break;
    case 'saving':
      words = 'Saving…';
      break;
    case 'saved':
      words = indicatorsHeldBack ? `${saved}, without the new indicators: fix the lines named below.` : saved;
      break;
    case 'failed':
      words = `Not saved: ${error?.message ?? 'the server refused the change.'}`;
      break;
    case 'conflict':
      words = 'Not saved: someone else changed this draft. Compare the two versions below and choose.';
      break;
  }
  const trouble = status === 'failed' || status === 'conflict' || status === 'blocked';
  return (
    <div className={classes['saveStatus']} data-status={status} data-trouble={trouble || undefined}>
      <span role="status" aria-live="polite" data-testid="save-status" className={classes['saveWords']}>
        {status === 'saving' && <Loader size={12} mr={6} aria-hidden />}
        {words}
      </span>
      {status === 'failed' && (
        <Button size="compact-sm" variant="default" onClick={() => void autosave.flush()}>
          Try again
        </Button>
      )}
    </div>
  );
}
