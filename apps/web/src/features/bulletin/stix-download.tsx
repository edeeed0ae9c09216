import { useLazyQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { downloadFile } from '@web/components/download-file';
import { graphql } from '@web/graphql/generated';
import type { PageBulletin } from './bulletin-query';

const STIX_BUNDLE = graphql(`
  query StixBundle($id: ID!) {
    stixBundle(bulletinId: $id)
  }
`);

/** The bulletin as a STIX 2.1 bundle, for a threat-intelligence platform (OpenCTI, MISP, a SIEM). */
export function StixDownload({ bulletin }: { bulletin: PageBulletin }) {
  const [fetchBundle, { loading, error }] = useLazyQuery(STIX_BUNDLE, { fetchPolicy: 'network-only' });
  if (bulletin.status !== 'PUBLISHED' && bulletin.status !== 'RETRACTED') return null;
  const name = `${bulletin.reference ?? bulletin.id}.stix.json`;
  return (
    <Button
      size="xs"
      variant="default"
      loading={loading}
      color={error ? 'red' : undefined}
      title="The bulletin and its indicators as a STIX 2.1 bundle"
      onClick={() =>
        void fetchBundle({ variables: { id: bulletin.id } })
          .then(({ data }) => {
            if (data) downloadFile(name, data.stixBundle, 'application/stix+json;version=2.1');
          })
          .catch(() => undefined)
      }
    >
      {error ? 'STIX download failed: retry' : 'Download STIX 2.1'}
    </Button>
  );
}
