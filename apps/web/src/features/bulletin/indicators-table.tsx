import { Button, CopyButton, Group, Table, Text, Title } from '@mantine/core';
import { downloadCsv } from '@web/components/download-file';
import { INDICATOR_TYPE_LABELS } from '@web/features/feed/bulletin-labels';
import type { PageBulletin } from './bulletin-query';
import { csvFileName, indicatorsCsv } from './indicators-csv';
import { StixDownload } from './stix-download';
import classes from './bulletin-page.module.css';

/** Indicators to paste into a firewall or a SIEM: one copy button each, all at once, as CSV, or as STIX. */
export function IndicatorsTable({ bulletin }: { bulletin: PageBulletin }) {
  const { indicators } = bulletin;
  if (indicators.length === 0) return null;
  return (
    <section aria-labelledby="indicators-heading" className={classes['section']}>
      <Group justify="space-between" align="center" mb="xs">
        <Title order={2} size="h3" id="indicators-heading">
          Indicators ({indicators.length})
        </Title>
        <Group gap="xs">
          <CopyButton value={indicators.map((row) => row.value).join('\n')}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? 'Copied all' : 'Copy all'}
              </Button>
            )}
          </CopyButton>
          <Button
            size="xs"
            variant="default"
            onClick={() => downloadCsv(csvFileName(bulletin.reference), indicatorsCsv(indicators))}
          >
            Export CSV
          </Button>
          <StixDownload bulletin={bulletin} />
        </Group>
      </Group>
      <div className={classes['tableScroll']}>
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
            {indicators.map((row) => (
              <Table.Tr key={`${row.type}:${row.value}`}>
                <Table.Td className={classes['indicatorType']}>
                  <Text size="sm">{INDICATOR_TYPE_LABELS[row.type]}</Text>
                </Table.Td>
                <Table.Td className={classes['indicatorValue']}>{row.value}</Table.Td>
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
      </div>
    </section>
  );
}
