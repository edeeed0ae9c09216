import { Text, Title } from '@mantine/core';
import { DateTime } from '@web/components/date-time';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import type { PageBulletin } from './bulletin-query';
import classes from './bulletin-page.module.css';

/**
 * Every revision the reader may see, newest first, each with its own marking (R12). The API leaves out revisions
 * the reader may not read, so the numbers can have gaps: each item says its own number instead of relying on the
 * list's numbering.
 */
export function RevisionsList({ bulletin }: { bulletin: PageBulletin }) {
  if (bulletin.revisions.length === 0) return null;
  const newestFirst = [...bulletin.revisions].sort((a, b) => b.revision - a.revision);
  return (
    <section aria-labelledby="revisions-heading" className={classes['section']}>
      <Title order={2} size="h3" id="revisions-heading">
        Revisions
      </Title>
      <ul className={classes['revisions']}>
        {newestFirst.map((revision) => {
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
    </section>
  );
}
