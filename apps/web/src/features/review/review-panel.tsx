import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { hasPermission } from '@web/auth/permissions';
import { useViewer } from '@web/auth/viewer';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import type { PageBulletin } from '@web/features/bulletin/bulletin-query';
import { PUBLISH_BULLETIN, RETURN_BULLETIN } from './review-query';
import { SecondPublisherMark } from './second-publisher-mark';
import classes from './review.module.css';

export const COMMENT_MAX = 2000;

/** The bulletin page reloads itself after a decision, so it shows the bulletin as it now is. */
const REFETCH = ['BulletinPage', 'ReviewQueue', 'MyDrafts'];

/**
 * On the bulletin page (rendered for every bulletin; shows nothing without `review`), for whoever the API shows `review` to (R11): what awaits release, who wrote it, whether it
 * needs a second publisher and, for RED, who the named approver is. Publish when the API says this viewer may
 * (`viewerCanPublish`), else the API's reason in words; send a draft in review back with a comment. The API
 * decides both again when asked, and its refusal is shown as it gives it.
 */
export function ReviewPanel({ bulletin }: { bulletin: PageBulletin }) {
  const review = bulletin.review;
  const viewer = useViewer().data?.viewer;
  const [publish, published] = useMutation(PUBLISH_BULLETIN, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [sendBack, sentBack] = useMutation(RETURN_BULLETIN, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Once published, the bulletin has nothing awaiting release: only the outcome is left to say.
  if (!review)
    return done ? (
      <Alert color="green" role="status" classNames={{ title: classes['doneTitle'] }} title={done} />
    ) : null;

  const inReview = bulletin.status === 'IN_REVIEW' && !review.isAmendment;
  const isDraft = bulletin.status === 'DRAFT';
  const canEdit = isDraft && hasPermission(viewer, 'BULLETIN_DRAFT');
  const publisher = hasPermission(viewer, 'BULLETIN_PUBLISH');
  const canSendBack = inReview && publisher;
  const busy = published.loading || sentBack.loading;
  const heading = review.isAmendment
    ? `Amendment (revision ${review.revision}) awaiting release`
    : isDraft
      ? 'Draft: not yet submitted for review'
      : 'Awaiting review';

  const onPublish = async () => {
    setDone(null);
    sentBack.reset();
    const result = await publish({
      variables: { input: { id: bulletin.id, expectedVersion: bulletin.version } },
    }).catch(() => null);
    if (result?.data)
      setDone(review.isAmendment ? 'The amendment is released.' : 'Published: its recipients have it now.');
  };

  const onSendBack = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    published.reset();
    const text = comment.trim();
    if (text === '') {
      setCommentError('Say what the author should change: the comment is required.');
      return;
    }
    if (text.length > COMMENT_MAX) {
      setCommentError(`Shorten the comment to ${COMMENT_MAX.toLocaleString('en-US')} characters.`);
      return;
    }
    setCommentError(null);
    const result = await sendBack({
      variables: { input: { id: bulletin.id, expectedVersion: bulletin.version, comment: text } },
    }).catch(() => null);
    if (result?.data) {
      setComment('');
      setDone(`Sent back to ${review.author.displayName} with your comment.`);
    }
  };

  return (
    <section className={classes['panel']} aria-labelledby="review-heading" data-testid="review-panel">
      <h2 id="review-heading" className={classes['panelTitle']}>
        {heading}
      </h2>
      <dl className={classes['facts']}>
        <div>
          <dt>Written by</dt>
          <dd>{review.author.displayName}</dd>
        </div>
        <div>
          <dt>Marking</dt>
          <dd>
            <TlpBadge tier={review.tier} />
          </dd>
        </div>
        {review.approver && (
          <div>
            <dt>Named approver</dt>
            <dd>{review.approver.displayName}</dd>
          </div>
        )}
      </dl>
      {review.needsSecondPublisher && (
        <Text size="sm">
          <SecondPublisherMark /> A publisher other than its author publishes it
          {review.tier === 'RED' ? ': for TLP:RED, only the named approver.' : '.'}
        </Text>
      )}
      {done && <Alert color="green" role="status" classNames={{ title: classes['doneTitle'] }} title={done} />}
      {published.error && <ErrorNotice error={published.error} />}
      {sentBack.error && <ErrorNotice error={sentBack.error} />}
      {review.viewerCanPublish ? (
        <Group gap="sm" align="center" wrap="wrap">
          <Button onClick={() => void onPublish()} loading={published.loading} disabled={busy}>
            {review.isAmendment ? 'Release the amendment' : 'Publish'}
          </Button>
          <Text size="sm" c="dimmed" className={classes['grow']}>
            Bulwark checks every recipient again as it publishes, and names any that may not receive it.
          </Text>
        </Group>
      ) : (
        <Text size="sm" data-testid="cannot-publish">
          <strong>You cannot publish it:</strong> {review.cannotPublishReasonText ?? 'the API does not allow it'}.
        </Text>
      )}
      {canEdit && (
        <div>
          <Button component={Link} to={`/bulletins/${bulletin.id}/edit`} variant="default">
            Edit draft
          </Button>
        </div>
      )}
      {canSendBack && (
        <form onSubmit={(event) => void onSendBack(event)} noValidate className={classes['sendBack']}>
          <Textarea
            id="review-comment"
            label="Send back to the author"
            description="What should change before it is published? The author sees this comment on the draft."
            required
            autosize
            minRows={3}
            maxLength={COMMENT_MAX}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={commentError}
          />
          <div>
            <Button type="submit" variant="default" loading={sentBack.loading} disabled={busy}>
              Send back
            </Button>
          </div>
        </form>
      )}
      {isDraft && bulletin.reviewComments && bulletin.reviewComments.length > 0 && (
        <div>
          <h3 className={classes['commentsTitle']}>Sent back before</h3>
          <ul className={classes['comments']}>
            {bulletin.reviewComments.map((entry) => (
              <li key={`${entry.revision}-${entry.at}`}>
                <Text size="sm" className={classes['commentText']}>
                  {entry.comment}
                </Text>
                <Text size="xs" c="dimmed">
                  {entry.by.displayName}, <DateTime value={entry.at} />
                </Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {publisher ? (
        <Anchor component={Link} to="/review" size="sm">
          Back to the review queue
        </Anchor>
      ) : (
        <Anchor component={Link} to="/drafts" size="sm">
          My drafts
        </Anchor>
      )}
    </section>
  );
}
