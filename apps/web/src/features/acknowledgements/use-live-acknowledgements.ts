import { useEffect, useState } from 'react';
import type { ApiError } from '@web/api/api-error';
import { type LiveStatus, openLiveStream } from '@web/api/live-events';
import { useSession } from '@web/auth/session-context';
import { ACKNOWLEDGEMENTS_CHANGED, type AcknowledgementReport } from './acknowledgements-query';

export interface LiveAcknowledgements {
  /** The latest report: from the socket once it has sent one, else the one read with the page. */
  readonly report: AcknowledgementReport | null;
  readonly status: LiveStatus;
  /** When the socket last sent a report (an ISO instant), null before its first. */
  readonly updatedAt: string | null;
  /** The API stopped the stream (no longer a publisher of a sender, for one): the report shown is the last. */
  readonly stopped: ApiError | null;
}

/**
 * A bulletin's acknowledgement report, kept current by `acknowledgementsChanged`: the API sends the whole report at
 * each (re)subscription and again at each change, so reconnecting after a sleep or a lost network catches up by
 * itself, with nothing to resume from.
 */
export function useLiveAcknowledgements(
  bulletinId: string,
  initial: AcknowledgementReport | null,
): LiveAcknowledgements {
  const session = useSession();
  const [live, setLive] = useState<{ for: string; report: AcknowledgementReport; at: string } | null>(null);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [stopped, setStopped] = useState<{ for: string; error: ApiError } | null>(null);

  useEffect(() => {
    return openLiveStream({
      session,
      document: ACKNOWLEDGEMENTS_CHANGED,
      variables: { bulletinId },
      since: null,
      onData: (data) =>
        setLive({ for: bulletinId, report: data.acknowledgementsChanged, at: new Date().toISOString() }),
      onStatus: setStatus,
      onExpired: () => undefined,
      onFatal: (error) => {
        setStopped({ for: bulletinId, error });
        setStatus('offline');
      },
    });
  }, [bulletinId, session]);

  const current = live?.for === bulletinId ? live : null;
  return {
    report: current?.report ?? initial,
    status,
    updatedAt: current?.at ?? null,
    stopped: stopped?.for === bulletinId ? stopped.error : null,
  };
}
