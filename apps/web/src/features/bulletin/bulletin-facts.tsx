import type { ReactNode } from 'react';
import { DateTime } from '@web/components/date-time';
import { CATEGORY_LABELS, SEVERITY_LABELS } from '@web/features/feed/bulletin-labels';
import type { PageBulletin } from './bulletin-query';
import { jurisdictionsInWords, statusInWords } from './bulletin-words';
import { RecipientsFact } from './recipients-fact';
import classes from './bulletin-page.module.css';

function Fact({ term, wide = false, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? classes['wideFact'] : undefined}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** How severe, about what, for where, and when: the facts an official checks before reading on. */
export function BulletinFacts({ bulletin }: { bulletin: PageBulletin }) {
  return (
    <dl className={classes['facts']}>
      <Fact term="Reference" wide>
        {bulletin.reference ? <span className={classes['reference']}>{bulletin.reference}</span> : 'Not published yet'}
      </Fact>
      <Fact term="Severity">
        <span className={classes['severity']} data-severity={bulletin.severity}>
          {SEVERITY_LABELS[bulletin.severity]}
        </span>
      </Fact>
      <Fact term="Category">{CATEGORY_LABELS[bulletin.category]}</Fact>
      <Fact term="For">{jurisdictionsInWords(bulletin.jurisdictions)}</Fact>
      <Fact term="Status">{statusInWords(bulletin.status, bulletin.expiresAt, new Date())}</Fact>
      {bulletin.firstPublishedAt && (
        <Fact term="First published">
          <DateTime value={bulletin.firstPublishedAt} />
        </Fact>
      )}
      {bulletin.revision > 1 && (
        <>
          <Fact term="Last updated">
            <DateTime value={bulletin.publishedAt} />
          </Fact>
          <Fact term="Revision">{bulletin.revision}</Fact>
        </>
      )}
      {bulletin.expiresAt && bulletin.status !== 'RETRACTED' && (
        <Fact term="Expires">
          <DateTime value={bulletin.expiresAt} />
        </Fact>
      )}
      {bulletin.tags.length > 0 && <Fact term="Tags">{bulletin.tags.join(', ')}</Fact>}
      <RecipientsFact bulletin={bulletin} />
    </dl>
  );
}
