import { useEffect, useRef } from 'react';
import type { FeedBulletin } from './bulletin-fields';
import { BulletinListItem, type BulletinListItemProps } from './bulletin-list-item';
import type { LiveMark } from './live-feed';
import classes from './bulletin-list.module.css';

export interface BulletinListEntry {
  readonly bulletin: FeedBulletin;
  readonly mark?: LiveMark | null;
}

interface BulletinListProps extends Pick<BulletinListItemProps, 'renderText' | 'matchedIndicator'> {
  readonly entries: readonly BulletinListEntry[];
  /** Give this item's link the keyboard focus; a new `token` does it again. */
  readonly focus?: { readonly id: string; readonly token: number } | null;
}

/** The list named "Bulletins": the feed's, a saved feed's and search's. */
export function BulletinList({ entries, focus = null, renderText, matchedIndicator }: BulletinListProps) {
  const links = useRef(new Map<string, HTMLAnchorElement>());
  useEffect(() => {
    if (focus) links.current.get(focus.id)?.focus();
  }, [focus]);
  return (
    <ul aria-label="Bulletins" className={classes['list']}>
      {entries.map(({ bulletin, mark }) => (
        <BulletinListItem
          key={bulletin.id}
          bulletin={bulletin}
          mark={mark ?? null}
          renderText={renderText}
          matchedIndicator={matchedIndicator}
          linkRef={(element) => {
            if (element) links.current.set(bulletin.id, element);
            else links.current.delete(bulletin.id);
          }}
        />
      ))}
    </ul>
  );
}
