import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { ErrorNotice } from '@web/components/error-notice';
import { MAIL_DETAIL_WORDS, MAIL_DETAILS, MAIL_TIER_RULE } from '@web/features/mail/mail-words';
import type { MailDetail } from '@web/graphql/generated/graphql';
import { SET_ORGANIZATION_MAIL_DETAIL } from './mail-admin-queries';
import { usePendingAction } from './use-pending-action';
import classes from './admin.module.css';

interface MailDetailPanelProps {
  readonly organization: { readonly id: string; readonly name: string; readonly mailDetail: MailDetail };
}

/** How much of a bulletin the organization's e-mail may carry: less than the tier rules allow, never more. */
export function MailDetailPanel({ organization }: MailDetailPanelProps) {
  const headingId = useId();
  const [chosen, setChosen] = useState<MailDetail>(organization.mailDetail);
  const [saved, setSaved] = useState<string | null>(null);
  const [setDetail] = useMutation(SET_ORGANIZATION_MAIL_DETAIL);
  const { busy, error, run } = usePendingAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const done = await run(() => setDetail({ variables: { input: { detail: chosen } } }));
    if (done) setSaved(`Saved: e-mail to ${organization.name} is now “${MAIL_DETAIL_WORDS[chosen].label}”.`);
  };

  return (
    <section aria-labelledby={headingId} className={classes['panel']}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            What e-mail may say
          </Title>
          <Text size="sm">
            For every e-mail to the people and shared mailboxes of {organization.name}. {MAIL_TIER_RULE}
          </Text>
          <Radio.Group
            value={chosen}
            onChange={(value) => {
              setSaved(null);
              setChosen(value as MailDetail);
            }}
            aria-labelledby={headingId}
          >
            <Stack gap="xs">
              {MAIL_DETAILS.map((detail) => (
                <Radio
                  key={detail}
                  value={detail}
                  label={MAIL_DETAIL_WORDS[detail].label}
                  description={MAIL_DETAIL_WORDS[detail].description}
                />
              ))}
            </Stack>
          </Radio.Group>
          {error !== null && <ErrorNotice error={error} />}
          {saved && (
            <Alert color="green" role="status" styles={{ message: { color: '#1b5e20' } }}>
              {saved}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={busy} disabled={chosen === organization.mailDetail}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
