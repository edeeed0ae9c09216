import { Table, Text } from '@mantine/core';
import type { PageBulletin } from './bulletin-query';
import classes from './bulletin-page.module.css';

/** For the sender's publishers: who has acknowledged the current revision, by office; the table stays folded. */
export function ReceiptReport({ report }: { report: NonNullable<PageBulletin['acknowledgements']> }) {
  const total = report.acknowledgedCount + report.pendingCount;
  return (
    <details className={classes['details']}>
      <summary>
        Receipt: {report.acknowledgedCount} of {total} acknowledged
        <Text component="span" size="sm" fw={400}>
          {' '}
          (revision {report.revision})
        </Text>
      </summary>
      {report.organizations.length === 0 ? (
        <Text size="sm" mt="xs">
          No recipients to report on.
        </Text>
      ) : (
        <div className={classes['tableScroll']}>
          <Table withTableBorder verticalSpacing="xs" mt="xs" captionSide="top">
            <Table.Caption>Acknowledgements of revision {report.revision}, by office</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Office</Table.Th>
                <Table.Th scope="col">Acknowledged</Table.Th>
                <Table.Th scope="col">Not yet</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.organizations.map((row) => (
                <Table.Tr key={row.organization.id}>
                  <Table.Th scope="row" fw={400}>
                    {row.organization.name}
                  </Table.Th>
                  <Table.Td>{row.acknowledged.length}</Table.Td>
                  <Table.Td>{row.pending.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </details>
  );
}
