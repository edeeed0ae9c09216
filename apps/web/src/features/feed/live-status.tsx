import type { LiveStatus } from '@web/api/live-events';
import classes from './feed-page.module.css';

export const LIVE_STATUS_TEXT: Readonly<Record<LiveStatus, string>> = {
  live: 'Live',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  offline: 'Offline — will catch up when the connection returns',
};

/** Whether new bulletins are arriving, said quietly to screen readers as it changes. */
export function LiveStatusText({ status }: { status: LiveStatus }) {
  return (
    <p
      className={classes['liveStatus']}
      data-status={status}
      role="status"
      aria-live="polite"
      data-testid="live-status"
    >
      <span className={classes['liveDot']} aria-hidden />
      {LIVE_STATUS_TEXT[status]}
    </p>
  );
}
