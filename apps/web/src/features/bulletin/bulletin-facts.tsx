import { DateTime } from '@web/components/date-time';
import { CATEGORY_LABELS, SEVERITY_LABELS, STATE_NAMES } from '@web/features/feed/bulletin-labels';
import type { PageBulletin } from './bulletin-query';
import classes from './bulletin-page.module.css';

function listInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Who sent it, how severe, for where, and when: the facts an official checks before reading on. */
export function BulletinFacts({ bulletin }: { bulletin: PageBulletin }) {
  const senders = bulletin.originators.map((org) => org.name);
  const where =
    bulletin.jurisdictions.length === 0
      ? 'National'
      : bulletin.jurisdictions.map((code) => STATE_NAMES[code] ?? code).join(', ');
  return (
    <dl className={classes['facts']}>
      <div>
        <dt>Reference</dt>
        <dd className={classes['mono']}>{bulletin.reference ?? 'Not published yet'}</dd>
      </div>
      <div>
        <dt>{senders.length > 1 ? 'Joint bulletin from' : 'From'}</dt>
        <dd>{listInWords(senders)}</dd>
      </div>
      <div>
        <dt>Severity</dt>
        <dd>
          <span className={classes['severity']} data-severity={bulletin.severity}>
            {SEVERITY_LABELS[bulletin.severity]}
          </span>
        </dd>
      </div>
      <div>
        <dt>Category</dt>
        <dd>{CATEGORY_LABELS[bulletin.category]}</dd>
      </div>
      <div>
        <dt>For</dt>
        <dd>{where}</dd>
      </div>
      <div>
        <dt>First published</dt>
        <dd>
          <DateTime value={bulletin.firstPublishedAt} />
        </dd>
      </div>
      {bulletin.revision > 1 && (
        <div>
          <dt>Amended</dt>
          <dd>
            <DateTime value={bulletin.publishedAt} /> (revision {bulletin.revision})
          </dd>
        </div>
      )}
      {bulletin.expiresAt && (
        <div>
          <dt>Expires</dt>
          <dd>
            <DateTime value={bulletin.expiresAt} />
          </dd>
        </div>
      )}
      {bulletin.tags.length > 0 && (
        <div>
          <dt>Tags</dt>
          <dd>{bulletin.tags.join(', ')}</dd>
        </div>
      )}
    </dl>
  );
}
