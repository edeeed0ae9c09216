import { useQuery } from '@apollo/client/react';
import { Button, CopyButton, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { TAXII_CONNECTION } from './admin-queries';
import classes from './admin.module.css';

function Copyable({ value, label }: { readonly value: string; readonly label: string }) {
  return (
    <span className={classes['copyable']}>
      <code className={classes['value']}>{value}</code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Button size="compact-xs" variant="default" onClick={copy} aria-label={`Copy ${label}`}>
            {copied ? 'Copied' : 'Copy'}
          </Button>
        )}
      </CopyButton>
    </span>
  );
}

/**
 * What an analyst types into OpenCTI, MISP or any TAXII 2.1 client to pull bulletins with one of these keys: the
 * server's address, the collection, and how the key is sent.
 */
export function TaxiiConnection() {
  const { data } = useQuery(TAXII_CONNECTION);
  if (!data) return null;
  const discovery = new URL(data.serverInfo.taxiiDiscoveryPath, window.location.origin).href;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="taxii-connection-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="taxii-connection-title">
          Connect a threat-intelligence platform (TAXII 2.1)
        </Title>
        <Text size="sm">
          OpenCTI, MISP, Splunk, Sentinel and other TAXII 2.1 clients can pull the bulletins a key may read as STIX 2.1.
          A key reads nothing above its clearance.
        </Text>
        <Table variant="vertical" withTableBorder={false} layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={160}>Server (discovery)</Table.Th>
              <Table.Td>
                <Copyable value={discovery} label="the TAXII server address" />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Collection</Table.Th>
              <Table.Td>
                <Copyable value={data.serverInfo.taxiiCollectionId} label="the collection id" />
                <Text size="xs" c="dimmed">
                  Everything the key may read.
                </Text>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Sign-in</Table.Th>
              <Table.Td>
                <Text size="sm">
                  Basic authentication with any user name and the key as the password, or the key in an X-Api-Key
                  header.
                </Text>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
