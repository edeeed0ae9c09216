import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { toApiError } from '@web/api/to-api-error';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { NotFoundPage } from '@web/components/not-found-page';
import { TlpBanner } from '@web/components/tlp/tlp-banner';
import { useDocumentTitle } from '@web/components/use-document-title';
import { OfficeNotes } from '@web/features/notes/office-notes';
import { ReviewPanel } from '@web/features/review/review-panel';
import { AcknowledgePanel } from './acknowledge-panel';
import { BulletinBody } from './bulletin-body';
import { BulletinFacts } from './bulletin-facts';
import { BULLETIN_PAGE, type PageBulletin } from './bulletin-query';
import { senderLine } from './bulletin-words';
import { IndicatorsTable } from './indicators-table';
import { PublisherActions } from './publisher-actions';
import { ReceiptReport } from './receipt-report';
import { httpUrl } from './reference-link';
import { RevisionsList } from './revisions-list';
import { type LiveChange, useLiveBulletin } from './use-live-bulletin';
import classes from './bulletin-page.module.css';

const NOT_FOUND_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

export function BulletinPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(BULLETIN_PAGE, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const bulletin = data?.bulletin;
  const change = useLiveBulletin(id, bulletin ? (data?.latestEventSequence ?? null) : null);
  const problem = error ? toApiError(error) : null;
  // Null (absent, or not for this reader), a malformed id (BAD_USER_INPUT) and NOT_FOUND look exactly the same (R15).
  const notFound = !bulletin && (data !== undefined || (problem !== null && NOT_FOUND_CODES.has(problem.code)));
  useDocumentTitle(
    bulletin
      ? `${bulletin.reference ? `${bulletin.reference} · ` : ''}${bulletin.title}`
      : notFound
        ? 'Not found'
        : 'Bulletin',
  );

  // The error says "we will keep trying": once the browser is back online, it does.
  const offline = problem?.code === 'NETWORK';
  useEffect(() => {
    if (!offline) return;
    const retry = () => void refetch().catch(() => undefined);
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [offline, refetch]);

  if (bulletin) return <BulletinView bulletin={bulletin} change={change} />;
  if (notFound) return <NotFoundPage what="bulletin" />;
  if (error)
    return (
      <Stack>
        <Title order={1}>Bulletin</Title>
        <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </Stack>
    );
  return loading ? <LoadingState label="Opening the bulletin…" /> : <NotFoundPage what="bulletin" />;
}

/** Said once the page has reloaded a bulletin that changed while it was open. */
function LiveChangeNotice({ change }: { change: LiveChange }) {
  if (change.type === 'PUBLISHED') return null;
  const retracted = change.type === 'RETRACTED';
  return (
    <Alert
      color="blue"
      role="status"
      title={retracted ? 'Retracted while you were reading' : 'Amended while you were reading'}
      classNames={{ title: classes['liveTitle'] }}
    >
      {retracted
        ? 'The sender withdrew this bulletin. The notice below says why.'
        : 'The page now shows the new revision: what changed is noted below and under Revisions.'}
    </Alert>
  );
}

function BulletinView({ bulletin, change }: { bulletin: PageBulletin; change: LiveChange | null }) {
  const retracted = bulletin.status === 'RETRACTED';
  // A draft or a draft in review has gone to no one yet: nothing to acknowledge, no receipts to count.
  const unpublished = bulletin.status === 'DRAFT' || bulletin.status === 'IN_REVIEW';
  const senders = senderLine(bulletin.originators);
  return (
    <article className={classes['page']} aria-labelledby="bulletin-title">
      <Anchor component={Link} to="/" size="sm">
        ← Back to the feed
      </Anchor>
      <TlpBanner tier={bulletin.tier} />
      <Title order={1} id="bulletin-title" className={classes['title']}>
        {bulletin.title}
      </Title>
      {senders && <Text className={classes['byline']}>{senders}</Text>}
      {change && <LiveChangeNotice change={change} />}
      <BulletinFacts bulletin={bulletin} />
      <ReviewPanel key={bulletin.id} bulletin={bulletin} />
      <PublisherActions key={`actions-${bulletin.id}`} bulletin={bulletin} />
      {bulletin.acknowledgements && !unpublished && <ReceiptReport report={bulletin.acknowledgements} />}
      {retracted ? (
        <Alert
          color="red"
          title="This bulletin was retracted"
          role="status"
          classNames={{ title: classes['retractedTitle'] }}
        >
          <Text size="sm">
            Retracted on <DateTime value={bulletin.retractedAt} />: {bulletin.retractionReason}
          </Text>
          <Text size="sm" mt={4}>
            Its text and indicators are no longer shown. Do not act on copies of it.
          </Text>
        </Alert>
      ) : (
        <>
          {!unpublished && <AcknowledgePanel bulletin={bulletin} />}
          <Text size="lg" className={classes['summary']}>
            {bulletin.summary}
          </Text>
          {bulletin.changeNote && bulletin.revision > 1 && (
            <Alert
              color="blue"
              role="note"
              title={`What changed in revision ${bulletin.revision}`}
              classNames={{ title: classes['changeTitle'] }}
            >
              {bulletin.changeNote}
            </Alert>
          )}
          {bulletin.bodyHtml && <BulletinBody html={bulletin.bodyHtml} />}
          <IndicatorsTable bulletin={bulletin} />
          {bulletin.references.length > 0 && (
            <section aria-labelledby="references-heading" className={classes['section']}>
              <Title order={2} size="h3" id="references-heading">
                References
              </Title>
              <ul className={classes['references']}>
                {bulletin.references.map((url) => {
                  const href = httpUrl(url);
                  return (
                    <li key={url} className={classes['mono']}>
                      {href ? (
                        <Anchor href={href} rel="noopener noreferrer">
                          {url}
                        </Anchor>
                      ) : (
                        url
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </>
      )}
      {!unpublished && <OfficeNotes bulletinId={bulletin.id} />}
      <RevisionsList bulletin={bulletin} />
    </article>
  );
}
