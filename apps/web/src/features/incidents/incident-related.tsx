import { Anchor, Button, CopyButton, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { TlpBadge } from '@web/components/tlp/tlp-badge';
import { INDICATOR_TYPE_LABELS } from '@web/features/feed/bulletin-labels';
import type { PageIncident } from './incident-query';
import { StatusTag } from './incident-tags';
import { relatedInWords } from './incident-words';
import classes from './incidents.module.css';

type BulletinLink = PageIncident['bulletins'][number];

function BulletinItem({ bulletin }: { bulletin: BulletinLink }) {
  return (
    <li>
      <TlpBadge tier={bulletin.tier} />{' '}
      <Anchor component={Link} to={`/bulletins/${bulletin.id}`}>
        {bulletin.title}
      </Anchor>{' '}
      <span className={classes['reference']}>
        {bulletin.reference ?? (bulletin.status === 'DRAFT' || bulletin.status === 'IN_REVIEW' ? 'Draft' : '')}
      </span>
    </li>
  );
}

/** What the reporter saw that a firewall or a search can use: one copy button each. */
export function IncidentIndicators({ report }: { report: PageIncident }) {
  if (report.indicators.length === 0) return null;
  return (
    <section aria-labelledby="indicators-heading">
      <Title order={2} size="h3" id="indicators-heading" mb="xs">
        Indicators ({report.indicators.length})
      </Title>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Type</Table.Th>
            <Table.Th scope="col">Value</Table.Th>
            <Table.Th scope="col">
              <span className={classes['visuallyHidden']}>Copy</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.indicators.map((row) => (
            <Table.Tr key={`${row.type}:${row.value}`}>
              <Table.Td>{INDICATOR_TYPE_LABELS[row.type]}</Table.Td>
              <Table.Td className={classes['mono']}>{row.value}</Table.Td>
              <Table.Td>
                <CopyButton value={row.value}>
                  {({ copied, copy }) => (
                    <Button size="compact-xs" variant="subtle" onClick={copy} aria-label={`Copy ${row.value}`}>
                      {copied ? 'Copied' : 'Copy'}
                    </Button>
                  )}
                </CopyButton>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/**
 * Possible duplicates and what is already known: other reports and bulletins this viewer may read that share one of
 * the report's indicators (the API counts only those, R15), and the bulletins made from this report.
 */
export function IncidentRelated({ report }: { report: PageIncident }) {
  const { related, bulletins } = report;
  const summary = relatedInWords(related.reportCount, related.bulletinCount, related.sharedIndicators);
  if (!summary && bulletins.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <Title order={2} size="h3" id="related-heading">
        Related
      </Title>
      {bulletins.length > 0 && (
        <>
          <Text size="sm" fw={600} mt="xs">
            Bulletins made from this report
          </Text>
          <ul className={classes['linkList']} aria-label="Bulletins made from this report">
            {bulletins.map((bulletin) => (
              <BulletinItem key={bulletin.id} bulletin={bulletin} />
            ))}
          </ul>
        </>
      )}
      {summary && (
        <>
          <Text size="sm" fw={600} mt="xs" data-testid="related-summary">
            {summary}
          </Text>
          {related.reports.length > 0 && (
            <ul className={classes['linkList']} aria-label="Other reports sharing an indicator">
              {related.reports.map((other) => (
                <li key={other.id}>
                  <Anchor component={Link} to={`/incidents/${other.id}`}>
                    {other.title}
                  </Anchor>{' '}
                  <span className={classes['reference']}>{other.reference}</span> <StatusTag status={other.status} />
                </li>
              ))}
            </ul>
          )}
          {related.bulletins.length > 0 && (
            <ul className={classes['linkList']} aria-label="Bulletins sharing an indicator">
              {related.bulletins.map((bulletin) => (
                <BulletinItem key={bulletin.id} bulletin={bulletin} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
