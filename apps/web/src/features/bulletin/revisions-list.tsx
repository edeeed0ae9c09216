import { Button, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DateTime } from '@web/components/date-time';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import type { PageBulletin } from './bulletin-query';
import classes from './bulletin-page.module.css';

/** A longer history shows its newest few until the reader asks for the rest. */
export const REVISIONS_SHOWN = 3;

/**
 * Every revision the reader may see, newest first, each with its own marking (R12). The API leaves out revisions
 * the reader may not read, so the numbers can have gaps: each item says its own number instead of relying on the
 * list's numbering.
 */
export function RevisionsList({ bulletin }: { bulletin: PageBulletin }) {
  const [showAll, setShowAll] = useState(false);
  // A draft has no history to show yet: its one revision is what the page shows above.
  if (bulletin.revisions.length === 0 || !bulletin.firstPublishedAt) return null;
  const newestFirst = [...bulletin.revisions].sort((a, b) => b.revision - a.revision);
  // Folding away a single revision saves nothing: fold only when at least two would be hidden.
  const foldable = newestFirst.length > REVISIONS_SHOWN + 1;
  const shown = foldable && !showAll ? newestFirst.slice(0, REVISIONS_SHOWN) : newestFirst;
  return (
    <section aria-labelledby="revisions-heading" className={classes['section']}>
      <Title order={2} size="h3" id="revisions-heading">
        Revisions ({newestFirst.length})
      </Title>
      <ul className={classes['revisions']} id="revisions-list">
        {shown.map((revision) => {
          const current = revision.revision === bulletin.revision;
          return (
            <li key={revision.revision} aria-current={current ? 'true' : undefined}>
              <div className={classes['revisionHead']}>
                <Text size="sm" fw={700} component="span">
                  Revision {revision.revision}
                  {current ? ' (current)' : ''}
                </Text>
                <TlpBadge tier={revision.tier} />
                <Text size="sm" c="dimmed" component="span">
                  <DateTime value={revision.publishedAt} />
                </Text>
              </div>
              <Text size="sm">{revision.changeNote ?? (revision.revision === 1 ? 'First publication.' : '')}</Text>
            </li>
          );
        })}
      </ul>
      {foldable && (
        <Button
          variant="subtle"
          size="compact-sm"
          mt="xs"
          aria-expanded={showAll}
          aria-controls="revisions-list"
          onClick={() => setShowAll((all) => !all)}
        >
          {showAll ? 'Show only the latest revisions' : `Show all ${newestFirst.length} revisions`}
        </Button>
      )}
    </section>
  );
}
