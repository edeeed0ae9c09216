import { Text } from '@mantine/core';
import { DateTime } from '@web/components/date-time';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import type { PageBulletin } from './bulletin-query';
import classes from './bulletin-page.module.css';

/** Every revision the reader may see (each has its own marking, R12), newest first. */
export function RevisionsList({ bulletin }: { bulletin: PageBulletin }) {
  if (bulletin.revisions.length < 2) return null;
  const newestFirst = [...bulletin.revisions].reverse();
  return (
    <details className={classes['details']} open={newestFirst.length <= 4}>
      <summary>Revisions ({newestFirst.length})</summary>
      <ol className={classes['revisions']} reversed>
        {newestFirst.map((revision) => (
          <li key={revision.revision}>
            <Text size="sm" fw={600} component="span">
              Revision {revision.revision}
              {revision.revision === bulletin.revision ? ' (current)' : ''}
            </Text>{' '}
            <TlpBadge tier={revision.tier} />{' '}
            <Text size="sm" c="dimmed" component="span">
              <DateTime value={revision.publishedAt} />
            </Text>
            <Text size="sm">{revision.changeNote ?? (revision.revision === 1 ? 'First publication.' : '')}</Text>
          </li>
        ))}
      </ol>
    </details>
  );
}
