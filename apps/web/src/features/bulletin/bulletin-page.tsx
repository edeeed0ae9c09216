import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { toApiError } from '@web/api/to-api-error';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { LoadingState } from '@web/components/loading-state';
import { NotFoundPage } from '@web/components/not-found-page';
import { TlpBanner } from '@web/components/tlp/tlp-banner';
import { useDocumentTitle } from '@web/components/use-document-title';
import { AcknowledgePanel } from './acknowledge-panel';
import { BulletinBody } from './bulletin-body';
import { BulletinFacts } from './bulletin-facts';
import { BULLETIN_PAGE, type PageBulletin } from './bulletin-query';
import { senderLine } from './bulletin-words';
import { IndicatorsTable } from './indicators-table';
import { ReceiptReport } from './receipt-report';
import { RevisionsList } from './revisions-list';
import classes from './bulletin-page.module.css';

const NOT_FOUND_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND']);

export function BulletinPage() {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(BULLETIN_PAGE, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const bulletin = data?.bulletin;
  useDocumentTitle(
    bulletin
      ? `${bulletin.reference ? `${bulletin.reference} · ` : ''}${bulletin.title}`
      : data
        ? 'Not found'
        : 'Bulletin',
  );

  if (bulletin) return <BulletinView bulletin={bulletin} />;
  // Null (absent, or not for this reader), a malformed id (BAD_USER_INPUT) and NOT_FOUND look exactly the same (R15).
  if (data || (error && NOT_FOUND_CODES.has(toApiError(error).code))) return <NotFoundPage what="bulletin" />;
  if (error)
    return (
      <Stack>
        <Title order={1}>Bulletin</Title>
        <ErrorNotice error={error} onRetry={() => void refetch()} />
      </Stack>
    );
  return loading ? <LoadingState label="Opening the bulletin…" /> : <NotFoundPage what="bulletin" />;
}

function BulletinView({ bulletin }: { bulletin: PageBulletin }) {
  const retracted = bulletin.status === 'RETRACTED';
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
      <BulletinFacts bulletin={bulletin} />
      {bulletin.acknowledgements && <ReceiptReport report={bulletin.acknowledgements} />}
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
          <AcknowledgePanel bulletin={bulletin} />
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
                {bulletin.references.map((url) => (
                  <li key={url}>
                    <Anchor href={url} rel="noopener noreferrer" className={classes['mono']}>
                      {url}
                    </Anchor>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <RevisionsList bulletin={bulletin} />
    </article>
  );
}
