import { useQuery } from '@apollo/client/react';
import { Radio, Text } from '@mantine/core';
import { ErrorNotice } from '@web/components/error-notice';
import { TLP } from '@web/components/tlp/tlp';
import type { Tier } from '@web/graphql/generated/graphql';
import { APPROVER_OPTIONS } from './recipient-query';
import classes from './compose.module.css';

/**
 * For AMBER+STRICT and RED, which a second publisher releases (R10): the publisher asked to approve the draft,
 * chosen from the API's list with its verdict on each (the author and anyone not cleared for the tier are shown
 * but not offered). Required for RED, whose named approver alone publishes it; optional for AMBER+STRICT.
 */
export function ApproverField({
  bulletinId,
  tier,
  value,
  onChange,
}: {
  bulletinId: string | null;
  tier: Tier;
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { data, error, refetch } = useQuery(APPROVER_OPTIONS, {
    variables: { bulletinId: bulletinId ?? '', tier },
    skip: bulletinId === null,
    fetchPolicy: 'cache-and-network',
  });
  const options = data?.approverOptions.edges.map((edge) => edge.node) ?? [];
  const red = tier === 'RED';
  const chosen = options.find((option) => option.id === value);
  return (
    <div className={classes['approver']} id="draft-approver">
      <Radio.Group
        label={red ? 'Publisher who approves it' : 'Publisher asked to approve it (optional)'}
        description={
          red
            ? `${TLP[tier].label} is published by the publisher you name here, and by no one else.`
            : `${TLP[tier].label} is published by a publisher other than you. Name one to ask, or leave it to any of them.`
        }
        value={value ?? ''}
        onChange={(id) => onChange(id === '' ? null : id)}
        required={red}
      >
        {bulletinId === null && (
          <Text size="sm" mt="xs">
            Shown once the draft is saved.
          </Text>
        )}
        {error && <ErrorNotice error={error} onRetry={() => void refetch().catch(() => undefined)} />}
        {data && options.length === 0 && (
          <Text size="sm" mt="xs">
            No publisher of the sending organizations can approve it.
          </Text>
        )}
        <ul className={classes['tree']} aria-label="Publishers">
          {!red && options.length > 0 && (
            <li className={classes['option']}>
              <Radio value="" label="Any publisher of the sending organizations" />
            </li>
          )}
          {options.map((option) => (
            <li key={option.id} className={classes['option']} data-offered={option.offered}>
              <Radio
                value={option.id}
                disabled={!option.offered && option.id !== value}
                aria-describedby={option.offered ? undefined : `approver-${option.id}-reason`}
                label={
                  <>
                    <span className={classes['optionName']}>{option.name}</span>
                    <span className={classes['optionMeta']}>
                      {' '}
                      {option.email} · {option.organizationName}
                    </span>
                  </>
                }
                classNames={{ label: classes['optionLabel'] }}
              />
              {!option.offered && (
                <span id={`approver-${option.id}-reason`} className={classes['reason']}>
                  Not offered: {option.reasonText ?? 'not allowed'}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Radio.Group>
      {chosen && !chosen.offered && (
        <Text size="sm" className={classes['reason']} role="alert">
          {chosen.name} can no longer approve a {TLP[tier].label} draft: {chosen.reasonText}. Choose another.
        </Text>
      )}
    </div>
  );
}
