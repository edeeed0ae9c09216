import { useMutation } from '@apollo/client/react';
import { Button, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { DateTime } from '@web/components/date-time';
import { ErrorNotice } from '@web/components/error-notice';
import { COMMENT_ON_INCIDENT, type PageIncident } from './incident-query';
import classes from './incidents.module.css';

/** As the API bounds a comment. */
export const COMMENT_MAX = 5000;

type Comment = PageIncident['comments'][number];

function CommentItem({ comment, reportingOffice }: { comment: Comment; reportingOffice: string }) {
  const side = comment.fromReporterSide ? 'reporter' : 'handler';
  return (
    <li className={classes['comment']} data-side={side}>
      <div className={classes['commentHead']}>
        <span className={classes['commentAuthor']}>{comment.authorName}</span>
        <span>{comment.authorOrganizationName}</span>
        <span className={classes['commentSide']}>
          {comment.fromReporterSide ? `Reporting office (${reportingOffice})` : 'Handler'}
        </span>
        <DateTime value={comment.createdAt} />
      </div>
      <p className={classes['commentBody']}>{comment.body}</p>
    </li>
  );
}

/**
 * The conversation between the reporting office and the handlers, oldest first: the reporter's side on the left in
 * grey, the handlers' on the right in blue, each named. Everyone who may read the report reads its comments.
 */
export function IncidentComments({
  report,
  reporterSide,
  onSent,
}: {
  report: PageIncident;
  /** The viewer belongs to the reporting office. */
  reporterSide: boolean;
  onSent: () => void;
}) {
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [send, sent] = useMutation(COMMENT_ON_INCIDENT);
  const asked = reporterSide && report.status === 'NEEDS_INFO';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sent.loading) return;
    const text = body.trim();
    if (text === '') return setProblem(asked ? 'Write your answer first.' : 'Write your comment first.');
    if (text.length > COMMENT_MAX)
      return setProblem(`Shorten it to ${COMMENT_MAX.toLocaleString('en-US')} characters, or send it in parts.`);
    setProblem(null);
    const result = await send({ variables: { id: report.id, body: text } }).catch(() => null);
    if (result?.data) {
      setBody('');
      onSent();
    }
  };

  return (
    <section aria-labelledby="comments-heading">
      <Title order={2} size="h3" id="comments-heading">
        Comments ({report.comments.length})
      </Title>
      <Text size="sm" c="dimmed">
        Between {report.reportingOrganization.name} and the handlers of the offices it was sent to. Everyone who can
        read this report sees them.
      </Text>
      {report.comments.length === 0 ? (
        <Text size="sm" mt="xs">
          No comments yet.
        </Text>
      ) : (
        <ol className={classes['comments']} aria-label="Comments">
          {report.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} reportingOffice={report.reportingOrganization.shortName} />
          ))}
        </ol>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate className={classes['form']} id="comment-form">
        <Textarea
          id="incident-comment"
          mt="md"
          label={
            asked
              ? 'Your answer'
              : reporterSide
                ? 'Add information or ask a question'
                : 'Comment to the reporting office'
          }
          description={
            asked
              ? 'Answer the handlers’ question. They are told at once.'
              : reporterSide
                ? 'The handlers are told at once.'
                : 'The reporting office and the other handlers are told at once.'
          }
          autosize
          minRows={3}
          maxRows={12}
          maxLength={COMMENT_MAX}
          value={body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            if (problem) setProblem(null);
          }}
          error={problem}
        />
        {sent.error && <ErrorNotice error={sent.error} />}
        <div>
          <Button type="submit" loading={sent.loading}>
            {asked ? 'Send answer' : 'Send comment'}
          </Button>
        </div>
      </form>
    </section>
  );
}
