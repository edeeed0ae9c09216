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

type Comment = NonNullable<PageBulletin['reviewComments']>[number];

/**
 * On the bulletin page (rendered for every bulletin; shows nothing without `review` or a comment to show), for
 * whoever the API shows `review` to (R11): what awaits release, who wrote it, whether it needs a second publisher
 * and, for RED, who the named approver is. Publish when the API says this viewer may (`viewerCanPublish`), else the
 * API's reason in words; send a draft in review, or a pending amendment this viewer may release, back with a
 * comment. The API decides both again when asked, and its refusal is shown as it gives it. An amendment sent back
 * since the published revision is shown, with why, to whoever the API gives its comment (its author, R11).
 */
export function ReviewPanel({ bulletin }: { bulletin: PageBulletin }) {
  const review = bulletin.review;
  const viewer = useViewer().data?.viewer;
  const [publish, published] = useMutation(PUBLISH_BULLETIN, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [sendBack, sentBack] = useMutation(RETURN_BULLETIN, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const comments = bulletin.reviewComments ?? [];
  // Drafts are revision 1 and never pass it: a comment on a later revision than the published one is on an
  // amendment sent back since (none was released after it).
  const amendmentsSentBack =
    bulletin.status === 'PUBLISHED' ? comments.filter((entry) => entry.revision > bulletin.revision) : [];
  // Nothing awaits release: only the outcome is left to say.
  if (!review) {
    if (!done && amendmentsSentBack.length === 0) return null;
    return (
      <>
        {done && <Alert color="green" role="status" classNames={{ title: classes['doneTitle'] }} title={done} />}
        {amendmentsSentBack.length > 0 && (
          <AmendmentSentBack revision={bulletin.revision} comments={amendmentsSentBack} />
        )}
      </>
    );
  }

  const inReview = bulletin.status === 'IN_REVIEW' && !review.isAmendment;
  const isDraft = bulletin.status === 'DRAFT';
  const canEdit = isDraft && hasPermission(viewer, 'BULLETIN_DRAFT');
  const publisher = hasPermission(viewer, 'BULLETIN_PUBLISH');
  // A pending amendment goes back by whoever may release it (the API's viewerCanPublish), never its author.
  const canSendBack = publisher && (review.isAmendment ? review.viewerCanPublish : inReview);
  const earlier = isDraft ? comments : review.isAmendment ? amendmentsSentBack : [];
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
      setDone(
        review.isAmendment
          ? `Sent back to ${review.author.displayName} with your comment. The published revision stays as it is.`
          : `Sent back to ${review.author.displayName} with your comment.`,
      );
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
            description={
              review.isAmendment
                ? 'What should change before it is released? The amendment is withdrawn, the published revision stays as it is, and the author sees this comment on the bulletin.'
                : 'What should change before it is published? The author sees this comment on the draft.'
            }
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
      {earlier.length > 0 && (
        <div>
          <h3 className={classes['commentsTitle']}>Sent back before</h3>
          <CommentList comments={earlier} />
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

/** An amendment sent back (returnBulletin): withdrawn, never released; the published revision is unchanged. */
function AmendmentSentBack({ revision, comments }: { revision: number; comments: readonly Comment[] }) {
  const latest = comments[0];
  return (
    <section className={classes['panel']} aria-labelledby="sent-back-heading" data-testid="amendment-sent-back">
      <h2 id="sent-back-heading" className={classes['panelTitle']}>
        {latest ? `Amendment (revision ${latest.revision}) sent back` : 'Amendment sent back'}
      </h2>
      <Text size="sm">
        It was not released: revision {revision} stays the published one, as its readers have it. A publisher of an
        originating organization may amend the bulletin again.
      </Text>
      <CommentList comments={comments} />
    </section>
  );
}

function CommentList({ comments }: { comments: readonly Comment[] }) {
  return (
    <ul className={classes['comments']}>
      {comments.map((entry) => (
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
  );
}
