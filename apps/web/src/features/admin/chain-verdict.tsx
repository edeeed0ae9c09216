import { Text, Title } from '@mantine/core';
import { DateTime } from '@web/components/date-time';
import type { AdminAuditChainVerificationQuery } from '@web/graphql/generated/graphql';
import classes from './admin.module.css';

type Verification = AdminAuditChainVerificationQuery['auditChainVerification'];

function Point({ point }: { point: NonNullable<Verification['verifiedThrough']> }) {
  return (
    <>
      record no. {point.position}
      {point.occurredAt && (
        <>
          {' '}
          (<DateTime value={point.occurredAt} />)
        </>
      )}
    </>
  );
}

/**
 * The result of verifying the audit chain, in words: intact or not, which records it confirms, when it was checked.
 * An organization administrator is told it through their own records only (see the API's AuditChainVerification).
 */
export function ChainVerdict({ verification }: { verification: Verification }) {
  const own = verification.scope === 'ORGANIZATION';
  const whose = own ? "your organization's" : 'the';
  return (
    <section
      className={classes['verdict']}
      data-intact={verification.intact}
      aria-labelledby="chain-verdict-title"
      data-testid="chain-verdict"
    >
      <Title order={2} size="h4" id="chain-verdict-title">
        {verification.intact ? 'The audit chain is intact' : 'The audit chain is broken'}
      </Title>
      {verification.intact ? (
        <Text size="sm">
          Every record is linked to the one before it by a hash, and none was changed or removed.{' '}
          {verification.verifiedThrough ? (
            <>
              Confirmed through {whose} <Point point={verification.verifiedThrough} />.
            </>
          ) : (
            `${own ? 'Your organization has' : 'There are'} no records yet.`
          )}
        </Text>
      ) : (
        <>
          <Text size="sm">
            {verification.verifiedThrough ? (
              <>
                {own ? "Your organization's records" : 'Records'} up to <Point point={verification.verifiedThrough} />{' '}
                are confirmed unchanged.{' '}
              </>
            ) : (
              'No record could be confirmed. '
            )}
            {verification.firstUnverified ? (
              <>
                From {whose} <Point point={verification.firstUnverified} /> on, records cannot be confirmed.
              </>
            ) : (
              own && 'None of your organization’s later records is affected.'
            )}
          </Text>
          {verification.reason && <Text size="sm">Why: {verification.reason}.</Text>}
          <Text size="sm" fw={600}>
            {own
              ? 'Tell the Bulwark platform operators: they can see where the chain broke.'
              : 'Run npm run audit:verify on the server and compare with your backups.'}
          </Text>
        </>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        Checked <DateTime value={verification.checkedAt} />; checked again when asked after{' '}
        <DateTime value={verification.reusedUntil} />.
      </Text>
    </section>
  );
}
