import type { ReactNode } from 'react';
import classes from './admin.module.css';

interface StatusTagProps {
  /** Off: disabled, revoked, deactivated; bad: failing; wait: locked or pending. None: working as it should. */
  readonly tone?: 'off' | 'bad' | 'wait';
  /** More about it, on hover. */
  readonly title?: string;
  readonly children: ReactNode;
}

/** A row's state in a word or two: "Active", "Revoked", "3 failed in a row". */
export function StatusTag({ tone, title, children }: StatusTagProps) {
  return (
    <span className={classes['status']} data-tone={tone} title={title}>
      {children}
    </span>
  );
}
