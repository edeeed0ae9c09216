import { Text } from '@mantine/core';
import { DateTime } from '@web/components/date-time';
import { StatusTag } from '@web/features/admin/status-tag';
import type { MailRecordFieldsFragment } from '@web/graphql/generated/graphql';
import { bulletinCountWords, MAIL_KIND_WORDS, MAIL_STATUS_WORDS, MAIL_STATUSES } from './mail-words';
import tables from '@web/components/data-table.module.css';
import classes from './mail.module.css';

type MailRecord = MailRecordFieldsFragment;

/** The moment that matters for a record: when it was sent, or last tried, or queued. */
function WhenCell({ record }: { record: MailRecord }) {
  const retrying = record.status === 'FAILED' || record.status === 'PENDING';
  return (
    <>
      <div>
        <DateTime value={record.sentAt ?? record.lastAttemptAt ?? record.createdAt} />
      </div>
      {!record.sentAt && record.lastAttemptAt && (
        <Text size="xs" c="dimmed">
          last tried
        </Text>
      )}
      {retrying && record.nextAttemptAt && (
        <Text size="xs" c="dimmed">
          Next try <DateTime value={record.nextAttemptAt} />
        </Text>
      )}
    </>
  );
}

/** What a mail was: "Digest · Feed: Georgia, high and above · 3 bulletins". Never which bulletins. */
function MailCell({ record }: { record: MailRecord }) {
  const count = bulletinCountWords(record.bulletinCount);
  return (
    <>
      <div>{MAIL_KIND_WORDS[record.kind]}</div>
      {record.mailboxName && (
        <Text size="xs" c="dimmed">
          Mailbox: {record.mailboxName}
        </Text>
      )}
      {record.feedName && (
        <Text size="xs" c="dimmed">
          {record.mailboxName ? 'Subscription' : 'Feed'}: {record.feedName}
        </Text>
      )}
      {count && (
        <Text size="xs" c="dimmed">
          {count}
        </Text>
      )}
    </>
  );
}

/** Delivery records: what each mail was, its status, when, to whom, how often tried, what the server answered. */
export function MailRecordsTable({ records, label }: { records: readonly MailRecord[]; label: string }) {
  return (
    <div className={tables['tableWrap']}>
      <table className={tables['table']} aria-label={label}>
        <thead>
          <tr>
            <th scope="col">E-mail</th>
            <th scope="col">Status</th>
            <th scope="col">When</th>
            <th scope="col">To</th>
            <th scope="col">Attempts</th>
            <th scope="col">Last answer from the mail server</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => {
            const status = MAIL_STATUS_WORDS[record.status];
            return (
              <tr key={record.id}>
                <td>
                  <MailCell record={record} />
                </td>
                <td>
                  <StatusTag tone={status.tone} title={status.meaning}>
                    {status.label}
                  </StatusTag>
                </td>
                <td>
                  <WhenCell record={record} />
                </td>
                <td className={classes['address']}>{record.recipient}</td>
                <td>{record.attempts}</td>
                <td className={classes['answer']}>{record.lastResponse ?? '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** What each status badge means, in one line each, under the table. */
export function MailStatusLegend() {
  return (
    <dl className={classes['legend']} aria-label="What the statuses mean">
      {MAIL_STATUSES.map((status) => (
        <div key={status}>
          <dt>
            <StatusTag tone={MAIL_STATUS_WORDS[status].tone}>{MAIL_STATUS_WORDS[status].label}</StatusTag>
          </dt>
          <dd>{MAIL_STATUS_WORDS[status].meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
