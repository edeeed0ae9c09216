import { Anchor, Button, Group, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { DateTime } from '@web/components/date-time';
import { statusInWords } from '@web/features/bulletin/bulletin-words';
import { differences, draftFromBulletin } from './draft-form';
import type { Conflict } from './use-draft-autosave';
import classes from './compose.module.css';

interface ConflictPanelProps {
  readonly conflict: Conflict;
  readonly organizationName: (id: string) => string;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
}

/**
 * Someone saved the draft after this page last read it. Nothing is overwritten: both versions are shown field by
 * field, side by side, and the writer chooses which one stays.
 */
export function ConflictPanel({ conflict, organizationName, onKeepMine, onTakeTheirs }: ConflictPanelProps) {
  const { mine, theirs } = conflict;
  const editable = theirs?.status === 'DRAFT';
  const rows = theirs ? differences(mine, draftFromBulletin(theirs), organizationName) : [];
  return (
    <section className={classes['conflict']} aria-labelledby="conflict-heading" role="alert">
      <Title order={2} size="h3" id="conflict-heading" className={classes['conflictTitle']}>
        Someone else changed this draft
      </Title>
      {!theirs ? (
        <Text size="sm">
          Your changes were not saved, and the draft is no longer there for you to open: it may have been deleted, or
          you may no longer be allowed to see it. Copy what you need from the page before you leave it.
        </Text>
      ) : (
        <>
          <Text size="sm">
            Your latest changes were not saved, because a newer version was saved at{' '}
            <DateTime value={theirs.updatedAt} /> (version {theirs.version}).{' '}
            {editable
              ? 'Nothing has been overwritten. Compare the two, then choose which to keep.'
              : `It is now “${statusInWords(theirs.status, null, new Date())}” and can no longer be edited here. Your version is shown so you can copy what you need.`}
          </Text>
          {rows.length === 0 ? (
            <Text size="sm">The saved version says the same as yours.</Text>
          ) : (
            <div className={classes['comparison']}>
              {rows.map((row) => (
                <div key={row.label} className={classes['comparisonRow']}>
                  <Title order={3} size="h5" className={classes['comparisonLabel']}>
                    {row.label}
                  </Title>
                  <div className={classes['comparisonColumns']}>
                    <div data-side="mine">
                      <Text size="xs" fw={700} c="dimmed">
                        Yours (not saved)
                      </Text>
                      <div className={row.long ? classes['comparisonLong'] : classes['comparisonValue']}>
                        {row.mine || '(empty)'}
                      </div>
                    </div>
                    <div data-side="theirs">
                      <Text size="xs" fw={700} c="dimmed">
                        Saved (version {theirs.version})
                      </Text>
                      <div className={row.long ? classes['comparisonLong'] : classes['comparisonValue']}>
                        {row.theirs || '(empty)'}
                      </div>
                    </div>
                  </div>
                </div>
              ))}
            </div>
          )}
          <Group gap="sm">
            {editable ? (
              <>
                <Button onClick={onKeepMine}>Keep my version</Button>
                <Button variant="default" onClick={onTakeTheirs}>
                  Use the saved version
                </Button>
              </>
            ) : (
              <Anchor component={Link} to={`/bulletins/${theirs.id}`}>
                Open the bulletin
              </Anchor>
            )}
          </Group>
          {editable && (
            <Text size="xs" c="dimmed">
              “Keep my version” saves yours in place of the saved one. “Use the saved version” replaces what is on this
              page; your changes are then gone.
            </Text>
          )}
        </>
      )}
    </section>
  );
}
