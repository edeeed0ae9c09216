import { VisuallyHidden } from '@mantine/core';
import type { ReactNode, Ref } from 'react';
import { Link } from 'react-router';
import { DateTime } from '@web/components/date-time';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import type { FeedBulletin } from './bulletin-fields';
import { CATEGORY_LABELS, SEVERITY_LABELS, STATE_NAMES } from './bulletin-labels';
import type { LiveMark } from './live-feed';
import classes from './bulletin-list.module.css';

export interface BulletinListItemProps {
  readonly bulletin: FeedBulletin;
  /** What happened to it since the list was loaded. */
  readonly mark?: LiveMark | null;
  /** How title and summary are shown (search highlights its words); plain text by default. */
  readonly renderText?: (text: string) => ReactNode;
  /** Found by an indicator search. */
  readonly matchedIndicator?: boolean;
  readonly linkRef?: Ref<HTMLAnchorElement>;
}

const plain = (text: string): ReactNode => text;

function Jurisdictions({ codes }: { codes: readonly string[] }) {
  if (codes.length === 0) return <span>National</span>;
  const names = codes.map((code) => STATE_NAMES[code] ?? code);
  if (codes.length === 1) return <span>{names[0]}</span>;
  return (
    <span title={names.join(', ')}>
      <VisuallyHidden>States: </VisuallyHidden>
      {codes.join(', ')}
    </span>
  );
}

/** One bulletin in a list: its marking, what it is about, who sent it and when; the title opens it. */
export function BulletinListItem({
  bulletin,
  mark = null,
  renderText = plain,
  matchedIndicator,
  linkRef,
}: BulletinListItemProps) {
  const retracted = bulletin.status === 'RETRACTED' || mark === 'retracted';
  const published = bulletin.firstPublishedAt ?? bulletin.publishedAt;
  const originators = bulletin.originators.map((organization) => organization.shortName);
  return (
    <li className={classes['item']} data-mark={mark ?? undefined} data-retracted={retracted}>
      <div className={classes['meta']}>
        <TlpBadge tier={bulletin.tier} />
        <span className={`${classes['pill']} ${classes['severity']}`} data-severity={bulletin.severity}>
          <VisuallyHidden>Severity: </VisuallyHidden>
          {SEVERITY_LABELS[bulletin.severity]}
        </span>
        <span>{CATEGORY_LABELS[bulletin.category]}</span>
        {bulletin.reference && <span className={classes['reference']}>{bulletin.reference}</span>}
        {mark === 'new' && (
          <span className={`${classes['pill']} ${classes['mark']}`} data-kind="new">
            New
          </span>
        )}
        {mark === 'amended' && !retracted && (
          <span className={`${classes['pill']} ${classes['mark']}`} data-kind="amended">
            Amended
          </span>
        )}
        {retracted && (
          <span className={`${classes['pill']} ${classes['mark']}`} data-kind="retracted">
            Retracted
          </span>
        )}
        {matchedIndicator && (
          <span className={`${classes['pill']} ${classes['mark']}`} data-kind="indicator">
            Matched indicator
          </span>
        )}
      </div>
      <h2 className={classes['title']}>
        <Link to={`/bulletins/${encodeURIComponent(bulletin.id)}`} className={classes['link']} ref={linkRef}>
          {renderText(bulletin.title)}
        </Link>
      </h2>
      <p className={classes['summary']}>{renderText(bulletin.summary)}</p>
      {retracted && bulletin.retractionReason && (
        <p className={classes['retraction']}>Retraction notice: {bulletin.retractionReason}</p>
      )}
      <div className={classes['footer']}>
        <span title={bulletin.originators.map((organization) => organization.name).join(', ')}>
          From{' '}
          {originators.length > 1 ? `${originators.slice(0, -1).join(', ')} and ${originators.at(-1)}` : originators[0]}
        </span>
        {published && (
          <span>
            Published <DateTime value={published} />
          </span>
        )}
        <Jurisdictions codes={bulletin.jurisdictions} />
        {bulletin.acknowledgedByMe && (
          <span className={classes['acknowledged']}>
            <span aria-hidden>✓ </span>Acknowledged
          </span>
        )}
      </div>
    </li>
  );
}
