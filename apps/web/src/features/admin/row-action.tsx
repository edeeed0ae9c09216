import { Button, type MantineColor } from '@mantine/core';
import type { ReactNode } from 'react';

interface RowActionProps {
  /** The button's accessible name, which says the row it acts on: "Revoke County EMS feed". */
  readonly label: string;
  readonly onClick: () => void;
  readonly color?: MantineColor;
  readonly children: ReactNode;
}

/** A small button in a list's row; each row has the same ones, so each is named for its row. */
export function RowAction({ label, onClick, color, children }: RowActionProps) {
  return (
    <Button size="xs" variant="default" color={color} onClick={onClick} aria-label={label}>
      {children}
    </Button>
  );
}
